import {
  addDays,
  CORE_CATALOGUE,
  certificateExpiry,
  compareLevels,
  isRiskLevel,
  radioCheckDue,
  riskLevel,
  type Actor,
  type RatingValue,
} from '@fieldsafe/core';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  ne,
  or,
  sql,
} from 'drizzle-orm';
import { labelFrom } from '../common/localized.ts';
import { scopeWhere } from '../access/scope-sql.ts';
import type { Executor } from '../db/client.ts';
import { crisisVisible } from '../crisis/crisis.queries.ts';
import {
  areas,
  complianceFindings,
  countries,
  crises,
  crisisPeople,
  drills,
  dutyStations,
  incidents,
  people,
  preparednessAcknowledgements,
  preparednessPlanVersions,
  preparednessPlans,
  radioCheckEntries,
  radioChecks,
  riskAssessments,
  risks,
  securityLevelDecisions,
  ssafeExemptions,
  trainingCertificates,
  trainingCourses,
  travelLegs,
  travelRequests,
  wardenZones,
} from '../db/schema/index.ts';
import { item, type HomeItem } from './home.schema.ts';

/** How many items a section lists; its total counts them all. */
export const SHOWN = 8;
/** Training expiring within this many days is shown on the person's home. */
export const TRAINING_NOTICE_DAYS = 90;
/** SSAFE exemptions ending within this many days wait for the DO's decision to renew them or not. */
export const SSAFE_NOTICE_DAYS = 30;

const countOf = (n: number | string | null | undefined) => Number(n ?? 0);

/** The active crises the person is enrolled in, and their own answer. */
export async function myCrises(ex: Executor, personId: string): Promise<HomeItem[]> {
  const rows = await ex
    .select({
      id: crises.id,
      title: crises.title,
      countryId: crises.countryId,
      declaredAt: crises.declaredAt,
      status: crisisPeople.status,
    })
    .from(crisisPeople)
    .innerJoin(crises, eq(crises.id, crisisPeople.crisisId))
    .where(and(eq(crisisPeople.personId, personId), eq(crises.status, 'active')))
    .orderBy(desc(crises.declaredAt));
  return rows.map((r) =>
    item({
      id: r.id,
      link: '/crisis',
      title: r.title,
      countryId: r.countryId,
      date: new Date(r.declaredAt).toISOString(),
      status: r.status,
    }),
  );
}

/** The person's certificates that expire soon or have expired (the latest of each course). */
export async function myTraining(ex: Executor, personId: string, day: string) {
  const rows = await ex
    .selectDistinctOn([trainingCertificates.course], {
      id: trainingCertificates.id,
      course: trainingCertificates.course,
      issuedOn: trainingCertificates.issuedOn,
      expiresOn: trainingCertificates.expiresOn,
      refresherMonths: trainingCertificates.refresherMonths,
      nameEn: trainingCourses.nameEn,
      nameFr: trainingCourses.nameFr,
      names: trainingCourses.names,
    })
    .from(trainingCertificates)
    .leftJoin(trainingCourses, eq(trainingCourses.code, trainingCertificates.course))
    .where(eq(trainingCertificates.personId, personId))
    .orderBy(asc(trainingCertificates.course), desc(trainingCertificates.issuedOn));
  const limit = addDays(day, TRAINING_NOTICE_DAYS);
  return rows.flatMap((r) => {
    const expiry = certificateExpiry(r, CORE_CATALOGUE);
    if (expiry === null || expiry > limit) return [];
    return [
      item({
        id: r.id,
        link: '/training/me',
        label: labelFrom(r.nameEn ?? r.course, { fr: r.nameFr, ...r.names }),
        code: r.course,
        date: expiry,
        status: expiry <= day ? 'expired' : 'expiring',
      }),
    ];
  });
}

/** Plan versions in force that the person was asked to acknowledge and has not. */
export async function myPlans(ex: Executor, personId: string): Promise<HomeItem[]> {
  const rows = await ex
    .select({
      planId: preparednessPlans.id,
      title: preparednessPlans.title,
      kind: preparednessPlans.kind,
      countryId: preparednessPlans.countryId,
      number: preparednessPlanVersions.number,
      approvedOn: preparednessPlanVersions.approvedOn,
    })
    .from(preparednessAcknowledgements)
    .innerJoin(
      preparednessPlanVersions,
      eq(preparednessPlanVersions.id, preparednessAcknowledgements.versionId),
    )
    .innerJoin(preparednessPlans, eq(preparednessPlans.id, preparednessAcknowledgements.planId))
    .where(
      and(
        eq(preparednessAcknowledgements.personId, personId),
        isNull(preparednessAcknowledgements.acknowledgedAt),
        isNull(preparednessPlanVersions.supersededAt),
      ),
    )
    .orderBy(desc(preparednessPlanVersions.approvedOn));
  return rows.map((r) =>
    item({
      id: r.planId,
      link: `/preparedness/plans/${r.planId}`,
      title: r.title,
      code: r.kind,
      countryId: r.countryId,
      date: r.approvedOn,
      params: { version: r.number },
    }),
  );
}

/**
 * A warden's zones: how many people each holds, and in each active crisis those not yet
 * reached (no answer) or who asked for help.
 */
export async function zonesOf(ex: Executor, zoneIds: readonly string[]) {
  if (zoneIds.length === 0) return { zones: [], toReach: [] };
  const ids = [...zoneIds];
  const [zones, left] = await Promise.all([
    ex
      .select({
        id: wardenZones.id,
        name: wardenZones.name,
        countryId: wardenZones.countryId,
        people: count(people.id),
      })
      .from(wardenZones)
      .leftJoin(people, and(eq(people.zoneId, wardenZones.id), eq(people.status, 'active')))
      .where(inArray(wardenZones.id, ids))
      .groupBy(wardenZones.id, wardenZones.name, wardenZones.countryId)
      .orderBy(asc(wardenZones.name)),
    ex
      .select({
        crisisId: crises.id,
        title: crises.title,
        countryId: crises.countryId,
        status: crisisPeople.status,
        n: count(),
      })
      .from(crisisPeople)
      .innerJoin(crises, eq(crises.id, crisisPeople.crisisId))
      .where(
        and(
          inArray(crisisPeople.zoneId, ids),
          eq(crises.status, 'active'),
          ne(crisisPeople.status, 'safe'),
        ),
      )
      .groupBy(crises.id, crises.title, crises.countryId, crisisPeople.status),
  ]);
  const byCrisis = new Map<string, HomeItem>();
  for (const r of left) {
    const it =
      byCrisis.get(r.crisisId) ??
      item({
        id: r.crisisId,
        link: `/crisis/${r.crisisId}`,
        title: r.title,
        countryId: r.countryId,
        counts: { noAnswer: 0, needHelp: 0 },
      });
    const counts = it.counts ?? {};
    counts[r.status === 'need_help' ? 'needHelp' : 'noAnswer'] = countOf(r.n);
    byCrisis.set(r.crisisId, { ...it, counts });
  }
  return {
    zones: zones.map((z) =>
      item({
        id: z.id,
        link: '/',
        title: z.name,
        countryId: z.countryId,
        counts: { people: countOf(z.people) },
      }),
    ),
    toReach: [...byCrisis.values()],
  };
}

/** Active crises of a country that the actor accounts for, with the answers of those they see. */
export async function activeCrises(ex: Executor, actor: Actor, countryId: string) {
  const rows = await ex
    .select({
      id: crises.id,
      title: crises.title,
      declaredAt: crises.declaredAt,
      status: crisisPeople.status,
      n: count(crisisPeople.id),
    })
    .from(crises)
    .leftJoin(
      crisisPeople,
      and(
        eq(crisisPeople.crisisId, crises.id),
        scopeWhere(actor, 'crisis.read', {
          countryId: crisisPeople.countryId,
          areaId: crisisPeople.areaId,
          zoneId: crisisPeople.zoneId,
          organizationId: crisisPeople.organizationId,
        }),
      ),
    )
    .where(and(eq(crises.countryId, countryId), eq(crises.status, 'active'), crisisVisible(actor)))
    .groupBy(crises.id, crises.title, crises.declaredAt, crisisPeople.status)
    .orderBy(desc(crises.declaredAt));
  const byCrisis = new Map<string, HomeItem>();
  for (const r of rows) {
    const it =
      byCrisis.get(r.id) ??
      item({
        id: r.id,
        link: `/crisis/${r.id}`,
        title: r.title,
        countryId,
        date: new Date(r.declaredAt).toISOString(),
        counts: { total: 0, safe: 0, needHelp: 0, noAnswer: 0 },
      });
    const counts = { ...(it.counts ?? {}) };
    const n = countOf(r.n);
    if (r.status) {
      const key = r.status === 'safe' ? 'safe' : r.status === 'need_help' ? 'needHelp' : 'noAnswer';
      counts[key] = (counts[key] ?? 0) + n;
      counts.total = (counts.total ?? 0) + n;
    }
    byCrisis.set(r.id, { ...it, counts });
  }
  return [...byCrisis.values()];
}

/** Pending clearance requests with a destination leg in the country that the permission covers. */
export async function pendingClearances(
  ex: Executor,
  actor: Actor,
  countryId: string,
  permission: 'travel.approve' | 'travel.read',
) {
  const where = and(
    eq(travelRequests.status, 'pending'),
    exists(
      sql`(select 1 from ${travelLegs} where ${travelLegs.requestId} = ${travelRequests.id}
        and ${travelLegs.status} = 'pending' and ${travelLegs.countryId} = ${countryId}
        and (${scopeWhere(actor, permission, {
          countryId: travelLegs.countryId,
          areaId: travelLegs.areaId,
        })}))`,
    ),
  );
  const [rows, [total]] = await Promise.all([
    ex
      .select({
        id: travelRequests.id,
        purpose: travelRequests.purpose,
        startsOn: travelRequests.startsOn,
        outcome: travelRequests.outcome,
        traveller: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
      })
      .from(travelRequests)
      .innerJoin(people, eq(people.id, travelRequests.personId))
      .where(where)
      .orderBy(asc(travelRequests.startsOn))
      .limit(SHOWN),
    ex.select({ n: count() }).from(travelRequests).where(where),
  ]);
  return {
    total: countOf(total?.n),
    items: rows.map((r) =>
      item({
        id: r.id,
        link: `/travel/requests/${r.id}`,
        title: `${r.traveller} — ${r.purpose}`,
        countryId,
        date: r.startsOn,
        status: r.outcome,
      }),
    ),
  };
}

/** Incident reports not yet verified, in the actor's scope. */
export async function newIncidents(ex: Executor, actor: Actor, countryId: string) {
  const where = and(
    eq(incidents.countryId, countryId),
    eq(incidents.status, 'reported'),
    scopeWhere(actor, 'incident.manage', {
      countryId: incidents.countryId,
      areaId: incidents.areaId,
      organizationId: incidents.organizationId,
    }),
  );
  const [rows, [total]] = await Promise.all([
    ex
      .select({
        id: incidents.id,
        title: incidents.title,
        occurredAt: incidents.occurredAt,
        category: incidents.category,
      })
      .from(incidents)
      .where(where)
      .orderBy(desc(incidents.occurredAt))
      .limit(SHOWN),
    ex.select({ n: count() }).from(incidents).where(where),
  ]);
  return {
    total: countOf(total?.n),
    items: rows.map((r) =>
      item({
        id: r.id,
        link: `/incidents/${r.id}`,
        title: r.title,
        code: r.category,
        countryId,
        date: new Date(r.occurredAt).toISOString(),
        status: 'reported',
      }),
    ),
  };
}

/**
 * What is overdue in some countries — drills not held by their date, findings open past their
 * deadline, risk assessments past their review date or flagged — in one query.
 */
export async function overdue(
  ex: Executor,
  actor: Actor,
  countryIds: readonly string[],
  day: string,
) {
  if (countryIds.length === 0) return [];
  const ids = [...countryIds];
  const [drillRows, findingRows, reviewRows] = await Promise.all([
    ex
      .select({
        id: drills.id,
        countryId: drills.countryId,
        title: drills.kind,
        date: drills.scheduledOn,
        scenario: drills.scenario,
      })
      .from(drills)
      .where(
        and(
          inArray(drills.countryId, ids),
          eq(drills.status, 'scheduled'),
          lt(drills.scheduledOn, day),
          scopeWhere(actor, 'preparedness.read', {
            countryId: drills.countryId,
            areaId: drills.areaId,
          }),
        ),
      )
      .orderBy(asc(drills.scheduledOn)),
    ex
      .select({
        id: complianceFindings.id,
        countryId: complianceFindings.countryId,
        title: complianceFindings.text,
        date: complianceFindings.deadline,
        missionId: complianceFindings.missionId,
      })
      .from(complianceFindings)
      .where(
        and(
          inArray(complianceFindings.countryId, ids),
          isNull(complianceFindings.closedOn),
          lt(complianceFindings.deadline, day),
          scopeWhere(actor, 'moss.read', {
            countryId: complianceFindings.countryId,
            organizationId: complianceFindings.organizationId,
          }),
        ),
      )
      .orderBy(asc(complianceFindings.deadline)),
    ex
      .select({
        id: riskAssessments.id,
        countryId: riskAssessments.countryId,
        title: riskAssessments.title,
        date: riskAssessments.reviewDue,
        flagged: riskAssessments.flaggedForReview,
      })
      .from(riskAssessments)
      .where(
        and(
          inArray(riskAssessments.countryId, ids),
          isNull(riskAssessments.supersededAt),
          or(lt(riskAssessments.reviewDue, day), eq(riskAssessments.flaggedForReview, true)),
          scopeWhere(actor, 'risk.read', {
            countryId: riskAssessments.countryId,
            areaId: riskAssessments.areaId,
          }),
        ),
      )
      .orderBy(asc(riskAssessments.reviewDue)),
  ]);
  return [
    ...drillRows.map((r) => ({
      kind: 'drill' as const,
      ...item({
        id: r.id,
        link: '/preparedness/drills',
        title: r.scenario,
        code: r.title,
        countryId: r.countryId,
        date: r.date,
      }),
    })),
    ...findingRows.map((r) => ({
      kind: 'finding' as const,
      ...item({
        id: r.id,
        link: '/compliance',
        title: r.title,
        countryId: r.countryId,
        date: r.date,
      }),
    })),
    ...reviewRows.map((r) => ({
      kind: 'review' as const,
      ...item({
        id: r.id,
        link: `/risk/assessments/${r.id}`,
        title: r.title,
        countryId: r.countryId,
        date: r.date,
        status: r.flagged ? 'flagged' : 'overdue',
      }),
    })),
  ];
}

/** Residual risks above the acceptable level of current assessments that await acceptance. */
export async function risksToAccept(ex: Executor, actor: Actor, countryId: string) {
  const rows = await ex
    .select({
      assessmentId: riskAssessments.id,
      title: riskAssessments.title,
      acceptable: riskAssessments.acceptableLevel,
      riskId: risks.id,
      description: risks.description,
      il: risks.inherentLikelihood,
      ii: risks.inherentImpact,
      rl: risks.residualLikelihood,
      ri: risks.residualImpact,
    })
    .from(risks)
    .innerJoin(riskAssessments, eq(riskAssessments.id, risks.assessmentId))
    .where(
      and(
        eq(riskAssessments.countryId, countryId),
        isNull(riskAssessments.supersededAt),
        isNull(risks.acceptedAt),
        scopeWhere(actor, 'risk.accept', {
          countryId: riskAssessments.countryId,
          areaId: riskAssessments.areaId,
        }),
      ),
    )
    .orderBy(asc(riskAssessments.title), asc(risks.position));
  return rows.flatMap((r) => {
    const rating = {
      likelihood: (r.rl ?? r.il) as RatingValue,
      impact: (r.ri ?? r.ii) as RatingValue,
    };
    const level = riskLevel(rating);
    if (!isRiskLevel(r.acceptable) || compareLevels(level, r.acceptable) <= 0) return [];
    return [
      item({
        id: r.riskId,
        link: `/risk/assessments/${r.assessmentId}`,
        title: `${r.title} — ${r.description}`,
        code: level,
        countryId,
      }),
    ];
  });
}

/** Areas of a country with no security level in force (neither their own nor the country's). */
export async function areasWithoutLevel(
  ex: Executor,
  actor: Actor,
  countryId: string,
  day: string,
) {
  const decided = (areaCondition: ReturnType<typeof sql>) =>
    sql`exists (select 1 from ${securityLevelDecisions} where ${securityLevelDecisions.countryId} = ${countryId}
      and ${securityLevelDecisions.effectiveFrom} <= ${day} and ${areaCondition})`;
  const rows = await ex
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(
      and(
        eq(areas.countryId, countryId),
        sql`not ${decided(sql`${securityLevelDecisions.areaId} is null`)}`,
        sql`not ${decided(sql`${securityLevelDecisions.areaId} = ${areas.id}`)}`,
        scopeWhere(actor, 'security_level.write', { countryId: areas.countryId, areaId: areas.id }),
      ),
    )
    .orderBy(asc(areas.name));
  return rows.map((r) => item({ id: r.id, link: '/risk', title: r.name, countryId }));
}

/** Active crises the actor may see, by country. */
export async function activeCrisisCounts(
  ex: Executor,
  actor: Actor,
  countryIds: readonly string[],
) {
  if (countryIds.length === 0) return new Map<string, number>();
  const rows = await ex
    .select({ countryId: crises.countryId, n: count() })
    .from(crises)
    .where(
      and(
        inArray(crises.countryId, [...countryIds]),
        eq(crises.status, 'active'),
        crisisVisible(actor),
      ),
    )
    .groupBy(crises.countryId);
  return new Map(rows.map((r) => [r.countryId, countOf(r.n)]));
}

/** The countries where the actor sees personnel (all with personnel for a system administrator). */
export async function overseenCountries(ex: Executor, actor: Actor) {
  // Country by country, whether anyone active is there (an index probe each), not the distinct
  // countries of everyone: for headquarters that read 480,000 people (60 ms) in the world benchmark.
  const rows = await ex
    .select({ countryId: countries.id })
    .from(countries)
    .where(
      exists(
        ex
          .select({ one: sql`1` })
          .from(people)
          .where(
            and(
              eq(people.countryId, countries.id),
              eq(people.status, 'active'),
              scopeWhere(actor, 'structure.read', {
                countryId: people.countryId,
                areaId: people.areaId,
                zoneId: people.zoneId,
                organizationId: people.organizationId,
              }),
            ),
          ),
      ),
    );
  return rows.map((r) => r.countryId);
}

/**
 * The radio nets of a warden's zones: when each was last called (and how many calls it missed)
 * and when its next routine check is due, the late ones first.
 */
export async function radioNets(
  ex: Executor,
  zoneIds: readonly string[],
  day: string,
): Promise<HomeItem[]> {
  if (zoneIds.length === 0) return [];
  const ids = [...zoneIds];
  const [zones, last] = await Promise.all([
    ex
      .select({ id: wardenZones.id, name: wardenZones.name, countryId: wardenZones.countryId })
      .from(wardenZones)
      .where(inArray(wardenZones.id, ids)),
    ex
      .selectDistinctOn([radioChecks.zoneId], {
        zoneId: radioChecks.zoneId,
        heldAt: radioChecks.heldAt,
        missed: sql<number>`(select count(*)::int from ${radioCheckEntries} e
          where e.check_id = ${radioChecks}.id and not e.answered)`,
      })
      .from(radioChecks)
      .where(inArray(radioChecks.zoneId, ids))
      .orderBy(asc(radioChecks.zoneId), desc(radioChecks.heldAt)),
  ]);
  const lastOf = new Map(last.map((r) => [r.zoneId, r]));
  return zones
    .map((z) => {
      const l = lastOf.get(z.id);
      const lastOn = l ? new Date(l.heldAt).toISOString().slice(0, 10) : null;
      const due = radioCheckDue(lastOn, day);
      return item({
        id: z.id,
        link: '/preparedness/radio',
        title: z.name,
        countryId: z.countryId,
        date: due.dueOn,
        status: due.overdue ? 'overdue' : 'due',
        params: lastOn ? { lastOn } : null,
        counts: l ? { missed: countOf(l.missed) } : null,
      });
    })
    .sort(
      (a, b) =>
        (a.date ?? '').localeCompare(b.date ?? '') || (a.title ?? '').localeCompare(b.title ?? ''),
    );
}

/**
 * SSAFE exemptions that end within SSAFE_NOTICE_DAYS and were not renewed: each waits for the
 * DO's decision to grant a new one or let it lapse.
 */
export async function ssafeExemptionsEnding(
  ex: Executor,
  actor: Actor,
  countryId: string,
  day: string,
) {
  const where = and(
    eq(ssafeExemptions.countryId, countryId),
    gte(ssafeExemptions.validUntil, day),
    lte(ssafeExemptions.validUntil, addDays(day, SSAFE_NOTICE_DAYS)),
    sql`not exists (select 1 from ${ssafeExemptions} as later
      where later.person_id = ${ssafeExemptions.personId}
        and later.location_id = ${ssafeExemptions.locationId}
        and later.valid_until > ${ssafeExemptions.validUntil})`,
    scopeWhere(actor, 'training.mandate', { countryId: people.countryId, areaId: people.areaId }),
  );
  const [rows, [total]] = await Promise.all([
    ex
      .select({
        id: ssafeExemptions.id,
        validUntil: ssafeExemptions.validUntil,
        person: sql<string>`${people.givenName} || ' ' || ${people.familyName}`,
        place: sql<string | null>`coalesce(${dutyStations.name}, ${areas.name})`,
      })
      .from(ssafeExemptions)
      .innerJoin(people, eq(people.id, ssafeExemptions.personId))
      .leftJoin(dutyStations, eq(dutyStations.id, ssafeExemptions.locationId))
      .leftJoin(areas, eq(areas.id, ssafeExemptions.locationId))
      .where(where)
      .orderBy(asc(ssafeExemptions.validUntil), asc(people.familyName))
      .limit(SHOWN),
    ex
      .select({ n: count() })
      .from(ssafeExemptions)
      .innerJoin(people, eq(people.id, ssafeExemptions.personId))
      .where(where),
  ]);
  return {
    total: countOf(total?.n),
    items: rows.map((r) =>
      item({
        id: r.id,
        link: '/training#ssafe-exemption',
        title: r.place ? `${r.person} — ${r.place}` : r.person,
        countryId,
        date: r.validUntil,
        status: 'exemption_ends',
      }),
    ),
  };
}
