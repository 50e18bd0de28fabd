import { appointmentScope, covers, type Finding } from '@fieldsafe/core';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { actorOf } from '../http/auth-hooks.ts';
import { notFound } from '../http/errors.ts';
import type { App } from '../http/types.ts';
import { createCountryService } from './country.service.ts';
import data from './data/responsibilities.json' with { type: 'json' };

interface RoleDuties {
  title: string;
  titleFr: string;
  source: string;
  note?: string;
  responsibilities: { n: number; text: string; measure: string | null }[];
}
const ROLES = data.roles as Record<string, RoleDuties>;

/** Which invariant findings speak to which measurable responsibility. */
const MEASURE_FINDINGS: Record<string, Finding['code'][]> = {
  personnel_list_age: ['PERSONNEL_LIST_STALE'],
  warden_zone_coverage: ['ZONE_WITHOUT_WARDEN'],
  appointment_letters: [
    'APPOINTMENT_WITHOUT_LETTER',
    'APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE',
    'APPOINTMENT_EXPIRED',
  ],
};

const Responsibility = z.object({
  n: z.number(),
  text: z.string(),
  measure: z.string().nullable(),
  /** For measurable duties in a country: what the system sees now (null when not measured yet). */
  status: z.object({ ok: z.boolean(), findings: z.array(z.string()) }).nullable(),
});
const RoleResponsibilities = z
  .object({
    role: z.string(),
    title: z.string(),
    titleFr: z.string(),
    source: z.string(),
    note: z.string().nullable(),
    countryId: z.string().nullable(),
    responsibilities: z.array(Responsibility),
  })
  .meta({ id: 'RoleResponsibilities' });

function present(role: string, countryId: string | null, findings: Finding[] | null) {
  const duties = ROLES[role];
  if (!duties) throw notFound('Role');
  return {
    role,
    title: duties.title,
    titleFr: duties.titleFr,
    source: duties.source,
    note: duties.note ?? null,
    countryId,
    responsibilities: duties.responsibilities.map((r) => {
      const codes = r.measure ? MEASURE_FINDINGS[r.measure] : undefined;
      const related = codes && findings ? findings.filter((f) => codes.includes(f.code)) : null;
      return {
        ...r,
        status: related
          ? { ok: related.length === 0, findings: related.map((f) => f.message) }
          : null,
      };
    }),
  };
}

export function registerResponsibilityRoutes(app: App, db: Db) {
  const countries = createCountryService(db);

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
      for (const a of actor.appointments) {
        // Each holder sees how the duties of their own appointment stand: the findings in its scope.
        const scope = appointmentScope(a);
        if (!a.countryId || !scope) {
          items.push(present(a.role, a.countryId, null));
          continue;
        }
        const report = await countries.report(a.countryId);
        const own = report.findings.filter((f) =>
          covers(scope, {
            countryId: a.countryId,
            areaId: f.areaId ?? null,
            zoneId: f.zoneId ?? null,
            organizationId: f.organizationId ?? null,
          }),
        );
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
