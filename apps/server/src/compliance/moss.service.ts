import {
  can,
  complianceByLocation,
  complianceByOrganization,
  MOSS_AREA_INFO,
  MOSS_CATALOGUE,
  scopesFor,
  summarizeCompliance,
  type Actor,
  type ComplianceSummary,
  type MeasureStatus,
  type MeasureStatusRow,
  type Permission,
} from '@fieldsafe/core';
import { today, type RequestActor } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { audited } from '../db/tx.ts';
import { forbidden, invalid, invalidFields, notFound } from '../http/errors.ts';
import type {
  AdoptInput,
  BulkStatusInput,
  StatusFilter as StatusPage,
  StatusInput,
} from './moss.schema.ts';
import { findCountry, findOrganization } from './missions.queries.ts';
import {
  adoptionsOf,
  findAdoption,
  findStation,
  findStatus,
  appliedAdoptions,
  stationsAndOrganizationsById,
  statusesAt,
  upsertStatuses,
  presentAndRecorded,
  stationsAndOrganizations,
  upsertAdoptions,
  upsertStatus,
  type StatusFilter,
} from './moss.queries.ts';

const CATALOGUE = new Map(MOSS_CATALOGUE.map((m) => [m.code, m]));

export function catalogue() {
  return MOSS_CATALOGUE.map((m) => ({
    ...m,
    areaLabel: MOSS_AREA_INFO[m.area].label,
    appliesTo: [...m.appliesTo],
    sources: [...m.sources],
  }));
}

/** Whether the actor holds a permission anywhere in a country (country, area or organization there). */
export function inCountry(actor: Actor, permission: Permission, countryId: string): boolean {
  return scopesFor(actor, permission).some(
    (s) =>
      s.kind === 'system' ||
      s.kind === 'organization' ||
      ('countryId' in s && s.countryId === countryId),
  );
}

function flat(s: ComplianceSummary) {
  return {
    implemented: s.counts.implemented,
    partiallyImplemented: s.counts.partially_implemented,
    notImplemented: s.counts.not_implemented,
    notApplicable: s.counts.not_applicable,
    applicable: s.applicable,
    percent: s.rate?.percent ?? null,
  };
}

/**
 * MOSS: the catalogue as data, its adoption per country by the SMT/DO, the status of each
 * adopted measure per duty station and organization, and compliance rates (core's rules).
 */
export function createMossService(db: Db) {
  async function country(actor: RequestActor, id: string) {
    const row = await findCountry(db, id);
    if (!row || !inCountry(actor, 'moss.read', id)) throw notFound('Country');
    return row;
  }

  async function adopted(countryId: string) {
    return adoptionsOf(db, countryId);
  }

  /**
   * Every adopted measure at every duty station × organization with active personnel there (or
   * with a recorded status), within the actor's scope. A measure nobody reported on counts as
   * not implemented.
   */
  async function statusRows(actor: RequestActor, countryId: string, f: StatusFilter) {
    const [adoptions, [present, recorded]] = await Promise.all([
      adopted(countryId),
      presentAndRecorded(db, actor, countryId, f),
    ]);
    const [stations, orgs] = await stationsAndOrganizations(db, countryId);
    const stationName = new Map(stations.map((s) => [s.id, s]));
    const orgCode = new Map(orgs.map((o) => [o.id, o.code]));
    const pairs = new Map<
      string,
      { dutyStationId: string; areaId: string; organizationId: string }
    >();
    for (const p of [...present, ...recorded]) {
      pairs.set(`${p.dutyStationId}|${p.organizationId}`, p);
    }
    const byKey = new Map(
      recorded.map((r) => [`${r.dutyStationId}|${r.organizationId}|${r.measureCode}`, r]),
    );
    const day = today();
    const applying = adoptions
      .filter((a) => a.applies)
      .map((a) => a.measureCode)
      .sort();
    const rows = [...pairs.values()].flatMap((p) =>
      applying.map((code) => {
        const r = byKey.get(`${p.dutyStationId}|${p.organizationId}|${code}`);
        const status = (r?.status ?? 'not_implemented') as MeasureStatus;
        const keys = { countryId, areaId: p.areaId, organizationId: p.organizationId };
        return {
          dutyStationId: p.dutyStationId,
          dutyStationName: stationName.get(p.dutyStationId)?.name ?? '',
          organizationId: p.organizationId,
          organizationCode: orgCode.get(p.organizationId) ?? '',
          areaId: p.areaId,
          measureCode: code,
          mossArea: CATALOGUE.get(code)?.area ?? '',
          status,
          recorded: r !== undefined,
          evidence: r?.evidence ?? null,
          dueDate: r?.dueDate ?? null,
          overdue:
            (status === 'not_implemented' || status === 'partially_implemented') &&
            r?.dueDate != null &&
            r.dueDate < day,
          updatedAt: r?.updatedAt ?? null,
          abilities: { canEdit: can(actor, 'moss.update', keys) },
        };
      }),
    );
    rows.sort(
      (a, b) =>
        a.dutyStationName.localeCompare(b.dutyStationName) ||
        a.organizationCode.localeCompare(b.organizationCode) ||
        a.measureCode.localeCompare(b.measureCode),
    );
    return rows;
  }

  return {
    catalogue,

    async adoptions(actor: RequestActor, countryId: string) {
      await country(actor, countryId);
      const rows = new Map((await adopted(countryId)).map((a) => [a.measureCode, a]));
      return {
        items: catalogue().map((m) => {
          const a = rows.get(m.code);
          return {
            ...m,
            applies: a?.applies ?? null,
            justification: a?.justification ?? null,
            decidedOn: a?.decidedOn ?? null,
            decidedBy: a?.decidedBy ?? null,
          };
        }),
        abilities: { canAdopt: can(actor, 'moss.adopt', { countryId }) },
      };
    },

    /** The SMT/DO decides which measures apply in the country; SRA-driven ones need a reason. */
    async adopt(actor: RequestActor, countryId: string, input: AdoptInput) {
      await country(actor, countryId);
      if (!can(actor, 'moss.adopt', { countryId })) {
        throw forbidden('Only the DO, DO a.i. or an SMT member may adopt the MOSS of a country');
      }
      const issues = input.measures.flatMap((m, i) => {
        const measure = CATALOGUE.get(m.code);
        if (!measure)
          return [{ path: `measures.${i}.code`, message: 'is not in the MOSS catalogue' }];
        if (m.applies && measure.requiresSraJustification && !m.justification) {
          return [
            {
              path: `measures.${i}.justification`,
              message: 'this measure must be justified by the security risk assessment',
            },
          ];
        }
        return [];
      });
      if (issues.length > 0) throw invalidFields(issues);
      await audited(db, actor, async (tx) => {
        const rows = await upsertAdoptions(
          tx,
          input.measures.map((m) => ({
            countryId,
            measureCode: m.code,
            applies: m.applies,
            justification: m.justification,
            decidedOn: input.decidedOn,
            decidedBy: input.decidedBy,
            recordedBy: actor.userId,
          })),
        );
        return {
          result: null,
          audit: rows.map((r) => ({
            action: 'moss.adopt',
            entity: 'moss_adoption',
            entityId: r.id,
            countryId,
            after: r,
          })),
        };
      });
      return this.adoptions(actor, countryId);
    },

    /** One page of the statuses, filtered by location (area, duty station), organization, MOSS area and status. */
    async statuses(actor: RequestActor, countryId: string, f: StatusPage) {
      await country(actor, countryId);
      const rows = (await statusRows(actor, countryId, f)).filter(
        (r) =>
          (!f.areaId || r.areaId === f.areaId) &&
          (!f.mossArea || r.mossArea === f.mossArea) &&
          (!f.status || r.status === f.status),
      );
      const start = (f.page - 1) * f.pageSize;
      return {
        items: rows.slice(start, start + f.pageSize),
        page: f.page,
        pageSize: f.pageSize,
        total: rows.length,
      };
    },

    /**
     * One status for many rows at once (the status list's "apply to selected"), all or nothing,
     * each row audited with its before and after. Every row is checked as a single report is —
     * a row the actor may not see reads as an unknown duty station; one they see but may not
     * report on is refused (403) — and a refusal names the row (`items.3.measureCode`).
     */
    async setStatuses(actor: RequestActor, input: BulkStatusInput) {
      if (
        (input.status === 'implemented' || input.status === 'partially_implemented') &&
        !input.evidence
      ) {
        throw invalid(
          'evidence',
          'is required for an implemented or partially implemented measure',
        );
      }
      const stationIds = [...new Set(input.items.map((i) => i.dutyStationId))];
      const orgIds = [...new Set(input.items.map((i) => i.organizationId))];
      const [stations, orgs] = await stationsAndOrganizationsById(db, stationIds, orgIds);
      const station = new Map(stations.map((s) => [s.id, s]));
      const knownOrg = new Set(orgs.map((o) => o.id));
      const countryIds = [...new Set(stations.map((s) => s.countryId))];
      const adoptions = await appliedAdoptions(db, countryIds);
      const applies = new Set(adoptions.map((a) => `${a.countryId}|${a.measureCode}`));
      const issues: { path: string; message: string }[] = [];
      const rows = new Map<string, Parameters<typeof upsertStatuses>[1][number]>();
      input.items.forEach((item, i) => {
        const s = station.get(item.dutyStationId);
        if (!s || !inCountry(actor, 'moss.read', s.countryId)) {
          issues.push({ path: `items.${i}.dutyStationId`, message: 'unknown duty station' });
          return;
        }
        if (!knownOrg.has(item.organizationId)) {
          issues.push({ path: `items.${i}.organizationId`, message: 'unknown organization' });
          return;
        }
        const keys = {
          countryId: s.countryId,
          areaId: s.areaId,
          organizationId: item.organizationId,
        };
        if (!can(actor, 'moss.update', keys)) {
          throw forbidden(
            `items.${i}: You may not report MOSS implementation for this organization here`,
          );
        }
        if (!applies.has(`${s.countryId}|${item.measureCode}`)) {
          issues.push({
            path: `items.${i}.measureCode`,
            message: 'is not adopted in this country',
          });
          return;
        }
        rows.set(`${s.id}|${item.organizationId}|${item.measureCode}`, {
          ...keys,
          dutyStationId: s.id,
          measureCode: item.measureCode,
          status: input.status,
          evidence: input.evidence,
          dueDate: input.dueDate,
          updatedBy: actor.userId,
        });
      });
      if (issues.length > 0) throw invalidFields(issues);
      const values = [...rows.values()];
      return audited(db, actor, async (tx) => {
        const key = (r: { dutyStationId: string; organizationId: string; measureCode: string }) =>
          `${r.dutyStationId}|${r.organizationId}|${r.measureCode}`;
        const before = new Map((await statusesAt(tx, stationIds, orgIds)).map((r) => [key(r), r]));
        const written = await upsertStatuses(tx, values);
        return {
          result: { updated: written.length },
          audit: written.map((row) => ({
            action: 'moss.status',
            entity: 'moss_status',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before: before.get(key(row)) ?? null,
            after: row,
          })),
        };
      });
    },

    /** Records the status of one measure at one duty station for one organization, with evidence. */
    async setStatus(actor: RequestActor, input: StatusInput) {
      const station = await findStation(db, input.dutyStationId);
      if (!station) throw invalid('dutyStationId', 'unknown duty station');
      const keys = {
        countryId: station.countryId,
        areaId: station.areaId,
        organizationId: input.organizationId,
      };
      if (!inCountry(actor, 'moss.read', station.countryId)) throw notFound('Duty station');
      if (!can(actor, 'moss.update', keys)) {
        throw forbidden('You may not report MOSS implementation for this organization here');
      }
      const adoption = await findAdoption(db, station.countryId, input.measureCode);
      if (!adoption?.applies) throw invalid('measureCode', 'is not adopted in this country');
      if (
        (input.status === 'implemented' || input.status === 'partially_implemented') &&
        !input.evidence
      ) {
        throw invalid(
          'evidence',
          'is required for an implemented or partially implemented measure',
        );
      }
      const org = await findOrganization(db, input.organizationId);
      if (!org) throw invalid('organizationId', 'unknown organization');
      await audited(db, actor, async (tx) => {
        const before = await findStatus(tx, {
          dutyStationId: station.id,
          organizationId: org.id,
          measureCode: input.measureCode,
        });
        const values = {
          countryId: station.countryId,
          areaId: station.areaId,
          dutyStationId: station.id,
          organizationId: org.id,
          measureCode: input.measureCode,
          status: input.status,
          evidence: input.evidence,
          dueDate: input.dueDate,
          updatedBy: actor.userId,
        };
        const row = await upsertStatus(tx, values);
        if (!row) throw new Error('status not recorded');
        return {
          result: null,
          audit: {
            action: 'moss.status',
            entity: 'moss_status',
            entityId: row.id,
            countryId: row.countryId,
            organizationId: row.organizationId,
            before: before ?? null,
            after: row,
          },
        };
      });
      const rows = await statusRows(actor, station.countryId, {
        dutyStationId: station.id,
        organizationId: org.id,
      });
      const row = rows.find((r) => r.measureCode === input.measureCode);
      if (!row) throw notFound('MOSS status');
      return row;
    },

    /** The country's exact compliance rate (core), for the country rating. */
    async countryRate(actor: RequestActor, countryId: string) {
      const rows = await statusRows(actor, countryId, {});
      return summarizeCompliance(rows.map((r) => r.status)).rate;
    },

    /** Compliance rate per duty station, per organization and for the country. */
    async compliance(actor: RequestActor, countryId: string) {
      await country(actor, countryId);
      const rows = await statusRows(actor, countryId, {});
      const core: MeasureStatusRow[] = rows.map((r) => ({
        measureCode: r.measureCode,
        status: r.status,
        locationId: r.dutyStationId,
        organizationId: r.organizationId,
        countryId,
      }));
      const names = new Map(rows.map((r) => [r.dutyStationId, r.dutyStationName]));
      const codes = new Map(rows.map((r) => [r.organizationId, r.organizationCode]));
      return {
        countryId,
        country: flat(summarizeCompliance(core.map((r) => r.status))),
        byLocation: complianceByLocation(core).map((g) => ({
          dutyStationId: g.key,
          name: names.get(g.key) ?? '',
          ...flat(g.summary),
        })),
        byOrganization: complianceByOrganization(core).map((g) => ({
          organizationId: g.key,
          code: codes.get(g.key) ?? '',
          ...flat(g.summary),
        })),
      };
    },
  };
}

export type MossService = ReturnType<typeof createMossService>;
