import {
  appointmentScope,
  isMeasureTag,
  type Locale,
  type LocalizedLabel,
  type MeasureResult,
  type MeasureTag,
} from '@fieldsafe/core';
import { createMeasureService, forHolder } from '../accountability/measures.service.ts';
import { LocalizedLabelSchema } from '../common/localized.ts';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { notFound } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import data from './data/responsibilities.json' with { type: 'json' };
import ar from './data/responsibilities.ar.json' with { type: 'json' };
import es from './data/responsibilities.es.json' with { type: 'json' };
import fr from './data/responsibilities.fr.json' with { type: 'json' };
import ru from './data/responsibilities.ru.json' with { type: 'json' };
import zh from './data/responsibilities.zh.json' with { type: 'json' };

interface RoleDuties {
  title: string;
  titleFr: string;
  source: string;
  note?: string;
  responsibilities: { n: number; text: string; measure: string | null; notMeasurable?: string }[];
}

const ROLES = data.roles as Record<string, RoleDuties>;

/** The Framework's duties in the other five UN languages, by role and duty number. */
interface Translation {
  roles: Record<
    string,
    { title: string; note?: string; responsibilities: Record<string, string> } | undefined
  >;
}
const TRANSLATIONS: Record<Exclude<Locale, 'en'>, Translation> = { ar, es, fr, ru, zh };

/** A text of the English file in the six languages (English where a translation is missing). */
function inEach(en: string, pick: (t: Translation) => string | undefined): LocalizedLabel {
  return {
    en,
    ...(Object.fromEntries(
      Object.entries(TRANSLATIONS).map(([l, t]) => [l, pick(t) || en]),
    ) as Record<Exclude<Locale, 'en'>, string>),
  };
}

/** One duty's text in the six languages, or null for an unknown role or duty number. */
export function dutyText(role: string, n: number): LocalizedLabel | null {
  const duty = ROLES[role]?.responsibilities.find((r) => r.n === n);
  return duty ? inEach(duty.text, (t) => t.roles[role]?.responsibilities[String(n)]) : null;
}

/** Duties without a translation in some language (the completeness test expects none). */
export function untranslatedDuties(): string[] {
  const missing: string[] = [];
  for (const [role, duties] of Object.entries(ROLES)) {
    for (const [l, t] of Object.entries(TRANSLATIONS)) {
      const tr = t.roles[role];
      if (!tr?.title) missing.push(`${l} ${role} title`);
      if (duties.note && !tr?.note) missing.push(`${l} ${role} note`);
      for (const r of duties.responsibilities) {
        if (!tr?.responsibilities[String(r.n)]) missing.push(`${l} ${role} ${r.n}`);
      }
    }
  }
  return missing;
}

const MeasuredFinding = z.object({
  code: z.string(),
  /** In English, for API users; the web app words it from `code` and `params`. */
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
const Responsibility = z.object({
  n: z.number(),
  text: LocalizedLabelSchema,
  /** The measure tag the system computes for this duty (core `MEASURE_TAGS`), or null. */
  measure: z.string().nullable(),
  /** False for a duty the system cannot measure (a judgement, advice, liaison…): marked so in the data. */
  measurable: z.boolean(),
  /** For measurable duties in a country: what the system sees now (null when not measured). */
  status: z
    .object({
      ok: z.boolean(),
      /** The indicator's headline number (a count or a percentage, by tag); null when none. */
      value: z.number().nullable(),
      findings: z.array(MeasuredFinding),
    })
    .nullable(),
});
const RoleResponsibilities = z
  .object({
    role: z.string(),
    title: LocalizedLabelSchema,
    source: z.string(),
    note: LocalizedLabelSchema.nullable(),
    countryId: z.string().nullable(),
    responsibilities: z.array(Responsibility),
  })
  .meta({ id: 'RoleResponsibilities' });

function present(
  role: string,
  countryId: string | null,
  measures: Partial<Record<MeasureTag, MeasureResult>> | null,
) {
  const duties = ROLES[role];
  if (!duties) throw notFound('Role');
  return {
    role,
    title: inEach(duties.title, (t) => t.roles[role]?.title),
    source: duties.source,
    note: duties.note ? inEach(duties.note, (t) => t.roles[role]?.note) : null,
    countryId,
    responsibilities: duties.responsibilities.map((r) => {
      const result = measures && isMeasureTag(r.measure) ? measures[r.measure] : undefined;
      return {
        n: r.n,
        measure: r.measure,
        measurable: !r.notMeasurable,
        text: inEach(r.text, (t) => t.roles[role]?.responsibilities[String(r.n)]),
        status: result
          ? {
              ok: result.ok,
              value: result.value,
              findings: result.findings.map((f) => ({
                code: f.code,
                message: f.message,
                params: f.params,
              })),
            }
          : null,
      };
    }),
  };
}

export function registerResponsibilityRoutes(app: App, db: Db) {
  const measures = createMeasureService(db);

  app.get('/api/responsibilities', {
    schema: {
      tags: ['registry'],
      summary:
        'My responsibilities under the Framework for Accountability, for each role I hold, with what the system measures of them',
      response: { 200: z.object({ items: z.array(RoleResponsibilities) }) },
    },
    handler: async (req) => {
      const actor = actorOf(req);
      const items = [];
      const byCountry = new Map<string, Record<MeasureTag, MeasureResult>>();
      for (const a of actor.appointments) {
        // Each holder sees how the duties of their own appointment stand: the findings in its scope.
        if (!a.countryId || !appointmentScope(a)) {
          items.push(present(a.role, a.countryId, null));
          continue;
        }
        const all = byCountry.get(a.countryId) ?? (await measures.ofCountry(a.countryId));
        byCountry.set(a.countryId, all);
        const own = Object.fromEntries(
          Object.entries(all).map(([tag, r]) => [tag, forHolder(a, r)]),
        ) as Record<MeasureTag, MeasureResult>;
        items.push(present(a.role, a.countryId, own));
      }
      if (actor.personId) items.push(present('PERSONNEL', actor.homeCountryId, null));
      return { items };
    },
  });

  app.get('/api/responsibilities/:role', {
    schema: {
      tags: ['registry'],
      summary: 'The responsibilities of one Framework role',
      params: z.object({ role: z.string().max(40) }),
      response: { 200: RoleResponsibilities },
    },
    handler: async (req) => {
      actorOf(req);
      return present(req.params.role, null, null);
    },
  });
}
