import { addDays } from '@fieldsafe/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
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

describe('training records', () => {
  let t: TestApp;
  let db: Db;
  let w: World;
  let other: World;
  let c: Record<'csa' | 'rep' | 'staff' | 'otherCsa' | 'warden', Client>;
  let staffPersonId: string;
  let colleague: { id: string; staffId: string | null };
  let orgBPerson: { id: string; staffId: string | null };

  beforeAll(async () => {
    t = await testApp();
    db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const csa = await buildUser(db, w, 'CSA');
    const rep = await buildUser(db, w, 'AGENCY_REP', { organizationId: w.orgB.id });
    const staff = await buildUser(db, w, 'staff');
    const warden = await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id });
    const otherCsa = await buildUser(
      db,
      other,
      'CSA',
      {},
      { station: other.city, zone: other.zone1 },
    );
    staffPersonId = staff.person.id;
    colleague = await buildPerson(db, w);
    orgBPerson = await buildPerson(db, w, { org: w.orgB });
    c = {
      csa: await signIn(t.app, csa.email),
      rep: await signIn(t.app, rep.email),
      staff: await signIn(t.app, staff.email),
      warden: await signIn(t.app, warden.email),
      otherCsa: await signIn(t.app, otherCsa.email),
    };
  });

  it('the catalogue lists the core courses with their validity', async () => {
    const res = await c.staff.get('/api/training/courses');
    const basic = res.body.items.find((x: { code: string }) => x.code === 'BSITF');
    expect(basic).toMatchObject({ validityMonths: 36, core: true });
    expect(res.body.items.map((x: { code: string }) => x.code)).toEqual(
      expect.arrayContaining(['ASITF', 'SSAFE', 'DO_TRAINING', 'SMT_TRAINING', 'WSAT']),
    );
  });

  it('a CSA records a certificate; its expiry is three years after issue', async () => {
    const res = await c.csa.post('/api/training/certificates', {
      personId: staffPersonId,
      course: 'BSITF',
      issuedOn: '2024-05-10',
    });
    expect(res.status).toBe(201);
    expect(res.body.validUntil).toBe('2027-05-10');
    const mine = await c.staff.get(`/api/training/people/${staffPersonId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.certificates).toHaveLength(1);
    expect(mine.body.abilities.canEdit).toBe(false);
  });

  it('a certificate with a malformed date is rejected naming the field', async () => {
    const res = await c.csa.post('/api/training/certificates', {
      personId: staffPersonId,
      course: 'BSITF',
      issuedOn: '2024-13-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('issuedOn');
  });

  it('a staff member may not record training (403); another country cannot see the records (404)', async () => {
    const res = await c.staff.post('/api/training/certificates', {
      personId: staffPersonId,
      course: 'ASITF',
      issuedOn: '2024-05-10',
    });
    expect(res.status).toBe(403);
    expect((await c.otherCsa.get(`/api/training/people/${staffPersonId}`)).status).toBe(404);
    const report = await c.otherCsa.get(`/api/training/report?countryId=${w.country.id}`);
    // A country outside the reader's scope is 404 (as the README says), so no rows either.
    expect(report.status).toBe(404);
    expect(report.body.rows ?? []).toEqual([]);
  });

  it('a representative manages training of their organization only', async () => {
    const ok = await c.rep.post('/api/training/certificates', {
      personId: orgBPerson.id,
      course: 'BSITF',
      issuedOn: '2024-01-10',
    });
    expect(ok.status).toBe(201);
    const no = await c.rep.post('/api/training/certificates', {
      personId: colleague.id,
      course: 'BSITF',
      issuedOn: '2024-01-10',
    });
    expect(no.status).toBe(404);
  });

  it('the import previews, reports errors with line and field, writes all or nothing, and is idempotent', async () => {
    const orgA = w.orgA.code;
    const good = [
      'staff_id,organization,course,issued_on,expires_on',
      `${colleague.staffId},${orgA},BSITF,2025-02-01,`,
      `${colleague.staffId},${orgA},ASITF,${addDays(day, -1050)},`,
    ].join('\n');
    const url = `/api/training/certificates/import?countryId=${w.country.id}`;
    const preview = await c.csa.post(`${url}&dryRun=true`, good, { 'content-type': 'text/csv' });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ dryRun: true, created: 2, errors: [] });
    const bad = `${good}\nNOPE,${orgA},BSITF,2023-02-01,\n${colleague.staffId},${orgA},XYZ,2023-02-01,`;
    const failed = await c.csa.post(url, bad, { 'content-type': 'text/csv' });
    expect(failed.status).toBe(400);
    expect(failed.body.details.map((d: { path: string }) => d.path)).toEqual([
      'line 4.staff_id',
      'line 5.course',
    ]);
    expect((await c.csa.get(`/api/training/people/${colleague.id}`)).body.certificates).toEqual([]);
    const first = await c.csa.post(url, good, { 'content-type': 'text/csv' });
    expect(first.body).toMatchObject({ created: 2, unchanged: 0 });
    const second = await c.csa.post(url, good, { 'content-type': 'text/csv' });
    expect(second.body).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('the report counts trained personnel by organization and lists certificates expiring within 90 days', async () => {
    const res = await c.csa.get(`/api/training/report?countryId=${w.country.id}`);
    expect(res.status).toBe(200);
    const rowA = res.body.rows.find(
      (r: { organizationId: string }) => r.organizationId === w.orgA.id,
    );
    expect(rowA.courses.BSITF.trained).toBeGreaterThanOrEqual(2);
    expect(
      res.body.expiring.map((e: { personId: string; course: string }) => [e.personId, e.course]),
    ).toContainEqual([colleague.id, 'ASITF']);
  });

  it('an arrival briefing is acknowledged in writing by the person, and only by them', async () => {
    const res = await c.csa.post('/api/training/briefings', {
      personId: staffPersonId,
      dutyStationId: w.city.id,
      briefedOn: day,
    });
    expect(res.status).toBe(201);
    expect((await c.warden.post(`/api/training/briefings/${res.body.id}/acknowledge`)).status).toBe(
      404,
    );
    const ack = await c.staff.post(`/api/training/briefings/${res.body.id}/acknowledge`);
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).toBeTruthy();
  });

  it('only the DO makes SSAFE mandatory (403 for a CSA)', async () => {
    const res = await c.csa.post('/api/training/ssafe-mandates', {
      locationId: w.town.id,
      mandatoryFrom: day,
      decidedBy: 'SMT',
    });
    expect(res.status).toBe(403);
  });

  it('the OpenAPI document describes the training, travel and notification routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths as Record<string, unknown>);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/training/certificates/import',
        '/api/travel/requests/{id}/decision',
        '/api/notifications',
      ]),
    );
  });
});
