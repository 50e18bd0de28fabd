/**
 * The facts the duty measures are computed from (core `MeasureFacts`), for one country over one
 * period: a few aggregate queries over the records other capabilities keep. Read-only.
 */
import {
  certificateStatus,
  REQUIRED_COURSE,
  RADIO_MISSES_FLAG,
  type MeasureFacts,
} from '@fieldsafe/core';
import { and, desc, eq, gte, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import {
  checkinSchedules,
  drills,
  incidents,
  mossStatuses,
  people,
  preparednessPlans,
  preparednessPlanVersions,
  radioCheckEntries,
  radioChecks,
  riskAssessments,
  securityLevelDecisions,
  smtMeetings,
  trainingCertificates,
  travelRequests,
} from '../db/schema/index.ts';

const count = sql<number>`count(*)::int`;

/** Everything but the registry's findings, which the country report computes. */
export type CountryFacts = Omit<MeasureFacts, 'registryFindings'>;

export async function countryFacts(
  ex: Executor,
  countryId: string,
  period: { from: string; asOf: string },
): Promise<CountryFacts> {
  const { from, asOf } = period;
  const endOfDay = sql`(${asOf}::date + 1)::timestamptz`;
  const startOfPeriod = sql`${from}::date::timestamptz`;
  const [
    moss,
    plans,
    assessments,
    held,
    levels,
    inc,
    smt,
    smtUnsent,
    training,
    radio,
    missed,
    clr,
    chk,
  ] = await Promise.all([
    ex
      .select({
        status: mossStatuses.status,
        n: count,
        overdue: sql<number>`count(*) filter (where ${mossStatuses.dueDate} < ${asOf}::date)::int`,
      })
      .from(mossStatuses)
      .where(eq(mossStatuses.countryId, countryId))
      .groupBy(mossStatuses.status),
    ex
      .select({
        kind: preparednessPlans.kind,
        title: preparednessPlans.title,
        areaId: preparednessPlans.areaId,
        nextReviewOn: preparednessPlanVersions.nextReviewOn,
      })
      .from(preparednessPlans)
      .leftJoin(
        preparednessPlanVersions,
        and(
          eq(preparednessPlanVersions.planId, preparednessPlans.id),
          isNull(preparednessPlanVersions.supersededAt),
          lte(preparednessPlanVersions.approvedOn, asOf),
        ),
      )
      .where(eq(preparednessPlans.countryId, countryId)),
    ex
      .select({
        title: riskAssessments.title,
        areaId: riskAssessments.areaId,
        reviewDue: riskAssessments.reviewDue,
      })
      .from(riskAssessments)
      .where(
        and(
          eq(riskAssessments.countryId, countryId),
          isNull(riskAssessments.supersededAt),
          lte(riskAssessments.assessedOn, asOf),
        ),
      ),
    ex
      .select({ kind: drills.kind, heldOn: drills.heldOn })
      .from(drills)
      .where(
        and(eq(drills.countryId, countryId), isNotNull(drills.heldOn), lte(drills.heldOn, asOf)),
      ),
    ex
      .select({ areaId: securityLevelDecisions.areaId, level: securityLevelDecisions.level })
      .from(securityLevelDecisions)
      .where(
        and(
          eq(securityLevelDecisions.countryId, countryId),
          lte(securityLevelDecisions.effectiveFrom, asOf),
        ),
      )
      .orderBy(desc(securityLevelDecisions.effectiveFrom), desc(securityLevelDecisions.createdAt)),
    ex
      .select({
        n: count,
        late: sql<number>`count(*) filter (where coalesce(${incidents.reportedAt}, ${incidents.createdAt}) > ${incidents.occurredAt} + interval '24 hours')::int`,
      })
      .from(incidents)
      .where(
        and(
          eq(incidents.countryId, countryId),
          sql`${incidents.occurredAt} >= ${startOfPeriod}`,
          sql`${incidents.occurredAt} < ${endOfDay}`,
        ),
      ),
    ex
      .select({ last: sql<string | null>`max(${smtMeetings.heldOn})::text` })
      .from(smtMeetings)
      .where(and(eq(smtMeetings.countryId, countryId), lte(smtMeetings.heldOn, asOf))),
    ex
      .select({ n: count })
      .from(smtMeetings)
      .where(
        and(
          eq(smtMeetings.countryId, countryId),
          gte(smtMeetings.heldOn, from),
          lte(smtMeetings.heldOn, asOf),
          isNull(smtMeetings.sentToDssOn),
        ),
      ),
    ex
      .select({
        personId: people.id,
        id: trainingCertificates.id,
        course: trainingCertificates.course,
        issuedOn: trainingCertificates.issuedOn,
        expiresOn: trainingCertificates.expiresOn,
        refresherMonths: trainingCertificates.refresherMonths,
      })
      .from(people)
      .leftJoin(
        trainingCertificates,
        and(
          eq(trainingCertificates.personId, people.id),
          eq(trainingCertificates.course, REQUIRED_COURSE),
          lte(trainingCertificates.issuedOn, asOf),
        ),
      )
      .where(
        and(
          eq(people.countryId, countryId),
          eq(people.kind, 'personnel'),
          eq(people.status, 'active'),
        ),
      ),
    ex
      .select({
        last: sql<string | null>`(max(${radioChecks.heldAt}) at time zone 'UTC')::date::text`,
      })
      .from(radioChecks)
      .where(and(eq(radioChecks.countryId, countryId), sql`${radioChecks.heldAt} < ${endOfDay}`)),
    ex
      .select({ personId: radioCheckEntries.personId })
      .from(radioCheckEntries)
      .innerJoin(radioChecks, eq(radioChecks.id, radioCheckEntries.checkId))
      .where(
        and(
          eq(radioCheckEntries.countryId, countryId),
          isNotNull(radioCheckEntries.personId),
          eq(radioCheckEntries.answered, false),
          sql`${radioChecks.heldAt} >= ${startOfPeriod}`,
          sql`${radioChecks.heldAt} < ${endOfDay}`,
        ),
      )
      .groupBy(radioCheckEntries.personId)
      .having(sql`count(*) >= ${RADIO_MISSES_FLAG}`),
    ex
      .select({ n: count })
      .from(travelRequests)
      .where(
        and(
          eq(travelRequests.countryId, countryId),
          eq(travelRequests.status, 'pending'),
          lte(travelRequests.startsOn, asOf),
        ),
      ),
    ex
      .select({ n: count })
      .from(checkinSchedules)
      .where(
        and(
          eq(checkinSchedules.countryId, countryId),
          eq(checkinSchedules.status, 'active'),
          isNotNull(checkinSchedules.alertedDueAt),
          sql`(${checkinSchedules.lastCheckinAt} is null or ${checkinSchedules.lastCheckinAt} < ${checkinSchedules.alertedDueAt})`,
        ),
      ),
  ]);

  const byStatus = (s: string) => moss.find((m) => m.status === s)?.n ?? 0;
  // The level in force in each area (or the whole country): the latest decision for it.
  const latest = new Map<string | null, string>();
  for (const l of levels) if (!latest.has(l.areaId)) latest.set(l.areaId, l.level);
  return {
    asOf,
    periodFrom: from,
    moss: {
      implemented: byStatus('implemented'),
      partial: byStatus('partially_implemented'),
      notImplemented: byStatus('not_implemented'),
      overdue: moss
        .filter((m) => m.status === 'not_implemented' || m.status === 'partially_implemented')
        .reduce((n, m) => n + m.overdue, 0),
    },
    plans,
    assessments,
    drills: held.flatMap((d) =>
      d.heldOn &&
      (d.kind === 'evacuation' ||
        d.kind === 'quick' ||
        d.kind === 'relocation' ||
        d.kind === 'other')
        ? [{ kind: d.kind, heldOn: d.heldOn }]
        : [],
    ),
    securityLevels: [...latest.values()],
    incidents: { count: inc[0]?.n ?? 0, late: inc[0]?.late ?? 0 },
    smt: { lastHeldOn: smt[0]?.last ?? null, minutesNotSent: smtUnsent[0]?.n ?? 0 },
    training: trainingFacts(training, asOf),
    radio: { lastHeldOn: radio[0]?.last ?? null, missedPeople: missed.length },
    clearances: { undecidedStarted: clr[0]?.n ?? 0 },
    checkins: { overdue: chk[0]?.n ?? 0 },
  };
}

/** Personnel, and those without a valid required certificate on the day (core validity rules). */
function trainingFacts(
  rows: {
    personId: string;
    id: string | null;
    course: string | null;
    issuedOn: string | null;
    expiresOn: string | null;
    refresherMonths: number | null;
  }[],
  asOf: string,
): MeasureFacts['training'] {
  const valid = new Set<string>();
  const all = new Set<string>();
  for (const r of rows) {
    all.add(r.personId);
    if (!r.id || !r.course || !r.issuedOn) continue;
    const cert = { ...r, id: r.id, course: r.course, issuedOn: r.issuedOn };
    if (certificateStatus(cert, asOf) !== 'expired') valid.add(r.personId);
  }
  return { personnel: all.size, withoutValid: all.size - valid.size };
}
