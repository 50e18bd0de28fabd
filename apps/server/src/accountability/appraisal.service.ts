import { appraisalPeriod, isAppointmentRole, scopesFor, type Actor } from '@fieldsafe/core';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { notFound } from '../http/errors.ts';
import type { Appraisal } from './appraisal.schema.ts';
import { findCountry, holdersIn } from './appraisal.queries.ts';
import { tagsOf } from './duties.ts';
import { createMeasureService, forHolder } from './measures.service.ts';

/** The columns of the appraisal CSV, one line per holder and indicator. */
export const APPRAISAL_CSV_HEADER = [
  'year',
  'from',
  'as_of',
  'person',
  'organization',
  'role',
  'appointment_starts_on',
  'appointment_ends_on',
  'indicator',
  'duties',
  'met',
  'value',
  'findings',
];

/**
 * Security duties in performance appraisal [004 ¶34–38; 003 Rec. 3, 5]: for each appointment
 * holder in a country during a year, the indicators of the duties of their role that the system
 * measures, as they stood at the end of the year (or today for the current year).
 */
export function createAppraisalService(db: Db) {
  const measures = createMeasureService(db);

  async function forYear(actor: Actor, countryId: string, year: number): Promise<Appraisal> {
    // Who may read it: the DO for their country, and headquarters for their organization
    // (`appraisal.read`); anyone else, or an unknown country, is told it does not exist.
    const scopes = scopesFor(actor, 'appraisal.read');
    const reaches = scopes.some((s) => !('countryId' in s) || s.countryId === countryId);
    if (!reaches || !(await findCountry(db, countryId))) throw notFound('Country');
    const period = appraisalPeriod(year, today());
    const [all, holders] = await Promise.all([
      measures.ofCountry(countryId, period),
      holdersIn(db, actor, countryId, period),
    ]);
    return {
      countryId,
      year,
      from: period.from,
      asOf: period.asOf,
      holders: holders.flatMap((h) => {
        if (!isAppointmentRole(h.role)) return [];
        const appointment = { ...h, role: h.role };
        const indicators = tagsOf(h.role).map(({ tag, duties }) => {
          const r = forHolder(appointment, all[tag]);
          return { tag, duties, ok: r.ok, value: r.value, findings: r.findings };
        });
        return [
          {
            appointmentId: h.appointmentId,
            personId: h.personId,
            name: `${h.givenName} ${h.familyName}`,
            organizationCode: h.organizationCode,
            role: h.role,
            areaId: h.areaId,
            startsOn: h.startsOn,
            endsOn: h.endsOn,
            met: indicators.filter((i) => i.ok).length,
            measured: indicators.length,
            indicators,
          },
        ];
      }),
    };
  }

  /** The same appraisal as CSV rows (strings), after the header. */
  function csvRows(a: Appraisal): string[][] {
    return a.holders.flatMap((h) =>
      h.indicators.map((i) => [
        String(a.year),
        a.from,
        a.asOf,
        h.name,
        h.organizationCode,
        h.role,
        h.startsOn,
        h.endsOn ?? '',
        i.tag,
        i.duties.join(' '),
        i.ok ? 'yes' : 'no',
        i.value === null ? '' : String(i.value),
        i.findings.map((f) => f.message).join(' | '),
      ]),
    );
  }

  return { forYear, csvRows };
}
export type AppraisalService = ReturnType<typeof createAppraisalService>;
