import { addDays } from '@fieldsafe/core';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { dutyStations, people, trainingCertificates } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const day = today();
const recent = addDays(day, -100);

interface Row {
  group: string;
  headcount: number;
  [k: string]: unknown;
}

describe('training indicators by staff type and management level', () => {
  let t: TestApp;
  let db: Db;
  let w: World;
  let c: Record<'csa' | 'do' | 'otherCsa' | 'admin', Client>;

  async function classify(id: string, staffType: string, managementLevel: string) {
    await db.update(people).set({ staffType, managementLevel }).where(eq(people.id, id));
  }
  async function certify(personId: string, course: string, issuedOn = recent) {
    await db.insert(trainingCertificates).values({ personId, course, issuedOn });
  }

  beforeAll(async () => {
    t = await testApp();
    db = t.database.db;
    w = await buildWorld(db);
    const other = await buildWorld(db, 'Elsewhere');
    const [hq] = await db
      .insert(dutyStations)
      .values({ countryId: w.country.id, areaId: w.capital.id, name: 'HQ', kind: 'headquarters' })
      .returning();
    const csa = await buildUser(db, w, 'CSA');
    const designated = await buildUser(db, w, 'DO');
    const otherCsa = await buildUser(
      db,
      other,
      'CSA',
      {},
      { station: other.city, zone: other.zone1 },
    );
    const admin = await buildUser(
      db,
      other,
      'admin',
      {},
      { station: other.town, zone: other.zone3 },
    );
    const gs = await buildPerson(db, w, { station: w.town, zone: w.zone3 });
    const office = await buildPerson(db, w, {
      station: { ...hq!, areaId: hq!.areaId },
      zone: null,
    });
    const consultant = await buildPerson(db, w, { station: w.town, zone: w.zone3 });
    c = {
      csa: await signIn(t.app, csa.email),
      do: await signIn(t.app, designated.email),
      otherCsa: await signIn(t.app, otherCsa.email),
      admin: await signIn(t.app, admin.email),
    };

    // The CSA: field, middle management, security personnel, BSITF + ASITF.
    await classify(csa.person.id, 'international_professional', 'middle');
    await certify(csa.person.id, 'BSITF');
    await certify(csa.person.id, 'ASITF');
    // The DO: field, senior, BSITF and DO training but no ASITF.
    await classify(designated.person.id, 'international_professional', 'senior');
    await certify(designated.person.id, 'BSITF');
    await certify(designated.person.id, 'DO_TRAINING');
    // General service at Town, where SSAFE is mandatory: BSITF expired, SSAFE valid.
    await classify(gs.id, 'general_service', 'staff');
    await certify(gs.id, 'BSITF', '2019-01-01');
    await certify(gs.id, 'SSAFE');
    // National officer at headquarters: BSITF only (ASITF not required there).
    await classify(office.id, 'national_professional', 'staff');
    await certify(office.id, 'BSITF');
    // A consultant at Town, exempted from SSAFE: BSITF + ASITF.
    await classify(consultant.id, 'consultant', 'staff');
    await certify(consultant.id, 'BSITF');
    await certify(consultant.id, 'ASITF');
    await classify(otherCsa.person.id, 'international_professional', 'middle');

    const mandate = await c.do.post('/api/training/ssafe-mandates', {
      locationId: w.town.id,
      mandatoryFrom: addDays(day, -30),
      decidedBy: 'DO with the SMT',
      refresherMonths: null,
    });
    expect(mandate.status).toBe(201);
    const listed = await c.do.get(`/api/training/ssafe-mandates?countryId=${w.country.id}`);
    expect(listed.body.abilities.canDecide).toBe(true);
    const byCsa = await c.csa.get(`/api/training/ssafe-mandates?countryId=${w.country.id}`);
    expect(byCsa.body.abilities.canDecide).toBe(false);
    const exemption = await c.do.post('/api/training/ssafe-exemptions', {
      personId: consultant.id,
      locationId: w.town.id,
      reason: 'Short mission, escorted at all times',
      validFrom: null,
      validUntil: addDays(day, 30),
    });
    expect(exemption.status).toBe(201);
  });

  it('counts headcount and valid Basic, Advanced (field only), SSAFE (where mandatory, exemptions out) and DO/SMT training', async () => {
    const res = await c.csa.get(`/api/training/indicators?countryId=${w.country.id}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toMatchObject({
      group: 'all',
      headcount: 5,
      basic: { required: 5, valid: 4, percent: 80 },
      advanced: { required: 4, valid: 2, percent: 50 },
      ssafe: { required: 1, valid: 1, percent: 100 },
      roleTraining: { required: 1, valid: 1, percent: 100 },
    });
  });

  it('splits core training (BSITF, ASITF in the field) from specialized training', async () => {
    const { total } = (await c.csa.get(`/api/training/indicators?countryId=${w.country.id}`)).body;
    expect(total.core).toEqual({ required: 5, valid: 3, percent: 60 });
    expect(total.specialized).toEqual({ required: 2, valid: 2, percent: 100 });
    expect(total.specializedHolders).toBe(2);
  });

  it('groups by staff type, by management level, and security personnel', async () => {
    const { body } = await c.csa.get(`/api/training/indicators?countryId=${w.country.id}`);
    const byType = Object.fromEntries(body.byStaffType.map((r: Row) => [r.group, r]));
    expect(byType.international_professional).toMatchObject({
      headcount: 2,
      advanced: { required: 2, valid: 1, percent: 50 },
    });
    expect(byType.field_service).toMatchObject({ headcount: 0, basic: { percent: null } });
    expect(byType.unspecified).toBeUndefined();
    const byLevel = Object.fromEntries(body.byManagementLevel.map((r: Row) => [r.group, r]));
    expect(byLevel.senior).toMatchObject({ headcount: 1, roleTraining: { percent: 100 } });
    expect(byLevel.staff).toMatchObject({
      headcount: 3,
      basic: { required: 3, valid: 2, percent: 66.7 },
    });
    expect(body.securityPersonnel).toMatchObject({ headcount: 1, core: { percent: 100 } });
  });

  it('is available as CSV, one line per group', async () => {
    const res = await c.csa.get(`/api/training/indicators.csv?countryId=${w.country.id}`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/csv');
    const lines = String(res.body).trim().split('\n');
    expect(lines[0]).toMatch(/^dimension,group,headcount,basic_required/);
    expect(lines.at(-1)).toMatch(/^total,all,5,5,4,80,/);
  });

  it('the SSAFE exemptions of the country are listed with the person and the place', async () => {
    const res = await c.csa.get(`/api/training/ssafe-exemptions?countryId=${w.country.id}`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ locationName: 'Town', validFrom: null });
    expect(
      (await c.otherCsa.get(`/api/training/ssafe-exemptions?countryId=${w.country.id}`)).status,
    ).toBe(404);
  });

  it('a person outside the country cannot see it (404); only headquarters roles ask system-wide', async () => {
    const res = await c.otherCsa.get(`/api/training/indicators?countryId=${w.country.id}`);
    expect(res.status).toBe(404);
    const noCountry = await c.csa.get('/api/training/indicators');
    expect(noCountry.status).toBe(400);
    expect(noCountry.body.details[0].path).toBe('countryId');
    const system = await c.admin.get('/api/training/indicators');
    expect(system.status).toBe(200);
    expect(system.body.total.headcount).toBeGreaterThanOrEqual(7);
  });
});

describe('training indicators count only the certificates valid on the day', () => {
  it('counts a printed expiry over the computed one, a never-expiring course however old, and nothing issued later', async () => {
    const t = await testApp();
    const db = t.database.db;
    const w = await buildWorld(db, 'Oldcerts');
    const csa = await buildUser(db, w, 'CSA');
    const a = await buildPerson(db, w, { station: w.town, zone: w.zone3 });
    const b = await buildPerson(db, w, { station: w.town, zone: w.zone3 });
    const years = (n: number) => addDays(day, -365 * n);
    await db.insert(trainingCertificates).values([
      // Six years old, but its printed expiry is still ahead: valid.
      { personId: a.id, course: 'BSITF', issuedOn: years(6), expiresOn: addDays(day, 10) },
      // Four years old without a printed expiry: expired after three.
      { personId: a.id, course: 'ASITF', issuedOn: years(4) },
      // Women's security awareness never expires.
      { personId: a.id, course: 'WSAT', issuedOn: years(15) },
      // Recent, but its printed expiry has passed; and one issued after the report date.
      {
        personId: b.id,
        course: 'BSITF',
        issuedOn: addDays(day, -100),
        expiresOn: addDays(day, -1),
      },
      { personId: b.id, course: 'ASITF', issuedOn: addDays(day, 5) },
    ]);
    const res = await (
      await signIn(t.app, csa.email)
    ).get(`/api/training/indicators?countryId=${w.country.id}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toMatchObject({
      headcount: 3,
      basic: { required: 3, valid: 1 },
      advanced: { required: 3, valid: 0 },
      specializedHolders: 1,
    });
  });
});
