import { MOSS_CATALOGUE, type MeasureStatus } from '@fieldsafe/core';
import { and, eq } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import {
  complianceFindings,
  complianceMissions,
  countries,
  mossAdoptions,
  mossStatuses,
  nonComplianceCases,
  organizations,
  people,
} from '../db/schema/index.ts';

/** Measures the demo SRA calls for, with the reason the SMT recorded. */
const SRA_JUSTIFIED: Record<string, string> = {
  'TEL-05': 'SRA 2026: road movements in the Highlands at high risk; radio checks every two hours',
  'RES-01': 'SRA 2026: residential break-ins in Port Amara rising',
};

const STATUS_CYCLE: readonly MeasureStatus[] = [
  'implemented',
  'implemented',
  'partially_implemented',
  'implemented',
  'not_implemented',
  'implemented',
  'not_applicable',
  'implemented',
  'partially_implemented',
];

/**
 * MOSS of the demo country, adopted by the SMT, with mixed statuses per duty station and
 * organization (some not reported yet, so the dashboard has gaps to show).
 */
export async function seedDemoCompliance(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const c = country.id;
  const [done] = await db
    .select({ id: mossAdoptions.id })
    .from(mossAdoptions)
    .where(eq(mossAdoptions.countryId, c))
    .limit(1);
  if (done) return;
  const pairs = await db
    .selectDistinct({
      dutyStationId: people.dutyStationId,
      areaId: people.areaId,
      organizationId: people.organizationId,
    })
    .from(people)
    .where(and(eq(people.countryId, c), eq(people.kind, 'personnel')));
  pairs.sort((a, b) =>
    `${a.dutyStationId}${a.organizationId}`.localeCompare(`${b.dutyStationId}${b.organizationId}`),
  );

  await db.transaction(async (tx) => {
    const adoptions = await tx
      .insert(mossAdoptions)
      .values(
        MOSS_CATALOGUE.map((m) => ({
          countryId: c,
          measureCode: m.code,
          applies: m.basis === 'baseline' || m.code in SRA_JUSTIFIED,
          justification: SRA_JUSTIFIED[m.code] ?? null,
          decidedOn: '2026-01-28',
          decidedBy: 'Security Management Team, chaired by the Designated Official',
        })),
      )
      .returning();
    const applying = adoptions.filter((a) => a.applies).map((a) => a.measureCode);
    let n = 0;
    const statuses = pairs.flatMap((p, pi) =>
      applying.flatMap((code, mi) => {
        // Every fifth pair has not reported at all; others leave some measures unreported.
        if (pi % 5 === 4 || (mi + pi) % 7 === 6) return [];
        const status = STATUS_CYCLE[(n++ + pi) % STATUS_CYCLE.length] ?? 'implemented';
        return [
          {
            countryId: c,
            areaId: p.areaId,
            dutyStationId: p.dutyStationId,
            organizationId: p.organizationId,
            measureCode: code,
            status,
            evidence:
              status === 'implemented' || status === 'partially_implemented'
                ? `Verified by the security focal point, inspection of ${status === 'implemented' ? '2026-02-10' : '2026-02-12'}`
                : null,
            dueDate:
              status === 'not_implemented' || status === 'partially_implemented'
                ? (pi + mi) % 2 === 0
                  ? '2026-02-28'
                  : '2026-06-30'
                : null,
          },
        ];
      }),
    );
    for (let i = 0; i < statuses.length; i += 500) {
      await tx.insert(mossStatuses).values(statuses.slice(i, i + 500));
    }
    const orgs = await tx.select().from(organizations);
    const org = (code: string) => orgs.find((o) => o.code === code)?.id ?? null;
    const [mission] = await tx
      .insert(complianceMissions)
      .values({
        countryId: c,
        visitedOn: '2025-10-06',
        team: 'DSS compliance and evaluation team (two officers)',
        summary:
          'Checklist per actor category; statements verified on site in Port Amara and Kessa.',
        briefedDoSmtOn: '2025-10-10',
        returnVisitOn: '2026-04-15',
      })
      .returning();
    if (mission) {
      await tx.insert(complianceFindings).values([
        {
          missionId: mission.id,
          countryId: c,
          organizationId: org('WFP'),
          actorCategory: 'organization',
          text: 'Building evacuation plan of the Kessa sub-office not tested in the last six months',
          severity: 'critical',
          owner: 'WFP Representative',
          deadline: '2025-12-31',
        },
        {
          missionId: mission.id,
          countryId: c,
          organizationId: null,
          actorCategory: 'wardens',
          text: 'Harbour warden zone has no appointed warden',
          severity: 'major',
          owner: 'Designated Official',
          deadline: '2026-06-30',
        },
        {
          missionId: mission.id,
          countryId: c,
          organizationId: org('UNICEF'),
          actorCategory: 'organization',
          text: 'Two vehicles without trauma kits',
          severity: 'minor',
          owner: 'UNICEF Operations Officer',
          deadline: '2025-11-30',
          closedOn: '2025-11-20',
          evidence: ['Vehicle inventory signed 20 November 2025'],
          verifiedBy: 'Chief Security Adviser',
        },
      ]);
    }
    await tx.insert(nonComplianceCases).values({
      countryId: c,
      organizationId: org('FAO'),
      who: 'FAO field team, Northern Highlands',
      policy: 'Travel security clearance',
      stage: 'negative_impact_on_operations',
      occurredOn: '2025-09-14',
      actionTaken: 'Mission suspended for a week; briefing of the team by the CSA',
    });
    const audit: AuditEntry[] = adoptions.map((a) => ({
      action: 'moss.adopt',
      entity: 'moss_adoption',
      entityId: a.id,
      countryId: c,
      after: a,
    }));
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}
