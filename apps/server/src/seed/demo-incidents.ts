import { INCIDENT_CATEGORIES, incidentCategory } from '@fieldsafe/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { recordAudit, SYSTEM_ACTOR } from '../audit/audit.service.ts';
import {
  countries,
  dutyStations,
  incidentReviews,
  incidents,
  lessons,
  organizations,
  people,
  users,
  vehicles,
  drivers,
  roadSafetyRules,
} from '../db/schema/index.ts';
import { random } from './names.ts';

/** Incidents in the demo country over seven years, with an investigation and road-safety records. */
export async function seedDemoIncidents(db: Db): Promise<void> {
  const [country] = await db.select().from(countries).where(eq(countries.alpha2, 'XM'));
  if (!country) return;
  const [existing] = await db
    .select({ id: incidents.id })
    .from(incidents)
    .where(eq(incidents.countryId, country.id))
    .limit(1);
  if (existing) return;
  const stations = await db
    .select()
    .from(dutyStations)
    .where(eq(dutyStations.countryId, country.id));
  const orgs = await db
    .select()
    .from(organizations)
    .where(inArray(organizations.code, ['UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO']));
  const [csaUser] = await db.select().from(users).where(eq(users.email, 'csa@fieldsafe.test'));
  const rnd = random(5);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const weighted = INCIDENT_CATEGORIES.flatMap((c) =>
    Array.from(
      {
        length:
          c.code === 'ROBBERY' || c.code === 'BURGLARY_RESIDENCE'
            ? 5
            : c.code === 'INTIMIDATION' || c.code === 'ROAD_TRAFFIC'
              ? 3
              : 1,
      },
      () => c.code,
    ),
  );
  const rows: (typeof incidents.$inferInsert)[] = [];
  for (let i = 0; i < 140; i++) {
    const station = pick(stations);
    const category = pick(weighted);
    const year = 2020 + Math.floor(rnd() * 7);
    const month = year === 2026 ? Math.floor(rnd() * 10) : Math.floor(rnd() * 12);
    const violent =
      category === 'FATALITY_VIOLENCE' ||
      category === 'INJURY_VIOLENCE' ||
      category === 'AGGRAVATED_ASSAULT';
    rows.push({
      category,
      nature: incidentCategory(category)?.nature ?? 'security',
      occurredAt: new Date(
        Date.UTC(
          year,
          month,
          1 + Math.floor(rnd() * 27),
          Math.floor(rnd() * 24),
          Math.floor(rnd() * 60),
        ),
      ),
      timeZone: 'Africa/Lagos',
      countryId: country.id,
      areaId: station.areaId,
      dutyStationId: station.id,
      latitude: (station.latitude ?? 5) + (rnd() - 0.5) * 0.2,
      longitude: (station.longitude ?? 7) + (rnd() - 0.5) * 0.2,
      place: `${station.name}`,
      organizationId: pick(orgs).id,
      personnelAffected: 1 + (rnd() < 0.2 ? 1 : 0),
      fatalities: category.startsWith('FATALITY') ? 1 : 0,
      injuries: category.startsWith('INJURY') || violent ? 1 : 0,
      title: `${incidentCategory(category)?.en ?? category} near ${station.name}`,
      narrative:
        'Reported by the staff member concerned; details verified by the security officer.',
      classification: pick(['restricted', 'restricted', 'internal', 'public'] as const),
      status: year < 2026 ? 'closed' : 'verified',
      reportedBy: csaUser?.id ?? null,
      reportedAt: new Date(),
    });
  }
  const kessa = stations.find((s) => s.name === 'Kessa') ?? stations[0];
  if (!kessa) return;
  rows.push({
    category: 'ROAD_TRAFFIC',
    nature: 'safety',
    occurredAt: new Date(Date.UTC(2026, 8, 14, 16, 20)),
    timeZone: 'Africa/Lagos',
    countryId: country.id,
    areaId: kessa.areaId,
    dutyStationId: kessa.id,
    latitude: 6.41,
    longitude: 7.52,
    place: 'Kessa–Port Amara road, km 42',
    organizationId: orgs[0]?.id ?? null,
    personnelAffected: 2,
    fatalities: 1,
    injuries: 1,
    title: 'Vehicle rolled over on the Kessa road',
    narrative:
      'A UN vehicle left the road at speed in heavy rain; the driver died, a passenger was injured.',
    classification: 'restricted',
    status: 'verified',
    reportedBy: csaUser?.id ?? null,
    reportedAt: new Date(),
  });
  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(incidents)
      .values(rows)
      .returning({ id: incidents.id, title: incidents.title });
    const crash = inserted.find((r) => r.title === 'Vehicle rolled over on the Kessa road');
    if (crash) {
      const [review] = await tx
        .insert(incidentReviews)
        .values({
          incidentId: crash.id,
          countryId: country.id,
          kind: 'investigation',
          lead: 'Board of inquiry (chair: Deputy Security Adviser)',
          openedOn: '2026-09-16',
          summary: 'Speed, weather and the state of the vehicle are examined.',
        })
        .returning();
      if (review) {
        await tx.insert(lessons).values([
          {
            reviewId: review.id,
            countryId: country.id,
            recommendation:
              'Speed-limit reporting devices in every field vehicle, with monthly review of alerts',
            owner: 'Fleet manager',
            dueOn: '2026-12-31',
          },
          {
            reviewId: review.id,
            countryId: country.id,
            recommendation: 'No movement on the Kessa road in heavy rain after dark',
            owner: 'CSA',
            dueOn: '2026-10-15',
          },
        ]);
      }
    }
    const orgId = orgs[0]?.id;
    if (orgId) {
      await tx.insert(vehicles).values([
        {
          countryId: country.id,
          organizationId: orgId,
          registration: 'UN-XM-101',
          description: 'Toyota Land Cruiser',
          hasFirstAidKit: true,
          hasSpareTyre: true,
          hasRecoveryGear: true,
          seatBeltsWork: true,
          inspectedOn: '2026-10-01',
        },
        {
          countryId: country.id,
          organizationId: orgId,
          registration: 'UN-XM-117',
          description: 'Nissan Patrol',
          hasFirstAidKit: false,
          hasSpareTyre: true,
          hasRecoveryGear: false,
          seatBeltsWork: true,
          inspectedOn: '2026-06-12',
        },
      ]);
      const driversToAdd = await tx
        .select()
        .from(people)
        .where(
          and(
            eq(people.countryId, country.id),
            eq(people.organizationId, orgId),
            eq(people.kind, 'personnel'),
          ),
        )
        .limit(3);
      if (driversToAdd.length)
        await tx.insert(drivers).values(
          driversToAdd.map((p) => ({
            personId: p.id,
            countryId: country.id,
            organizationId: orgId,
          })),
        );
    }
    // The demo country's penalty rules [003 ¶46–47]: the default zero tolerance for driving under
    // the influence, and a rule the SMT adopted for speeding and reckless driving.
    await tx.insert(roadSafetyRules).values({
      countryId: country.id,
      rules: [
        { kinds: ['driving_under_influence'], count: 1, windowDays: null },
        { kinds: ['speeding', 'reckless_driving'], count: 3, windowDays: 365 },
      ],
      setBy: 'csa@fieldsafe.test',
    });
    await recordAudit(tx, SYSTEM_ACTOR, {
      action: 'demo.incidents',
      entity: 'demo',
      entityId: country.id,
      countryId: country.id,
      after: { incidents: inserted.length },
    });
  });
}
