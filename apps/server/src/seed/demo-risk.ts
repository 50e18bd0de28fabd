import {
  flagCauseInEnglish,
  suggestedStrategies,
  type FlagCause,
  type RatingValue,
  type RiskMeasure,
} from '@fieldsafe/core';
import { and, eq } from 'drizzle-orm';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db, Tx } from '../db/client.ts';
import {
  areas,
  countries,
  dutyStations,
  riskAssessments,
  riskGoals,
  riskThreats,
  risks,
  securityLevelDecisions,
  staffCeilings,
  users,
} from '../db/schema/index.ts';

type R = [RatingValue, RatingValue];

interface DemoRisk {
  threat: number;
  exposed: 'personnel' | 'premises' | 'assets' | 'programmes';
  description: string;
  inherent: R;
  residual: R | null;
  /** Free text, or a measure linked to a MOSS measure by its code. */
  measures: (string | RiskMeasure)[];
  /** Indexes of the programme goals the risk threatens. */
  goals?: number[];
  acceptedByDo?: string;
}

const moss = (text: string, mossCode: string): RiskMeasure => ({ text, mossCode });

interface DemoAssessment {
  station: string;
  version: number;
  title: string;
  assessedOn: string;
  reviewDue: string;
  acceptableLevel: string;
  staffCeiling: number | null;
  summary: string;
  goals: { title: string; criticality: string; description?: string; acceptableLevel?: string }[];
  threats: {
    category: string;
    title: string;
    human: boolean;
    mindSet?: string;
    capability?: string;
    context?: string;
  }[];
  risks: DemoRisk[];
}

const AMARA_THREATS: DemoAssessment['threats'] = [
  {
    category: 'crime',
    title: 'Armed robbery and carjacking',
    human: true,
    mindSet: 'Opportunistic criminal gangs targeting vehicles and cash',
    capability: 'Small arms, motorbikes, informants at checkpoints',
    context: 'Rising unemployment in the port districts; robberies after dark',
  },
  {
    category: 'civil_unrest',
    title: 'Demonstrations over fuel prices',
    human: true,
    mindSet: 'Anger at the government; the UN not targeted so far',
    capability: 'Crowds of several thousand, road blocks, stone throwing',
    context: 'Subsidy reform announced; elections due next year',
  },
  {
    category: 'terrorism',
    title: 'Improvised explosive device in a public place',
    human: true,
    mindSet: 'Northern armed group has threatened "foreign institutions"',
    capability: 'Limited in the capital; one foiled attempt last year',
    context: 'High-profile events and hotels frequented by internationals',
  },
  { category: 'hazards', title: 'Seasonal flooding of the waterfront', human: false },
];

const KESSA_THREATS: DemoAssessment['threats'] = [
  {
    category: 'armed_conflict',
    title: 'Clashes between the army and the Highlands Liberation Front',
    human: true,
    mindSet: 'Front regards humanitarian convoys as supplying the army',
    capability: 'Mortars, ambushes on the Kessa–Port Amara road',
    context: 'Offensive announced for the dry season',
  },
  {
    category: 'crime',
    title: 'Abduction for ransom',
    human: true,
    mindSet: 'Criminal networks linked to the Front seek ransom',
    capability: 'Armed groups of 5–10, vehicles, local informants',
    context: 'Two NGO staff abducted in the province in the last six months',
  },
  { category: 'hazards', title: 'Landslides on mountain roads', human: false },
];

const ASSESSMENTS: DemoAssessment[] = [
  {
    station: 'Port Amara',
    version: 1,
    title: 'Port Amara security risk assessment 2025',
    assessedOn: '2025-03-15',
    reviewDue: '2025-09-15',
    acceptableLevel: 'medium',
    staffCeiling: null,
    summary: 'First assessment of the capital after the opening of the joint office.',
    goals: [{ title: 'Country programme coordination', criticality: 'high' }],
    threats: AMARA_THREATS.slice(0, 2),
    risks: [
      {
        threat: 0,
        exposed: 'personnel',
        description: 'Staff robbed or carjacked while driving at night',
        inherent: [4, 4],
        residual: [3, 3],
        measures: ['Curfew for UN vehicles at 22:00'],
      },
      {
        threat: 1,
        exposed: 'premises',
        description: 'Joint office damaged during demonstrations',
        inherent: [3, 3],
        residual: [2, 3],
        measures: ['Shutters and access control at the joint office'],
      },
    ],
  },
  {
    station: 'Port Amara',
    version: 2,
    title: 'Port Amara security risk assessment 2026',
    assessedOn: '2026-01-20',
    reviewDue: '2026-07-20',
    acceptableLevel: 'medium',
    staffCeiling: null,
    summary:
      'Crime remains the main threat in the capital; demonstrations expected around the subsidy reform.',
    goals: [
      {
        title: 'Country programme coordination and government liaison',
        criticality: 'high',
        acceptableLevel: 'medium',
      },
      {
        title: 'Port logistics hub for the Highlands response',
        criticality: 'critical',
        acceptableLevel: 'high',
      },
      { title: 'Routine development projects', criticality: 'medium', acceptableLevel: 'low' },
    ],
    threats: AMARA_THREATS,
    risks: [
      {
        threat: 0,
        exposed: 'personnel',
        description: 'Staff robbed or carjacked while driving at night',
        inherent: [4, 4],
        residual: [3, 3],
        measures: [
          'Curfew for UN vehicles at 22:00',
          moss('VHF radio and tracking in every vehicle', 'TEL-08'),
          moss('Residential security survey of every international staff residence', 'RES-01'),
        ],
        goals: [0, 1],
      },
      {
        threat: 0,
        exposed: 'assets',
        description: 'Cash and vehicles stolen from the logistics yard',
        inherent: [3, 3],
        residual: [2, 2],
        measures: ['Guard force and CCTV at the yard', 'Cashless payments to suppliers'],
        goals: [1],
      },
      {
        threat: 1,
        exposed: 'premises',
        description: 'Joint office damaged during demonstrations',
        inherent: [3, 3],
        residual: [2, 3],
        measures: [moss('Shutters and access control', 'PRE-01'), 'Alternate work modality plan'],
        goals: [0],
      },
      {
        threat: 1,
        exposed: 'personnel',
        description: 'Staff caught in a road block or crowd',
        inherent: [3, 4],
        residual: [2, 4],
        measures: ['SMS alerts through the warden system', 'Movement restrictions on protest days'],
        goals: [0, 2],
      },
      {
        threat: 2,
        exposed: 'personnel',
        description: 'Staff killed or injured by an explosive device at a hotel or event',
        inherent: [2, 5],
        residual: [1, 5],
        // PRE-08 was not adopted for the country: the measure is not in place, the risk flagged.
        measures: ['Approved hotel list', moss('Blast film on office windows', 'PRE-08')],
        goals: [0, 1, 2],
      },
      {
        threat: 3,
        exposed: 'programmes',
        description: 'Port warehouse flooded, relief stock lost',
        inherent: [3, 3],
        residual: null,
        measures: [],
      },
    ],
  },
  {
    station: 'Kessa',
    version: 1,
    title: 'Kessa security risk assessment 2026',
    assessedOn: '2026-02-10',
    reviewDue: '2026-05-10',
    acceptableLevel: 'medium',
    staffCeiling: 120,
    summary:
      'Conflict in the Highlands puts road movements at high risk; the vaccination campaign justifies staying with strict controls.',
    goals: [
      { title: 'Measles vaccination campaign', criticality: 'critical', acceptableLevel: 'high' },
      {
        title: 'Food distribution to displaced people',
        criticality: 'critical',
        acceptableLevel: 'high',
      },
      { title: 'Livelihood projects', criticality: 'low', acceptableLevel: 'low' },
    ],
    threats: KESSA_THREATS,
    risks: [
      {
        threat: 0,
        exposed: 'personnel',
        description: 'Convoy caught in crossfire or ambushed on the Kessa road',
        inherent: [4, 5],
        residual: [3, 4],
        measures: [
          'Armed escort for convoys',
          'Movements by day only, with clearance from the ASC',
          moss('Trauma bags in every vehicle', 'MED-02'),
        ],
        goals: [0, 1, 2],
        acceptedByDo:
          'The vaccination campaign is life-saving; escorted daytime convoys only, reviewed weekly by the SMT.',
      },
      {
        threat: 0,
        exposed: 'premises',
        description: 'Common compound hit by indirect fire',
        inherent: [2, 5],
        residual: [2, 4],
        measures: ['Bunker in the common compound', 'Relocation plan to Port Amara'],
      },
      {
        threat: 1,
        exposed: 'personnel',
        description: 'National or international staff abducted',
        inherent: [3, 5],
        residual: [2, 5],
        measures: ['Low-profile vehicles', 'Check-in calls every two hours in the field'],
      },
      {
        threat: 2,
        exposed: 'assets',
        description: 'Vehicles lost in a landslide',
        inherent: [3, 3],
        residual: [2, 3],
        measures: ['Road assessment before the rainy season'],
      },
    ],
  },
];

/** Security level history of the demo country: area name (null: whole country), level, date. */
const LEVELS: {
  area: string | null;
  level: string;
  effectiveFrom: string;
  reason: string;
  healthOnly?: boolean;
  whoConsultation?: string;
  who?: { with: string; through: string; on: string; reference: string };
}[] = [
  {
    area: null,
    level: '2',
    effectiveFrom: '2024-06-01',
    reason: 'Country-wide baseline after the SRA',
  },
  {
    area: 'Port Amara (capital)',
    level: '3',
    effectiveFrom: '2025-02-01',
    reason: 'Rising crime against international organizations in the capital',
  },
  {
    area: 'Northern Highlands',
    level: '3',
    effectiveFrom: '2025-01-15',
    reason: 'Clashes reported near Kessa',
  },
  {
    area: 'Northern Highlands',
    level: '4',
    effectiveFrom: '2026-03-01',
    reason: 'Dry-season offensive; two ambushes on the Kessa road',
  },
  {
    area: 'Eastern Lakes',
    level: '3',
    effectiveFrom: '2025-11-01',
    reason: 'Cholera outbreak around Lira Bay',
    healthOnly: true,
    whoConsultation: 'Outbreak response plan shared with the WHO Representative',
    who: {
      with: 'Director-General of WHO',
      through: 'USG for Safety and Security',
      on: '2025-10-30',
      reference: 'DSS/OUSG/2025/211',
    },
  },
];

/** A full risk assessment for Port Amara (two versions) and Kessa, and a security level history. */
export async function seedDemoRisk(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const [done] = await db
    .select({ id: riskAssessments.id })
    .from(riskAssessments)
    .where(eq(riskAssessments.countryId, country.id))
    .limit(1);
  if (done) return;
  const c = country.id;
  const stations = await db.select().from(dutyStations).where(eq(dutyStations.countryId, c));
  const areaRows = await db.select().from(areas).where(eq(areas.countryId, c));
  const [doUser] = await db
    .select({ personId: users.personId })
    .from(users)
    .where(and(eq(users.email, 'do@fieldsafe.test')));
  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    let previousId: string | null = null;
    for (const a of ASSESSMENTS) {
      const station = stations.find((s) => s.name === a.station);
      if (!station) throw new Error(`demo duty station ${a.station} missing`);
      const superseded = ASSESSMENTS.some((b) => b.station === a.station && b.version > a.version);
      const id = await insertAssessment(tx, c, station, a, superseded, doUser?.personId ?? null);
      if (previousId && a.version > 1) {
        await tx
          .update(riskAssessments)
          .set({ supersededById: id })
          .where(eq(riskAssessments.id, previousId));
      }
      previousId = superseded ? id : null;
      audit.push({
        action: 'risk_assessment.create',
        entity: 'risk_assessment',
        entityId: id,
        countryId: c,
        after: { title: a.title, version: a.version },
      });
      // The ceiling the DO and SMT decided from the current assessment, kept where travel
      // clearance and the travel admin page read it.
      if (!superseded && a.staffCeiling !== null) {
        const [ceiling] = await tx
          .insert(staffCeilings)
          .values({ locationId: station.id, countryId: c, ceiling: a.staffCeiling })
          .onConflictDoNothing()
          .returning();
        if (ceiling)
          audit.push({
            action: 'travel.ceiling',
            entity: 'staff_ceiling',
            entityId: station.id,
            countryId: c,
            after: { ceiling: ceiling.ceiling, assessmentId: id },
          });
      }
    }
    for (const l of LEVELS) {
      const area = l.area === null ? null : areaRows.find((x) => x.name === l.area);
      if (area === undefined) throw new Error(`demo area ${String(l.area)} missing`);
      const [row] = await tx
        .insert(securityLevelDecisions)
        .values({
          countryId: c,
          areaId: area?.id ?? null,
          scale: 'security_level_1_6',
          level: l.level,
          effectiveFrom: l.effectiveFrom,
          reason: l.reason,
          healthOnly: l.healthOnly ?? false,
          whoConsultation: l.whoConsultation ?? null,
          whoConsultedWith: l.who?.with ?? null,
          whoConsultedThrough: l.who?.through ?? null,
          whoConsultedOn: l.who?.on ?? null,
          whoConsultationReference: l.who?.reference ?? null,
          decidedBy: 'Designated Official, after consulting the SMT and DSS',
        })
        .returning();
      if (!row) throw new Error('security level not created');
      audit.push({
        action: 'security_level.record',
        entity: 'security_level_decision',
        entityId: row.id,
        countryId: c,
        after: row,
      });
    }
    // The Highlands level changed after Kessa was assessed: that assessment awaits review.
    const kessa = stations.find((s) => s.name === 'Kessa');
    if (kessa) {
      const highlandsChange: FlagCause = {
        code: 'securityLevel',
        params: { level: '4', place: 'Northern Highlands', from: '2026-03-01' },
      };
      await tx
        .update(riskAssessments)
        .set({
          flaggedForReview: true,
          flagReason: flagCauseInEnglish(highlandsChange),
          flagCause: highlandsChange,
          flaggedAt: new Date('2026-03-01T08:00:00Z'),
        })
        .where(eq(riskAssessments.dutyStationId, kessa.id));
    }
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}

async function insertAssessment(
  tx: Tx,
  countryId: string,
  station: typeof dutyStations.$inferSelect,
  a: DemoAssessment,
  superseded: boolean,
  doPersonId: string | null,
): Promise<string> {
  const [row] = await tx
    .insert(riskAssessments)
    .values({
      countryId,
      areaId: station.areaId,
      dutyStationId: station.id,
      locationType: 'duty_station',
      locationKey: `duty_station:${station.id}`,
      version: a.version,
      title: a.title,
      summary: a.summary,
      acceptableLevel: a.acceptableLevel,
      assessedOn: a.assessedOn,
      reviewDue: a.reviewDue,
      supersededAt: superseded ? new Date(`${a.reviewDue}T00:00:00Z`) : null,
    })
    .returning();
  if (!row) throw new Error('demo assessment not created');
  const goals = await tx
    .insert(riskGoals)
    .values(a.goals.map((g, position) => ({ assessmentId: row.id, position, ...g })))
    .returning({ id: riskGoals.id, position: riskGoals.position });
  const goalIds = (r: DemoRisk) =>
    (r.goals ?? []).map((i) => goals.find((g) => g.position === i)?.id ?? '');
  const threats = await tx
    .insert(riskThreats)
    .values(a.threats.map((t, position) => ({ assessmentId: row.id, position, ...t })))
    .returning({ id: riskThreats.id, position: riskThreats.position });
  const threatId = (i: number) => threats.find((t) => t.position === i)?.id ?? '';
  await tx.insert(risks).values(
    a.risks.map((r, position) => ({
      assessmentId: row.id,
      threatId: threatId(r.threat),
      position,
      exposed: r.exposed,
      description: r.description,
      inherentLikelihood: r.inherent[0],
      inherentImpact: r.inherent[1],
      strategies: [...suggestedStrategies({ likelihood: r.inherent[0], impact: r.inherent[1] })],
      measures: r.measures.map((m) => (typeof m === 'string' ? { text: m, mossCode: null } : m)),
      goalIds: goalIds(r),
      residualLikelihood: r.residual?.[0] ?? null,
      residualImpact: r.residual?.[1] ?? null,
      ...(r.acceptedByDo && doPersonId
        ? {
            acceptedByPersonId: doPersonId,
            acceptedByName: 'Designated Official',
            acceptedRole: 'DO',
            acceptedLevel: 'high',
            acceptedAt: new Date(`${a.assessedOn}T12:00:00Z`),
            acceptanceRationale: r.acceptedByDo,
          }
        : {}),
    })),
  );
  return row.id;
}
