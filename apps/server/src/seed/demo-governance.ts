/**
 * Demo data of issue 7: cost-shared budgets and governance tracking. The 2016-2017 jointly
 * financed budget uses the total and minimum of JIU/REP/2016/9 (¶212, Annex I); its headcounts
 * are invented (Annex I's table is withheld from the seed). The recommendations are those of
 * JIU/REP/2016/9 and of the IASMN (seed 000), with invented statuses.
 */
import { apportion } from '@fieldsafe/core';
import { and, eq } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db, Tx } from '../db/client.ts';
import {
  budgetLines,
  budgets,
  budgetVersions,
  countries,
  dutyStations,
  organizations,
  people,
  recommendationAddressees,
  recommendations,
  recommendationStatusHistory,
  securityPlanIndicators,
  securityPlans,
  smtMeetingAttendees,
  smtMeetings,
} from '../db/schema/index.ts';

/** Invented CEB field headcounts (2014 and 2016 censuses); UNV is counted under UNDP. */
const CENSUS: [string, number, number][] = [
  ['UN', 30_950, 31_480],
  ['UNDP', 9_120, 8_870],
  ['UNICEF', 10_640, 11_230],
  ['WFP', 11_900, 12_760],
  ['UNHCR', 8_410, 9_350],
  ['IOM', 0, 7_420],
  ['WHO', 5_020, 5_190],
  ['FAO', 4_260, 4_080],
  ['UNOPS', 2_870, 3_120],
  ['UNFPA', 2_190, 2_310],
  ['ILO', 1_380, 1_410],
  ['UN-Women', 930, 1_090],
  ['UNESCO', 940, 910],
  ['UNIDO', 420, 390],
  ['UNAIDS', 370, 350],
  ['UN-Habitat', 310, 300],
  ['ICAO', 85, 80],
  ['IAEA', 55, 60],
  ['ITU', 58, 61],
  ['ITC', 44, 41],
  ['WMO', 31, 29],
  ['WIPO', 19, 21],
  ['IMO', 9, 10],
  ['UNWTO', 4, 5],
  ['UPU', 3, 3],
];

interface DemoRecommendation {
  body: string;
  reference: string;
  issuedOn: string;
  text: string;
  addressees: string[];
  owner: string;
  deadline: string | null;
  status: string;
  country?: boolean;
}

const JIU_ALL = ['UN', 'UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO', 'FAO', 'UNFPA', 'UNOPS'];

const RECOMMENDATIONS: DemoRecommendation[] = [
  {
    body: 'JIU',
    reference: 'JIU/REP/2016/9 Rec. 1',
    issuedOn: '2016-12-01',
    text: 'The Executive Heads of United Nations system organizations, through the respective designated officers and in coordination with the Department of Safety and Security and the Office of Legal Affairs, should ensure that, by no later than April 2018: existing host country agreements reflect the current security threats and contain commensurate security measures; future host country agreements contain a security annex reflecting the main responsibility of the host country; existing and future host country agreements are regularly reviewed.',
    addressees: JIU_ALL,
    owner: 'Executive Heads, through the designated officials',
    deadline: '2018-04-30',
    status: 'in_progress',
  },
  {
    body: 'JIU',
    reference: 'JIU/REP/2016/9 Rec. 2',
    issuedOn: '2016-12-01',
    text: 'The Executive Heads of the United Nations system organizations, through the Inter-Agency Security Management Network and the Department of Safety and Security, should ensure that, by no later than January 2018, a comprehensive system-wide policy for road safety is finalized and ready for implementation within each of their respective organizations.',
    addressees: JIU_ALL,
    owner: 'IASMN road safety working group',
    deadline: '2018-01-31',
    status: 'implemented',
  },
  {
    body: 'JIU',
    reference: 'JIU/REP/2016/9 Rec. 3',
    issuedOn: '2016-12-01',
    text: 'The Executive Heads of the United Nations system organizations that have not yet done so should ensure that, by no later than January 2018, appropriate security compliance mechanisms commensurate with the risk level assessed in each particular duty station are included in the individual performance appraisal systems in place for all staff within their respective organizations.',
    addressees: JIU_ALL,
    owner: 'Human resources, with the security focal points',
    deadline: '2018-01-31',
    status: 'open',
  },
  {
    body: 'JIU',
    reference: 'JIU/REP/2016/9 Rec. 4',
    issuedOn: '2016-12-01',
    text: 'The Department of Safety and Security, in coordination with the Executive Heads of United Nations system organizations and the respective designated officers, should ensure that, by no later than January 2018, evacuation plans are available in every location where those organizations operate, distributed to staff and regularly drilled in coordination, when possible, with local authorities.',
    addressees: ['UN', 'DSS'],
    owner: 'DSS Division of Regional Operations',
    deadline: '2018-01-31',
    status: 'implemented',
  },
  {
    body: 'JIU',
    reference: 'JIU/REP/2016/9 Rec. 5',
    issuedOn: '2016-12-01',
    text: 'The Executive heads of the United Nations system organizations that have not yet done so should, by no later than January 2018, incorporate safety and security compliance indicators in the performance assessments at every management level, including senior management.',
    addressees: JIU_ALL,
    owner: 'Human resources',
    deadline: '2018-01-31',
    status: 'not_accepted',
  },
  {
    body: 'IASMN',
    reference: 'IASMN 2008 §16',
    issuedOn: '2008-02-01',
    text: 'Risk information and analysis, which is developed by a number of UN organizations, must be shared by all concerned to avoid duplication of time and effort and to ensure consistency and accuracy.',
    addressees: ['UN', 'UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO', 'FAO', 'DSS'],
    owner: 'IASMN',
    deadline: '2009-06-30',
    status: 'closed',
  },
  {
    body: 'IASMN',
    reference: 'IASMN 2008 §19',
    issuedOn: '2008-02-01',
    text: 'DSS should be given the resources to develop and implement a highly focused training programme, with the resources and capacities of other training entities, to be provided to managers prior to assuming their responsibilities, to include leadership, risk and crisis management skills.',
    addressees: ['DSS'],
    owner: 'DSS Training and Development Section',
    deadline: '2027-06-30',
    status: 'in_progress',
  },
  {
    body: 'HLCM',
    reference: 'IASMN 2008 §21',
    issuedOn: '2008-02-01',
    text: 'The HLCM should consider how best to ensure that each organization provide adequate sustainable funding for all its security activities, for example a dedicated budget line for safety and security in every project.',
    addressees: ['UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO', 'FAO'],
    owner: 'HLCM Finance and Budget Network',
    deadline: null,
    status: 'open',
  },
  {
    body: 'COMPLIANCE_MISSION',
    reference: 'DSS/CM/XM/2026 F-3',
    issuedOn: '2026-03-20',
    text: 'Test the building emergency and evacuation plan of the Port Amara common premises at least every six months and record the drill.',
    addressees: ['UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO', 'FAO'],
    owner: 'Chief Security Adviser, Meridia',
    deadline: '2026-06-30',
    status: 'open',
    country: true,
  },
  {
    body: 'COMPLIANCE_MISSION',
    reference: 'DSS/CM/XM/2026 F-7',
    issuedOn: '2026-03-20',
    text: 'Provide VHF radios to all drivers and wardens in the Northern Highlands and hold weekly radio checks.',
    addressees: ['WFP', 'UNHCR'],
    owner: 'Area Security Coordinator, Northern Highlands',
    deadline: '2027-03-31',
    status: 'in_progress',
    country: true,
  },
];

const PLAN_INDICATORS = [
  ['Security risk assessment reviewed for each area', '3 of 3 areas', '3 of 3', true],
  ['Evacuation drills held at common premises', '2 per premises', '1 per premises', false],
  ['Personnel with valid BSITF/ASITF certificates', '95 %', '91 %', false],
  ['SMT meetings held, minutes sent to DSS within 7 days', '6 meetings', null, null],
  ['Warden zones with an appointed warden', 'all zones', null, null],
] as const;

export async function seedDemoGovernance(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const [done] = await db
    .select({ id: budgets.id })
    .from(budgets)
    .where(and(eq(budgets.kind, 'system'), eq(budgets.biennium, '2016-2017')));
  if (done) return;
  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const add = (entity: string, row: { id: string }, countryId: string | null) =>
      audit.push({ action: `${entity}.create`, entity, entityId: row.id, countryId, after: row });
    const orgRows = await tx.select().from(organizations);
    const org = new Map(orgRows.map((o) => [o.code, o.id]));
    const orgId = (code: string) => {
      const id = org.get(code);
      if (!id) throw new Error(`organization ${code} missing from reference data`);
      return id;
    };

    // System-wide jointly financed budgets (2014-2015 illustrative, for the comparison).
    for (const [biennium, total, col, notes] of [
      ['2014-2015', 218_950_000, 1, 'Illustrative figures for comparison.'],
      ['2016-2017', 227_184_500, 2, 'Approved by GA resolution 70/248 (after re-costing).'],
    ] as const) {
      const census = CENSUS.filter((r) => r[col] > 0).map((r) => ({
        organizationId: orgId(r[0]),
        organization: r[0],
        headcount: r[col],
      }));
      const b = await insertBudget(tx, {
        kind: 'system',
        biennium,
        title: `Jointly financed security budget ${biennium}`,
        countryId: null,
        dutyStationId: null,
        totalDollars: total,
        minimumDollars: 75_000,
        headcountSource: 'census',
        notes,
        census,
      });
      add('budget', b, null);
    }

    // Local cost-shared budget of Port Amara, by active personnel in the registry.
    const [amara] = await tx
      .select()
      .from(dutyStations)
      .where(and(eq(dutyStations.countryId, country.id), eq(dutyStations.name, 'Port Amara')));
    if (amara) {
      const staff = await tx
        .select({ organizationId: people.organizationId })
        .from(people)
        .where(
          and(
            eq(people.dutyStationId, amara.id),
            eq(people.kind, 'personnel'),
            eq(people.status, 'active'),
          ),
        );
      const counts = new Map<string, number>();
      for (const p of staff) counts.set(p.organizationId, (counts.get(p.organizationId) ?? 0) + 1);
      const codeOf = new Map(orgRows.map((o) => [o.id, o.code]));
      const census = [...counts].map(([organizationId, headcount]) => ({
        organizationId,
        organization: codeOf.get(organizationId) ?? organizationId,
        headcount,
      }));
      if (census.length > 0) {
        const b = await insertBudget(tx, {
          kind: 'local',
          biennium: '2026-2027',
          title: 'Port Amara local cost-shared security budget',
          countryId: country.id,
          dutyStationId: amara.id,
          totalDollars: 486_000,
          minimumDollars: 0,
          headcountSource: 'registry',
          notes:
            'Security Information Operations Centre, guard force at the common premises, LSA salaries.',
          census,
        });
        add('budget', b, country.id);
      }
    }

    for (const r of RECOMMENDATIONS) {
      const countryId = r.country ? country.id : null;
      const [row] = await tx
        .insert(recommendations)
        .values({
          body: r.body,
          reference: r.reference,
          issuedOn: r.issuedOn,
          text: r.text,
          countryId,
          owner: r.owner,
          deadline: r.deadline,
          status: r.status,
        })
        .returning();
      if (!row) throw new Error('recommendation not created');
      const ids = r.addressees.filter((c) => org.has(c)).map(orgId);
      await tx
        .insert(recommendationAddressees)
        .values(ids.map((organizationId) => ({ recommendationId: row.id, organizationId })));
      await tx.insert(recommendationStatusHistory).values([
        {
          recommendationId: row.id,
          fromStatus: null,
          toStatus: 'open',
          changedBy: 'system',
          changedAt: new Date(`${r.issuedOn}T00:00:00Z`),
        },
        ...(r.status === 'open'
          ? []
          : [
              {
                recommendationId: row.id,
                fromStatus: 'open',
                toStatus: r.status,
                note: 'Status reported by the organizations',
                changedBy: 'system',
              },
            ]),
      ]);
      add('recommendation', row, countryId);
    }

    const smt = ['UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO', 'DSS', 'FAO'].filter((c) => org.has(c));
    for (const m of [
      {
        heldOn: '2026-05-14',
        agenda:
          '1. Review of the security risk assessment for Port Amara\n2. MOSS compliance after the DSS compliance mission\n3. Local cost-shared budget 2026-2027',
        minutes:
          'The SMT endorsed the revised SRA for Port Amara and agreed the local cost-shared budget. The CSA will schedule an evacuation drill at the common premises.',
        sentToDssOn: '2026-05-19',
        attendees: smt,
      },
      {
        heldOn: '2026-08-20',
        agenda:
          '1. Security situation in the Northern Highlands\n2. Radio coverage on the Kessa road\n3. Warden system',
        minutes:
          'The SMT noted the rise in road ambushes near Kessa and requested armoured vehicle escorts for missions north of the river.',
        sentToDssOn: null,
        attendees: smt.filter((c) => c !== 'FAO'),
      },
    ]) {
      const { attendees, ...fields } = m;
      const [row] = await tx
        .insert(smtMeetings)
        .values({ ...fields, countryId: country.id })
        .returning();
      if (!row) throw new Error('meeting not created');
      await tx
        .insert(smtMeetingAttendees)
        .values(attendees.map((c) => ({ meetingId: row.id, organizationId: orgId(c) })));
      add('smt_meeting', row, country.id);
    }

    const [plan] = await tx
      .insert(securityPlans)
      .values({
        countryId: country.id,
        year: 2026,
        title: 'Security management plan 2026 — Meridia',
      })
      .returning();
    if (!plan) throw new Error('plan not created');
    await tx.insert(securityPlanIndicators).values(
      PLAN_INDICATORS.map(([description, target, result, met], position) => ({
        planId: plan.id,
        position,
        description,
        target,
        result,
        met,
      })),
    );
    add('security_plan', plan, country.id);
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}

async function insertBudget(
  tx: Tx,
  b: Omit<typeof budgets.$inferInsert, 'version'> & {
    census: { organizationId: string; organization: string; headcount: number }[];
  },
) {
  const { census, ...fields } = b;
  const rows = apportion({
    totalDollars: b.totalDollars,
    minimum: b.minimumDollars,
    headcounts: census,
  });
  const [budget] = await tx.insert(budgets).values(fields).returning();
  if (!budget) throw new Error('budget not created');
  const [version] = await tx
    .insert(budgetVersions)
    .values({
      budgetId: budget.id,
      version: 1,
      totalDollars: budget.totalDollars,
      minimumDollars: budget.minimumDollars,
      headcountSource: budget.headcountSource,
      reason: 'created',
      createdBy: 'system',
    })
    .returning();
  if (!version) throw new Error('budget version not created');
  await tx.insert(budgetLines).values(
    rows.map((r, i) => ({
      versionId: version.id,
      position: i,
      organizationId: census[i]?.organizationId ?? '',
      headcount: r.headcount,
      sharePercent: r.share_percent,
      minimumApplied: r.minimum_applied,
      amountDollars: r.amount,
    })),
  );
  return budget;
}
