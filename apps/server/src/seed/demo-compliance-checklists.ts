import { eq } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import {
  complianceChecklists,
  complianceFindings,
  complianceMissions,
  complianceSpotChecks,
  countries,
  organizations,
} from '../db/schema/index.ts';

/**
 * A second fictional country (ISO user-assigned code) with only a compliance history, so the
 * headquarters' system-wide implementation rate compares countries [001 §36].
 */
export const DEMO_SECOND_COUNTRY = {
  alpha2: 'XN',
  alpha3: 'XND',
  numeric: '902',
  nameEn: 'Nordavia (demo)',
  nameFr: 'Nordavie (démo)',
};

type Answer = { item: string; answer: string; note: string | null; verified: boolean };
const ok = (item: string, verified = true): Answer => ({
  item,
  answer: 'compliant',
  note: null,
  verified,
});
const gap = (item: string, answer: 'partly' | 'not_compliant', note: string): Answer => ({
  item,
  answer,
  note,
  verified: true,
});

/**
 * Compliance missions' checklists per actor, a spot check, and an earlier mission with closed and
 * late findings in Meridia and in a second country, for the system-wide rate. Idempotent: added
 * once, to a new or an existing demo.
 */
export async function seedDemoComplianceChecklists(db: Db): Promise<void> {
  const [meridia] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!meridia) return;
  const [done] = await db
    .select({ id: complianceChecklists.id })
    .from(complianceChecklists)
    .limit(1);
  if (done) return;
  const [mission] = await db
    .select()
    .from(complianceMissions)
    .where(eq(complianceMissions.countryId, meridia.id))
    .orderBy(complianceMissions.visitedOn)
    .limit(1);
  if (!mission) return;
  const orgs = await db.select().from(organizations);
  const org = (code: string) => orgs.find((o) => o.code === code)?.id ?? null;

  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const checklists = await tx
      .insert(complianceChecklists)
      .values([
        {
          missionId: mission.id,
          countryId: meridia.id,
          actorCategory: 'do',
          actorName: 'Designated Official',
          answers: [
            ok('DO.1'),
            ok('DO.2', false),
            gap('DO.3', 'partly', 'SRA of the Northern Highlands older than a year'),
            ok('DO.4'),
            ok('DO.10'),
            gap('DO.13', 'partly', 'Radio checks in Kessa irregular in September'),
            ok('DO.17'),
            ok('DO.19'),
          ],
        },
        {
          missionId: mission.id,
          countryId: meridia.id,
          actorCategory: 'security_adviser',
          actorName: 'Chief Security Adviser',
          answers: [
            ok('CSA.2'),
            ok('CSA.6'),
            ok('CSA.10'),
            ok('CSA.11'),
            gap('CSA.12', 'not_compliant', 'Relocation plan for Kessa not updated since 2023'),
            ok('CSA.13'),
            ok('CSA.14'),
          ],
        },
        {
          missionId: mission.id,
          countryId: meridia.id,
          actorCategory: 'organization',
          organizationId: org('WFP'),
          actorName: 'WFP Representative',
          answers: [
            ok('AGENCY_REP.1'),
            gap(
              'AGENCY_REP.9',
              'partly',
              'Dependants missing from the list of the Kessa sub-office',
            ),
            ok('AGENCY_REP.11'),
            gap('AGENCY_REP.15', 'not_compliant', 'Building evacuation plan of Kessa not tested'),
            { item: 'AGENCY_REP.14', answer: 'not_applicable', note: null, verified: false },
          ],
        },
        {
          missionId: mission.id,
          countryId: meridia.id,
          actorCategory: 'wardens',
          actorName: 'Wardens of Port Amara (group discussion)',
          answers: [
            ok('WARDEN.1'),
            ok('WARDEN.2', false),
            gap('WARDEN.5', 'partly', 'Harbour zone without a warden'),
          ],
        },
        {
          missionId: mission.id,
          countryId: meridia.id,
          actorCategory: 'staff',
          actorName: 'Staff met in Port Amara and Kessa (24 people)',
          answers: [
            ok('PERSONNEL.2'),
            ok('PERSONNEL.3'),
            gap('PERSONNEL.4', 'partly', '5 of 24 could not name their warden'),
            ok('PERSONNEL.9'),
          ],
        },
      ])
      .returning();
    for (const c of checklists)
      audit.push({
        action: 'compliance_checklist.create',
        entity: 'compliance_checklist',
        entityId: c.id,
        countryId: meridia.id,
        after: c,
      });
    const [spot] = await tx
      .insert(complianceSpotChecks)
      .values({
        countryId: meridia.id,
        missionId: mission.id,
        checkedOn: '2026-02-18',
        checkedBy: 'Chief Security Adviser (unannounced, Kessa sub-office)',
        items: [
          'Trauma kits in the vehicles',
          'Radio check log',
          'Building evacuation drill record',
        ],
        result: 'partly_confirmed',
        note: 'Trauma kits and radio log confirmed; no drill since the mission.',
      })
      .returning();
    if (spot)
      audit.push({
        action: 'compliance_spot_check.create',
        entity: 'compliance_spot_check',
        entityId: spot.id,
        countryId: meridia.id,
        after: spot,
      });

    // Earlier missions, for rates per year: Meridia in 2024, Nordavia in 2024 and 2025.
    let [nordavia] = await tx.select().from(countries).where(eq(countries.alpha2, 'XN'));
    nordavia ??= (await tx.insert(countries).values(DEMO_SECOND_COUNTRY).returning())[0];
    if (!nordavia) throw new Error('second demo country not created');
    const past = await tx
      .insert(complianceMissions)
      .values([
        {
          countryId: meridia.id,
          visitedOn: '2024-03-11',
          team: 'DSS compliance and evaluation team',
          briefedDoSmtOn: '2024-03-15',
          returnVisitOn: '2024-11-04',
        },
        {
          countryId: nordavia.id,
          visitedOn: '2024-05-20',
          team: 'DSS compliance and evaluation team',
          briefedDoSmtOn: '2024-05-24',
        },
        {
          countryId: nordavia.id,
          visitedOn: '2025-04-07',
          team: 'DSS regional compliance officer',
          briefedDoSmtOn: '2025-04-10',
        },
      ])
      .returning();
    const [m24, n24, n25] = past;
    if (!m24 || !n24 || !n25) throw new Error('demo missions not created');
    const f = (
      m: typeof m24,
      text: string,
      deadline: string,
      closedOn: string | null,
      organizationId: string | null = null,
    ) => ({
      missionId: m.id,
      countryId: m.countryId,
      organizationId,
      actorCategory: organizationId ? 'organization' : 'security_adviser',
      text,
      severity: 'major',
      owner: organizationId ? 'Representative' : 'Chief Security Adviser',
      deadline,
      closedOn,
      evidence: closedOn ? [`Return visit report of ${closedOn}`] : [],
      verifiedBy: closedOn ? 'DSS compliance team' : null,
    });
    const findings = await tx
      .insert(complianceFindings)
      .values([
        f(
          m24,
          'Security plan not reviewed after the change of security level',
          '2024-06-30',
          '2024-06-12',
        ),
        f(m24, 'Wardens without radios in the Lakes area', '2024-09-30', '2024-09-20'),
        f(
          m24,
          'Residential security survey of Port Amara missing',
          '2024-09-30',
          '2024-12-02',
          org('UNHCR'),
        ),
        f(n24, 'No security risk assessment for the border districts', '2024-08-31', '2024-08-30'),
        f(
          n24,
          'Personnel list not updated for six months',
          '2024-07-31',
          '2024-10-15',
          org('UNDP'),
        ),
        f(n24, 'Armoured vehicle without maintenance record', '2024-10-31', null, org('UNICEF')),
        f(n25, 'Emergency communications room without backup power', '2025-09-30', '2025-09-01'),
        f(
          n25,
          'Security awareness training below 80 % in the field office',
          '2025-12-31',
          null,
          org('WFP'),
        ),
      ])
      .returning();
    for (const m of past)
      audit.push({
        action: 'compliance_mission.create',
        entity: 'compliance_mission',
        entityId: m.id,
        countryId: m.countryId,
        after: m,
      });
    for (const x of findings)
      audit.push({
        action: 'compliance_finding.create',
        entity: 'compliance_finding',
        entityId: x.id,
        countryId: x.countryId,
        organizationId: x.organizationId,
        after: x,
      });
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}
