import { eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client.ts';
import { recordAudit, SYSTEM_ACTOR, type AuditEntry } from '../audit/audit.service.ts';
import { hashPassword } from '../auth/password.ts';
import {
  appointments,
  areas,
  countries,
  dutyStations,
  organizations,
  people,
  premises,
  users,
  wardenZones,
} from '../db/schema/index.ts';
import { FAMILY_NAMES, GIVEN_NAMES, random } from './names.ts';
import { seedDemoRisk } from './demo-risk.ts';
import { seedDemoCompliance } from './demo-compliance.ts';
import { seedDemoComplianceChecklists } from './demo-compliance-checklists.ts';
import { seedDemoTraining } from './demo-training.ts';
import { seedDemoIncidents } from './demo-incidents.ts';
import { seedDemoGovernance } from './demo-governance.ts';
import { seedDemoCrisis } from './demo-crisis.ts';
import { seedDemoLocation } from './demo-location.ts';
import { seedDemoSurge } from './demo-surge.ts';
import { seedDemoPreparedness } from './demo-preparedness.ts';
import { seedDemoStructure } from './demo-structure.ts';
import { seedDemoSharing } from './demo-sharing.ts';
import { seedDemoWellbeing } from './demo-wellbeing.ts';

/**
 * A demo phone number. The demo country (XM) is fictional and has no numbering plan, so its people
 * get valid E.164 numbers from the UK ranges Ofcom reserves for drama (020 7946 0xxx, 0113 496 0xxx, 0114 496
 * 0xxx …): numbers that pass validation but belong to no one, so a demo SMS never reaches a real
 * phone even with a real gateway configured.
 */
function demoPhone(range: string, n: number): string {
  return `+44${range.replace(/ /g, '')}${String(n % 1000).padStart(4, '0')}`;
}

/** The fictional country of the demo, with an ISO 3166 user-assigned code so it never clashes. */
export const DEMO_COUNTRY = {
  alpha2: 'XM',
  alpha3: 'XMD',
  numeric: '901',
  nameEn: 'Meridia (demo)',
  nameFr: 'Méridie (démo)',
};
export const DEMO_PASSWORD = 'fieldsafe-demo';

export const DEMO_USERS = [
  { role: 'System administrator', email: 'admin@fieldsafe.test' },
  { role: 'Designated Official', email: 'do@fieldsafe.test' },
  { role: 'Chief Security Adviser', email: 'csa@fieldsafe.test' },
  { role: 'Area Security Coordinator', email: 'asc@fieldsafe.test' },
  { role: 'Warden', email: 'warden@fieldsafe.test' },
  { role: 'Agency representative', email: 'rep@fieldsafe.test' },
  { role: 'Staff member', email: 'staff@fieldsafe.test' },
] as const;

const ORGS = ['UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO', 'DSS', 'FAO'];

type Person = typeof people.$inferInsert;

/**
 * Loads the demo country on an empty database: a capital and two areas outside it, warden
 * zones, premises, seven organizations, about 300 personnel with dependants and visitors,
 * the Framework's appointments (with deliberate gaps the invariant report shows) and one
 * login per role. Returns false when the demo is already there.
 */
export async function seedDemo(db: Db): Promise<boolean> {
  const created = await seedDemoCountry(db);
  // Each capability's demo data is idempotent, so it is added to an existing demo country too.
  await seedDemoRisk(db);
  await seedDemoCompliance(db);
  await seedDemoComplianceChecklists(db);
  await seedDemoTraining(db);
  await seedDemoIncidents(db);
  await seedDemoGovernance(db);
  await seedDemoCrisis(db);
  await seedDemoLocation(db);
  await seedDemoSurge(db);
  await seedDemoPreparedness(db);
  await seedDemoWellbeing(db);
  await seedDemoStructure(db);
  await seedDemoSharing(db);
  return created;
}

async function seedDemoCountry(db: Db): Promise<boolean> {
  const [existing] = await db
    .select()
    .from(countries)
    .where(eq(countries.alpha2, DEMO_COUNTRY.alpha2));
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const audit: AuditEntry[] = [];
    const add = <T extends { id: string }>(entity: string, rows: T[], countryId: string | null) => {
      for (const r of rows)
        audit.push({ action: `${entity}.create`, entity, entityId: r.id, countryId, after: r });
      return rows;
    };
    const [country] = add(
      'country',
      await tx.insert(countries).values(DEMO_COUNTRY).returning(),
      null,
    );
    if (!country) throw new Error('demo country not created');
    const c = country.id;
    const orgRows = await tx.select().from(organizations).where(inArray(organizations.code, ORGS));
    const org = (code: string) => {
      const o = orgRows.find((x) => x.code === code);
      if (!o) throw new Error(`organization ${code} missing from reference data`);
      return o.id;
    };

    const [capital, north, lakes] = add(
      'area',
      await tx
        .insert(areas)
        .values([
          { countryId: c, name: 'Port Amara (capital)', kind: 'capital' },
          { countryId: c, name: 'Northern Highlands', kind: 'outside_capital' },
          { countryId: c, name: 'Eastern Lakes', kind: 'designated_area', isDesignatedArea: true },
        ])
        .returning(),
      c,
    );
    if (!capital || !north || !lakes) throw new Error('areas not created');

    const [amara, kessa, lira] = add(
      'duty_station',
      await tx
        .insert(dutyStations)
        .values([
          {
            countryId: c,
            areaId: capital.id,
            name: 'Port Amara',
            kind: 'field',
            latitude: 4.8156,
            longitude: 7.0498,
          },
          {
            countryId: c,
            areaId: north.id,
            name: 'Kessa',
            kind: 'field',
            latitude: 6.4412,
            longitude: 7.4951,
          },
          {
            countryId: c,
            areaId: lakes.id,
            name: 'Lira Bay',
            kind: 'field',
            latitude: 5.1203,
            longitude: 8.3417,
          },
        ])
        .returning(),
      c,
    );
    if (!amara || !kessa || !lira) throw new Error('duty stations not created');

    const zones = add(
      'warden_zone',
      await tx
        .insert(wardenZones)
        .values([
          {
            countryId: c,
            areaId: capital.id,
            dutyStationId: amara.id,
            name: 'Amara Central',
            description: 'Government quarter and UN House',
          },
          {
            countryId: c,
            areaId: capital.id,
            dutyStationId: amara.id,
            name: 'Harbour',
            description: 'Port district and hotels',
          },
          {
            countryId: c,
            areaId: capital.id,
            dutyStationId: amara.id,
            name: 'Hillside',
            description: 'Residential north of the ring road',
          },
          {
            countryId: c,
            areaId: capital.id,
            dutyStationId: amara.id,
            name: 'Airport Road',
            description: 'From the ring road to the airport',
          },
          {
            countryId: c,
            areaId: north.id,
            dutyStationId: kessa.id,
            name: 'Kessa Town',
            description: null,
          },
          {
            countryId: c,
            areaId: lakes.id,
            dutyStationId: lira.id,
            name: 'Lira Waterfront',
            description: null,
          },
        ])
        .returning(),
      c,
    );

    add(
      'premises',
      await tx
        .insert(premises)
        .values([
          {
            countryId: c,
            areaId: capital.id,
            dutyStationId: amara.id,
            zoneId: zones[0]?.id,
            name: 'UN House',
            kind: 'office',
            shared: true,
            latitude: 4.8161,
            longitude: 7.0512,
            address: '12 Independence Avenue',
          },
          {
            countryId: c,
            areaId: capital.id,
            dutyStationId: amara.id,
            zoneId: zones[1]?.id,
            organizationId: org('WFP'),
            name: 'WFP warehouse',
            kind: 'warehouse',
            latitude: 4.8011,
            longitude: 7.0401,
          },
          {
            countryId: c,
            areaId: north.id,
            dutyStationId: kessa.id,
            zoneId: zones[4]?.id,
            name: 'Kessa common compound',
            kind: 'compound',
            shared: true,
            latitude: 6.4418,
            longitude: 7.4969,
          },
          {
            countryId: c,
            areaId: lakes.id,
            dutyStationId: lira.id,
            zoneId: zones[5]?.id,
            organizationId: org('UNHCR'),
            name: 'UNHCR field office Lira',
            kind: 'office',
            latitude: 5.1211,
            longitude: 8.3402,
          },
        ])
        .returning(),
      c,
    );

    const rnd = random(20261124);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
    const stationOfZone = (z: (typeof zones)[number]) =>
      z.dutyStationId === amara.id ? amara : z.dutyStationId === kessa.id ? kessa : lira;
    const staff: Person[] = [];
    for (let i = 0; i < 300; i++) {
      const code = ORGS[i % ORGS.length] as string;
      const zone = i < 200 ? zones[i % 4] : zones[4 + (i % 2)];
      if (!zone) throw new Error('zone missing');
      const station = stationOfZone(zone);
      const international = rnd() < 0.3;
      const given = pick(GIVEN_NAMES);
      const family = pick(FAMILY_NAMES);
      staff.push({
        kind: 'personnel',
        staffId: `${code}-${String(1000 + i)}`,
        organizationId: org(code),
        category: international ? 'international' : 'local',
        contractType: international ? 'FT' : pick(['FT', 'TA', 'SC']),
        ...demoStaffType(i, international),
        givenName: given,
        familyName: family,
        email: `${mailbox(given)}.${mailbox(family)}.${i}@${code.toLowerCase()}.example`,
        phone: demoPhone('20 7946', i),
        radioCallSign: international ? `${code.slice(0, 2)}${i}` : null,
        gender: rnd() < 0.45 ? 'female' : 'male',
        countryId: c,
        areaId: station.areaId,
        dutyStationId: station.id,
        zoneId: zone.id,
        essential: rnd() < 0.2,
      });
    }
    // The named demo people come first, so they are easy to find.
    const named: Person[] = [
      {
        ...base('UNDP', 'Amina', 'Diallo', 'international'),
        email: 'do@fieldsafe.test',
        managementLevel: 'senior',
        zoneId: zones[0]?.id,
      },
      {
        ...base('DSS', 'Marc', 'Lefèvre', 'international'),
        email: 'csa@fieldsafe.test',
        zoneId: zones[0]?.id,
      },
      {
        ...base('UNHCR', 'Kofi', 'Mensah', 'international'),
        email: 'asc@fieldsafe.test',
        areaId: north.id,
        dutyStationId: kessa.id,
        zoneId: zones[4]?.id,
      },
      {
        ...base('WFP', 'Sara', 'Haile', 'local'),
        staffType: 'general_service',
        managementLevel: 'staff',
        email: 'warden@fieldsafe.test',
        zoneId: zones[1]?.id,
      },
      {
        ...base('UNICEF', 'Elena', 'Petrova', 'international'),
        email: 'rep@fieldsafe.test',
        managementLevel: 'senior',
        zoneId: zones[2]?.id,
      },
      {
        ...base('UNICEF', 'Tomás', 'Ortega', 'local'),
        staffType: 'general_service',
        managementLevel: 'staff',
        email: 'staff@fieldsafe.test',
        zoneId: zones[1]?.id,
      },
    ];
    function base(code: string, givenName: string, familyName: string, category: string): Person {
      return {
        kind: 'personnel',
        staffId: `${code}-DEMO-${givenName.toUpperCase()}`,
        organizationId: org(code),
        category,
        contractType: 'FT',
        staffType:
          category === 'international' ? 'international_professional' : 'national_professional',
        managementLevel: 'middle',
        givenName,
        familyName,
        countryId: c,
        areaId: capital!.id,
        dutyStationId: amara!.id,
        essential: true,
      };
    }
    named.forEach((p, i) => (p.phone = demoPhone('113 496', i + 1)));
    const insertedStaff = add('person', await insertChunks(tx, [...named, ...staff]), c);

    const dependants: Person[] = insertedStaff
      .filter((p) => p.category === 'international')
      .flatMap((p, i) => {
        const spouse: Person = {
          kind: 'dependant',
          organizationId: p.organizationId,
          givenName: pick(GIVEN_NAMES),
          familyName: p.familyName,
          relationship: 'spouse',
          // Some households share one (family) phone: it answers for both by SMS.
          phone: i % 2 === 0 ? p.phone : demoPhone('114 496', i),
          sponsorId: p.id,
          countryId: c,
          areaId: p.areaId,
          dutyStationId: p.dutyStationId,
          zoneId: p.zoneId,
        };
        const children: Person[] = Array.from({ length: i % 3 }, (_, k) => ({
          ...spouse,
          phone: null,
          givenName: pick(GIVEN_NAMES),
          relationship: 'child',
          dateOfBirth: `${2010 + k * 3 + (i % 4)}-0${1 + (k % 9)}-15`,
        }));
        return [spouse, ...children];
      });
    const visitors: Person[] = Array.from({ length: 8 }, (_, i) => ({
      kind: 'visitor',
      organizationId: org(ORGS[i % ORGS.length] as string),
      givenName: pick(GIVEN_NAMES),
      familyName: pick(FAMILY_NAMES),
      countryId: c,
      areaId: capital.id,
      dutyStationId: amara.id,
      zoneId: zones[1]?.id,
      stayUntil: '2026-12-15',
      email: `visitor${i}@mission.example`,
      phone: demoPhone('116 496', i),
    }));
    add('person', await insertChunks(tx, [...dependants, ...visitors]), c);

    const person = (email: string) => {
      const p = insertedStaff.find((x) => x.email === email);
      if (!p) throw new Error(`demo person ${email} missing`);
      return p.id;
    };
    const anyOf = (code: string, n = 0) =>
      insertedStaff.filter((p) => p.organizationId === org(code) && p.category === 'international')[
        n
      ]?.id ?? person('rep@fieldsafe.test');
    const letter = {
      letterReference: 'DSS/XM/2026/',
      letterDate: '2026-01-15',
      startsOn: '2026-01-15',
      // Appointments are for a specified period; the DO's has none, which the report flags.
      endsOn: '2028-01-14',
      termsOfReference:
        'Standard terms of reference under the Framework for Accountability (2009).',
    };
    const appts: (typeof appointments.$inferInsert)[] = [
      {
        ...letter,
        letterReference: 'SG/DO/2026/014',
        role: 'DO',
        personId: person('do@fieldsafe.test'),
        countryId: c,
        appointedBy: 'Secretary-General',
        endsOn: null,
      },
      {
        ...letter,
        letterReference: 'SG/DOAI/2026/015',
        role: 'DO_AI',
        personId: person('rep@fieldsafe.test'),
        countryId: c,
        appointedBy: 'Secretary-General',
      },
      {
        ...letter,
        letterReference: 'USG-DSS/2026/031',
        role: 'CSA',
        personId: person('csa@fieldsafe.test'),
        countryId: c,
        appointedBy: 'USG for Safety and Security',
      },
      {
        ...letter,
        letterReference: 'DO/XM/2026/002',
        role: 'ASC',
        personId: person('asc@fieldsafe.test'),
        countryId: c,
        areaId: north.id,
        appointedBy: 'Designated Official',
      },
      {
        ...letter,
        letterReference: 'DO/XM/2026/007',
        role: 'WARDEN',
        personId: person('warden@fieldsafe.test'),
        countryId: c,
        areaId: capital.id,
        zoneId: zones[1]?.id,
        appointedBy: 'Designated Official',
      },
      {
        ...letter,
        letterReference: 'DO/XM/2026/008',
        role: 'WARDEN',
        personId: anyOf('UNDP', 1),
        countryId: c,
        areaId: capital.id,
        zoneId: zones[0]?.id,
        appointedBy: 'Designated Official',
      },
      // A warden without a letter of appointment, and a zone (Airport Road) with no warden: the invariant report shows both.
      {
        ...letter,
        letterReference: null,
        role: 'WARDEN',
        personId: anyOf('WHO'),
        countryId: c,
        areaId: capital.id,
        zoneId: zones[2]?.id,
        appointedBy: 'Designated Official',
      },
      {
        ...letter,
        letterReference: 'ASC/XM-N/2026/001',
        role: 'WARDEN',
        personId: anyOf('UNHCR', 1),
        countryId: c,
        areaId: north.id,
        zoneId: zones[4]?.id,
        appointedBy: 'Area Security Coordinator',
      },
      {
        ...letter,
        letterReference: 'DO/XM/2026/011',
        role: 'WARDEN',
        personId: anyOf('UNHCR', 2),
        countryId: c,
        areaId: lakes.id,
        zoneId: zones[5]?.id,
        appointedBy: 'Designated Official',
        endsOn: '2026-12-31',
      },
      {
        ...letter,
        letterReference: 'UNICEF/XM/REP',
        role: 'AGENCY_REP',
        personId: person('rep@fieldsafe.test'),
        countryId: c,
        organizationId: org('UNICEF'),
        appointedBy: 'UNICEF Executive Director',
      },
      ...['UNDP', 'UNICEF', 'WFP', 'UNHCR', 'WHO'].map((code, i) => ({
        ...letter,
        letterReference: `DO/XM/SMT/${i + 1}`,
        role: 'SMT_MEMBER',
        personId:
          code === 'UNDP'
            ? person('do@fieldsafe.test')
            : code === 'UNICEF'
              ? person('rep@fieldsafe.test')
              : anyOf(code),
        countryId: c,
        organizationId: org(code),
        appointedBy: 'Designated Official',
      })),
    ];
    add('appointment', await tx.insert(appointments).values(appts).returning(), c);

    const userRows = await tx
      .insert(users)
      .values([
        { email: 'admin@fieldsafe.test', passwordHash, isSystemAdmin: true },
        ...DEMO_USERS.slice(1).map((u) => ({
          email: u.email,
          passwordHash,
          personId: person(u.email),
          locale: u.email.startsWith('rep') ? 'fr' : 'en',
        })),
      ])
      .returning();
    add('user', userRows, null);
    await recordAudit(tx, SYSTEM_ACTOR, audit);
  });
  return true;
}

/** A name as an e-mail local part: lower case, no accents, no spaces ("Da Silva" → "dasilva"). */
function mailbox(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
}

async function insertChunks(tx: Tx, rows: Person[]) {
  const out: (typeof people.$inferSelect)[] = [];
  for (let i = 0; i < rows.length; i += 500)
    out.push(
      ...(await tx
        .insert(people)
        .values(rows.slice(i, i + 500))
        .returning()),
    );
  return out;
}

/**
 * Staff type and management level of the generated demo staff, from their index (not the random
 * stream, so the rest of the demo stays the same): mostly professionals and general service,
 * some national officers, volunteers and consultants; a few senior and more middle managers.
 */
function demoStaffType(
  i: number,
  international: boolean,
): Pick<Person, 'staffType' | 'managementLevel'> {
  if (international) {
    const staffType =
      i % 10 === 3 ? 'un_volunteer' : i % 7 === 2 ? 'consultant' : 'international_professional';
    const managementLevel =
      staffType !== 'international_professional'
        ? 'staff'
        : i % 12 === 0
          ? 'senior'
          : i % 3 === 0
            ? 'middle'
            : 'staff';
    return { staffType, managementLevel };
  }
  const staffType =
    i % 6 === 1
      ? 'national_professional'
      : i % 11 === 4
        ? 'consultant'
        : i % 17 === 5
          ? 'un_volunteer'
          : 'general_service';
  const managementLevel = staffType === 'national_professional' && i % 4 === 1 ? 'middle' : 'staff';
  return { staffType, managementLevel };
}
