import {
  applyChecklistAnswers,
  can,
  CHECKLIST_ACTOR_CATEGORIES,
  checklistSummary,
  countryNameIn,
  scopesFor,
  systemImplementationRates,
  type ChecklistActorCategory,
  type ChecklistAnswer,
  type ComplianceFindingSeverity,
  type YearRate,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import { dutyText } from '../registry/responsibilities.routes.ts';
import data from './data/checklist.json' with { type: 'json' };
import {
  checklistsOfMission,
  findChecklist,
  findingsOfAllCountries,
  insertChecklist,
  insertSpotCheck,
  spotChecksOf,
  updateChecklist,
  type ChecklistRow,
} from './checklists.queries.ts';
import { findCountry, findMission, findOrganization } from './missions.queries.ts';
import { inCountry } from './moss.service.ts';

const CATEGORIES = data.categories as Record<
  ChecklistActorCategory,
  { role: string; duties: number[] }
>;

/** The item keys of an actor category's default checklist, e.g. `DO.4` (role, duty number). */
export function checklistItems(category: ChecklistActorCategory): string[] {
  const c = CATEGORIES[category];
  return c.duties.map((n) => `${c.role}.${n}`);
}

/** The default checklist: for each actor category, its items with their text in six languages. */
export function defaultChecklist() {
  return {
    source: data.source,
    categories: Object.entries(CATEGORIES).map(([actorCategory, c]) => ({
      actorCategory,
      role: c.role,
      items: c.duties.map((n) => {
        const text = dutyText(c.role, n);
        if (!text) throw new Error(`checklist item ${c.role}.${n} is not in the responsibilities`);
        return { item: `${c.role}.${n}`, text };
      }),
    })),
  };
}

const asAnswers = (row: ChecklistRow): ChecklistAnswer[] =>
  row.answers.map((a) => ({ ...a, answer: a.answer as ChecklistAnswer['answer'] }));

function rateOut(y: YearRate) {
  return {
    year: y.year,
    due: y.due,
    closed: y.closed,
    closedOnTime: y.closedOnTime,
    percent: y.rate?.percent ?? null,
  };
}

/**
 * Compliance missions' checklists per actor [001 §35], spot checks [000 §30 iii] and the
 * system-wide implementation rate for the IASMN [001 §36]. Core checks the answers and computes
 * the rates; reading follows the country's MOSS (`moss.read`), recording `compliance.manage`.
 */
export function createChecklistService(db: Db) {
  const assertManage = (actor: RequestActor, countryId: string) => {
    if (!can(actor, 'compliance.manage', { countryId })) {
      throw forbidden(
        'Only the DO, DO a.i., CSA or deputy SA record compliance checklists and spot checks',
      );
    }
  };

  async function missionOf(actor: RequestActor, id: string) {
    const m = await findMission(db, id);
    if (!m || !inCountry(actor, 'moss.read', m.countryId)) throw notFound('Compliance mission');
    return m;
  }

  function present(actor: RequestActor, row: ChecklistRow, organizationCode: string | null) {
    const category = row.actorCategory as ChecklistActorCategory;
    const s = checklistSummary(checklistItems(category), asAnswers(row));
    return {
      id: row.id,
      missionId: row.missionId,
      actorCategory: category,
      organizationId: row.organizationId,
      organizationCode,
      actorName: row.actorName,
      answers: row.answers,
      summary: {
        compliant: s.counts.compliant,
        partly: s.counts.partly,
        notCompliant: s.counts.not_compliant,
        notApplicable: s.counts.not_applicable,
        unanswered: s.counts.unanswered,
        verified: s.verified,
        percent: s.rate?.percent ?? null,
      },
      abilities: { canEdit: can(actor, 'compliance.manage', { countryId: row.countryId }) },
    };
  }

  async function checklist(actor: RequestActor, id: string) {
    const row = await findChecklist(db, id);
    if (!row || !inCountry(actor, 'moss.read', row.countryId)) throw notFound('Checklist');
    const org = row.organizationId ? await findOrganization(db, row.organizationId) : undefined;
    return present(actor, row, org?.code ?? null);
  }

  return {
    async ofMission(actor: RequestActor, missionId: string) {
      const m = await missionOf(actor, missionId);
      const rows = await checklistsOfMission(db, missionId);
      // In the order of the actor categories (DO first, staff last), then as added.
      const rank = (c: string) => CHECKLIST_ACTOR_CATEGORIES.indexOf(c as ChecklistActorCategory);
      const sorted = rows
        .map((r, i) => ({ ...r, i }))
        .sort((x, y) => rank(x.c.actorCategory) - rank(y.c.actorCategory) || x.i - y.i);
      return {
        items: sorted.map(({ c, organizationCode }) => present(actor, c, organizationCode)),
        abilities: { canManage: can(actor, 'compliance.manage', { countryId: m.countryId }) },
      };
    },

    /** Adds an actor met by the mission, with the actor category's default checklist to fill. */
    async add(
      actor: RequestActor,
      missionId: string,
      input: {
        actorCategory: ChecklistActorCategory;
        organizationId: string | null;
        actorName: string;
      },
    ) {
      const m = await missionOf(actor, missionId);
      assertManage(actor, m.countryId);
      if (input.organizationId && !(await findOrganization(db, input.organizationId))) {
        throw invalid('organizationId', 'unknown organization');
      }
      const id = await audited(db, actor, async (tx) => {
        const row = await insertChecklist(tx, {
          ...input,
          missionId,
          countryId: m.countryId,
          createdBy: actor.userId,
        });
        if (!row) throw new Error('checklist not created');
        return {
          result: row.id,
          audit: {
            action: 'compliance_checklist.create',
            entity: 'compliance_checklist',
            entityId: row.id,
            countryId: m.countryId,
            organizationId: row.organizationId,
            after: row,
          },
        };
      });
      return checklist(actor, id);
    },

    /** Answers items of an actor's checklist; each answer replaces the earlier one to its item. */
    async answer(actor: RequestActor, id: string, updates: ChecklistAnswer[]) {
      const before = await findChecklist(db, id);
      if (!before || !inCountry(actor, 'moss.read', before.countryId)) throw notFound('Checklist');
      assertManage(actor, before.countryId);
      const items = checklistItems(before.actorCategory as ChecklistActorCategory);
      const next = applyChecklistAnswers(items, asAnswers(before), updates);
      if (!next.ok) throw invalidFields([next.error]);
      await audited(db, actor, async (tx) => {
        const row = await updateChecklist(tx, id, { answers: next.value, updatedAt: new Date() });
        return {
          result: null,
          audit: {
            action: 'compliance_checklist.answer',
            entity: 'compliance_checklist',
            entityId: id,
            countryId: before.countryId,
            organizationId: before.organizationId,
            before,
            after: row,
          },
        };
      });
      return checklist(actor, id);
    },

    async spotChecks(actor: RequestActor, countryId: string) {
      const country = await findCountry(db, countryId);
      if (!country || !inCountry(actor, 'moss.read', countryId)) throw notFound('Country');
      return {
        items: await spotChecksOf(db, countryId),
        abilities: { canManage: can(actor, 'compliance.manage', { countryId }) },
      };
    },

    /** Records an unannounced spot check of a few items (CSA, DO or headquarters compliance). */
    async addSpotCheck(
      actor: RequestActor,
      countryId: string,
      input: {
        checkedOn: string;
        checkedBy: string;
        missionId: string | null;
        items: string[];
        result: string;
        note: string | null;
      },
    ) {
      const country = await findCountry(db, countryId);
      if (!country || !inCountry(actor, 'moss.read', countryId)) throw notFound('Country');
      assertManage(actor, countryId);
      if (input.checkedOn > today()) throw invalid('checkedOn', 'must not be in the future');
      if (input.missionId) {
        const m = await findMission(db, input.missionId);
        if (!m || m.countryId !== countryId)
          throw invalid('missionId', 'unknown compliance mission in this country');
        if (input.checkedOn < m.visitedOn)
          throw invalid('checkedOn', 'must not be before visitedOn');
      }
      return audited(db, actor, async (tx) => {
        const row = await insertSpotCheck(tx, { ...input, countryId, createdBy: actor.userId });
        if (!row) throw new Error('spot check not created');
        return {
          result: row,
          audit: {
            action: 'compliance_spot_check.create',
            entity: 'compliance_spot_check',
            entityId: row.id,
            countryId,
            after: row,
          },
        };
      });
    },

    /**
     * The system-wide implementation rate, per country and overall, per year [001 §36]: for
     * headquarters roles (system- or organization-wide `compliance.system_rate`) only.
     */
    async systemRate(actor: RequestActor, range: { fromYear?: number; toYear?: number }) {
      const wide = scopesFor(actor, 'compliance.system_rate').some(
        (s) => s.kind === 'system' || s.kind === 'organization',
      );
      if (!wide) {
        throw forbidden('Only headquarters roles read the system-wide implementation rate');
      }
      if (
        range.fromYear !== undefined &&
        range.toYear !== undefined &&
        range.toYear < range.fromYear
      ) {
        throw invalid('toYear', 'must not be before fromYear');
      }
      const rows = await findingsOfAllCountries(db, range);
      const onDate = today();
      const rates = systemImplementationRates(
        rows.map(({ f }) => ({ ...f, severity: f.severity as ComplianceFindingSeverity })),
        onDate,
        range,
      );
      const names = new Map(rows.map((r) => [r.f.countryId, r]));
      return {
        onDate,
        countries: rates.countries
          .map((c) => {
            const n = names.get(c.countryId);
            return {
              countryId: c.countryId,
              alpha2: n?.alpha2 ?? '',
              name: n ? countryNameIn(n, actor.locale) : '',
              years: c.years.map(rateOut),
              total: c.total ? rateOut(c.total) : null,
            };
          })
          .sort((a, b) => a.name.localeCompare(b.name, actor.locale)),
        overall: {
          years: rates.overall.years.map(rateOut),
          total: rates.overall.total ? rateOut(rates.overall.total) : null,
        },
      };
    },
  };
}
