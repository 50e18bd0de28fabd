import { and, asc, eq } from 'drizzle-orm';
import type { SurgeReason } from '@fieldsafe/core';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import type { Db } from '../db/client.ts';
import {
  areas,
  countries,
  organizations,
  people,
  surgeDeployments,
  surgeRequests,
  surgeRoster,
} from '../db/schema/index.ts';

const GRADES = [
  'P-4 Security Coordination Officer',
  'P-3 Security Officer',
  'FS-6 Field Security Officer',
  'P-3 Security Analyst',
  'P-5 Chief Security Officer',
];
const LANGUAGES = [
  ['en', 'fr'],
  ['en', 'ar'],
  ['fr', 'pt'],
  ['en', 'es'],
  ['en', 'fr', 'sw'],
];

interface DemoRequest {
  reason: SurgeReason;
  area: 'north' | 'lakes' | 'capital' | null;
  requestedBy: string;
  requestedAt: string;
  officersNeeded: number;
  neededFrom: string;
  expectedDays: number;
  status: 'open' | 'partly_staffed' | 'fully_staffed' | 'closed';
  notes: string;
  deployments: {
    officer: number;
    startAt: string;
    endOn: string | null;
    costUsd: number;
    visa?: [string, string];
  }[];
}

/**
 * Surge in the demo country (seed 003 ¶155–163): a roster of five security officers from the
 * organizations present, and requests for different reasons — the humanitarian response in the
 * Eastern Lakes (the most frequent reason, ¶161), clashes in the Northern Highlands, temporary
 * coverage and an abduction — with deployments launched within 24 h or delayed by visas.
 */
export async function seedDemoSurge(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const c = country.id;
  const [done] = await db
    .select({ id: surgeRequests.id })
    .from(surgeRequests)
    .where(eq(surgeRequests.countryId, c))
    .limit(1);
  if (done) return;
  const officers = await db
    .select({
      id: people.id,
      organizationId: people.organizationId,
      countryId: people.countryId,
      code: organizations.code,
    })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(eq(people.countryId, c), eq(people.kind, 'personnel')))
    .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id))
    .limit(40);
  // Prefer DSS officers, then others, so the roster spans organizations.
  officers.sort((a, b) => Number(b.code === 'DSS') - Number(a.code === 'DSS'));
  const picked = officers.slice(0, 5);
  if (picked.length < 5) return;
  const areaRows = await db.select().from(areas).where(eq(areas.countryId, c));
  const areaOf = (key: DemoRequest['area']) =>
    key === null
      ? null
      : (areaRows.find((a) =>
          key === 'north'
            ? a.name.startsWith('Northern')
            : key === 'lakes'
              ? a.name.startsWith('Eastern')
              : a.kind === 'capital',
        )?.id ?? null);

  const requests: DemoRequest[] = [
    {
      reason: 'humanitarian_emergency',
      area: 'lakes',
      requestedBy: 'Chief Security Adviser, Meridia',
      requestedAt: '2026-02-09T07:30:00Z',
      officersNeeded: 2,
      neededFrom: '2026-02-10',
      expectedDays: 90,
      status: 'fully_staffed',
      notes:
        'Cholera outbreak and displacement around Lira Bay; scale-up of humanitarian operations.',
      deployments: [
        { officer: 0, startAt: '2026-02-10T06:00:00Z', endOn: '2026-05-10', costUsd: 41_250 },
        {
          officer: 1,
          startAt: '2026-02-16T14:00:00Z',
          endOn: '2026-04-30',
          costUsd: 33_900,
          visa: ['2026-02-09', '2026-02-15'],
        },
      ],
    },
    {
      reason: 'security_emergency',
      area: 'north',
      requestedBy: 'Designated Official, Meridia',
      requestedAt: '2026-04-03T18:00:00Z',
      officersNeeded: 1,
      neededFrom: '2026-04-04',
      expectedDays: 30,
      status: 'fully_staffed',
      notes: 'Armed clashes near Kessa; security level raised in the Northern Highlands.',
      deployments: [
        { officer: 2, startAt: '2026-04-04T11:00:00Z', endOn: '2026-05-08', costUsd: 15_800 },
      ],
    },
    {
      reason: 'temporary_coverage',
      area: 'capital',
      requestedBy: 'Chief Security Adviser, Meridia',
      requestedAt: '2026-06-01T09:00:00Z',
      officersNeeded: 2,
      neededFrom: '2026-06-15',
      expectedDays: 60,
      status: 'partly_staffed',
      notes: 'Gap coverage while the Deputy Security Adviser post is vacant.',
      deployments: [
        {
          officer: 3,
          startAt: '2026-06-20T08:00:00Z',
          endOn: null,
          costUsd: 12_400,
          visa: ['2026-06-02', '2026-06-18'],
        },
      ],
    },
    {
      reason: 'hostage_abduction',
      area: 'north',
      requestedBy: 'Designated Official, Meridia',
      requestedAt: '2026-08-14T22:15:00Z',
      officersNeeded: 1,
      neededFrom: '2026-08-15',
      expectedDays: 14,
      status: 'closed',
      notes: 'Abduction of two contractors on the Kessa road; crisis management support.',
      deployments: [
        { officer: 4, startAt: '2026-08-15T16:40:00Z', endOn: '2026-08-29', costUsd: 8_950 },
      ],
    },
  ];

  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const roster = await tx
      .insert(surgeRoster)
      .values(
        picked.map((p, i) => ({
          personId: p.id,
          organizationId: p.organizationId,
          countryId: p.countryId,
          gradeRole: GRADES[i] ?? 'Security Officer',
          languages: LANGUAGES[i] ?? ['en'],
          availableFrom: '2026-01-01',
          availableUntil: i === 4 ? '2026-12-31' : null,
          availability: 'available',
        })),
      )
      .returning();
    for (const r of roster)
      audit.push({
        action: 'surge_roster.add',
        entity: 'surge_roster',
        entityId: r.id,
        countryId: r.countryId,
        organizationId: r.organizationId,
        after: r,
      });
    for (const spec of requests) {
      const [req] = await tx
        .insert(surgeRequests)
        .values({
          countryId: c,
          areaId: areaOf(spec.area),
          reason: spec.reason,
          requestedBy: spec.requestedBy,
          requestedAt: new Date(spec.requestedAt),
          officersNeeded: spec.officersNeeded,
          neededFrom: spec.neededFrom,
          expectedDays: spec.expectedDays,
          status: spec.status,
          notes: spec.notes,
        })
        .returning();
      if (!req) throw new Error('demo surge request not created');
      audit.push({
        action: 'surge_request.create',
        entity: 'surge_request',
        entityId: req.id,
        countryId: c,
        after: req,
      });
      for (const d of spec.deployments) {
        const officer = roster[d.officer];
        if (!officer) continue;
        const [row] = await tx
          .insert(surgeDeployments)
          .values({
            requestId: req.id,
            rosterId: officer.id,
            countryId: c,
            organizationId: officer.organizationId,
            startAt: new Date(d.startAt),
            startDate: d.startAt.slice(0, 10),
            endOn: d.endOn,
            costUsd: d.costUsd,
            visaNeeded: d.visa !== undefined,
            visaRequestedOn: d.visa?.[0] ?? null,
            visaObtainedOn: d.visa?.[1] ?? null,
            notes: d.visa ? 'Travelling from outside Meridia: entry visa needed' : null,
          })
          .returning();
        if (!row) throw new Error('demo deployment not created');
        audit.push({
          action: 'surge_deployment.create',
          entity: 'surge_deployment',
          entityId: row.id,
          countryId: c,
          organizationId: row.organizationId,
          after: row,
        });
      }
    }
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
}
