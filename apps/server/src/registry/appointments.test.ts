import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
  form,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

/** `YYYY-MM-DD` n days from today (UTC, as the server counts). */
function daysFromToday(n: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const paths = (res: { body: { details?: { path: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.path);

describe('appointments API', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let clients: Record<'do' | 'asc' | 'staff' | 'otherStaff' | 'admin', Client>;
  let candidate: string;
  let northCandidate: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const d = await buildUser(db, w, 'DO');
    const asc = await buildUser(
      db,
      w,
      'ASC',
      { areaId: w.north.id },
      { station: w.town, zone: w.zone3 },
    );
    const staff = await buildUser(db, w, 'staff', {}, { zone: w.zone2 });
    const otherStaff = await buildUser(db, other, 'staff', {}, { zone: other.zone1 });
    const admin = await buildUser(db, w, 'admin');
    candidate = (await buildPerson(db, w, { zone: w.zone1 })).id;
    northCandidate = (await buildPerson(db, w, { station: w.town, zone: w.zone3 })).id;
    clients = {
      do: await signIn(t.app, d.email),
      asc: await signIn(t.app, asc.email),
      staff: await signIn(t.app, staff.email),
      otherStaff: await signIn(t.app, otherStaff.email),
      admin: await signIn(t.app, admin.email),
    };
  });

  const warden = (over: Record<string, unknown> = {}) => ({
    role: 'WARDEN',
    personId: candidate,
    zoneId: w.zone1.id,
    startsOn: '2024-01-01',
    termsOfReference: 'Warden duties',
    ...over,
  });

  it('a DO appoints a warden for a zone; it is active, has a letter by reference, and is listed for the country', async () => {
    const res = await clients.do.post(
      '/api/appointments',
      warden({ letterReference: 'DO/2024/17' }),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      role: 'WARDEN',
      personId: candidate,
      zoneId: w.zone1.id,
      areaId: w.capital.id,
      countryId: w.country.id,
      status: 'active',
      hasLetter: true,
      letterReference: 'DO/2024/17',
      abilities: { canEdit: true },
    });
    const list = await clients.do.get(`/api/appointments?countryId=${w.country.id}`);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(res.body.id);

    const noLetter = await clients.do.post('/api/appointments', warden({ zoneId: w.zone2.id }));
    expect(noLetter.status).toBe(201);
    expect(noLetter.body.hasLetter).toBe(false);
  });

  it('an ASC appoints a warden in their area, but not in another area: 403', async () => {
    const ok = await clients.asc.post(
      '/api/appointments',
      warden({ personId: northCandidate, zoneId: w.zone3.id, letterReference: 'ASC/1' }),
    );
    expect(ok.status).toBe(201);
    expect(ok.body.areaId).toBe(w.north.id);
    const elsewhere = await clients.asc.post('/api/appointments', warden({ zoneId: w.zone1.id }));
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.body.error).toBe('forbidden');
  });

  it('[002 Annex B ¶27] a CSA may not appoint a warden: 403 naming the DO and the ASC', async () => {
    const csa = await buildUser(t.database.db, w, 'CSA');
    const client = await signIn(t.app, csa.email);
    const res = await client.post('/api/appointments', warden({ zoneId: w.zone2.id }));
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('Area Security Coordinator');
    expect(res.body.message).not.toContain('Chief Security Adviser');
  });

  it('[002 Annex B ¶12, ¶14] an Executive Head records their representative in a country; the DO may not', async () => {
    const db = t.database.db;
    const head = await buildUser(db, w, 'EXECUTIVE_HEAD', {
      organizationId: w.orgA.id,
      countryId: null,
    });
    const client = await signIn(t.app, head.email);
    const rep = {
      role: 'AGENCY_REP',
      personId: candidate,
      countryId: w.country.id,
      organizationId: w.orgA.id,
      startsOn: '2024-01-01',
    };
    expect((await clients.do.post('/api/appointments', rep)).status).toBe(403);
    const ok = await client.post('/api/appointments', rep);
    expect(ok.status).toBe(201);
    const otherOrg = await client.post('/api/appointments', {
      ...rep,
      organizationId: w.orgB.id,
    });
    expect(otherOrg.status).toBe(403);
  });

  it('an ASC may not appoint a DO: 403', async () => {
    const res = await clients.asc.post('/api/appointments', {
      role: 'DO',
      personId: northCandidate,
      countryId: w.country.id,
      startsOn: '2024-01-01',
    });
    expect(res.status).toBe(403);
  });

  it('a warden without zoneId is a 400 naming zoneId', async () => {
    const res = await clients.do.post(
      '/api/appointments',
      warden({ zoneId: null, countryId: w.country.id }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('validation_error');
    expect(paths(res)).toContain('zoneId');
  });

  it('endsOn before startsOn is a 400 naming endsOn', async () => {
    const res = await clients.do.post(
      '/api/appointments',
      warden({ startsOn: '2024-05-01', endsOn: '2024-04-30' }),
    );
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(['endsOn']);
  });

  it('an unknown personId is a 400 naming personId', async () => {
    const res = await clients.do.post(
      '/api/appointments',
      warden({ personId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(['personId']);
  });

  it('an appointment outside the reader’s scope is 404 for a staff member of another country', async () => {
    const created = await clients.do.post(
      '/api/appointments',
      warden({ letterReference: 'DO/2024/18' }),
    );
    expect(created.status).toBe(201);
    expect((await clients.otherStaff.get(`/api/appointments/${created.body.id}`)).status).toBe(404);
    const mine = await clients.do.get(`/api/appointments/${created.body.id}`);
    expect(mine.status).toBe(200);
    expect(mine.body.id).toBe(created.body.id);
    const list = await clients.otherStaff.get(`/api/appointments?countryId=${w.country.id}`);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });

  it('PATCH with an end date in the past ends the appointment', async () => {
    const created = await clients.do.post(
      '/api/appointments',
      warden({ zoneId: w.zone2.id, letterReference: 'DO/2024/19' }),
    );
    expect(created.status).toBe(201);
    const yesterday = daysFromToday(-1);
    const ended = await clients.do.patch(`/api/appointments/${created.body.id}`, {
      endsOn: yesterday,
    });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ id: created.body.id, endsOn: yesterday, status: 'ended' });
    // Fields left out of the PATCH keep their values.
    expect(ended.body.letterReference).toBe('DO/2024/19');
    expect(ended.body.hasLetter).toBe(true);
    const active = await clients.do.get(`/api/appointments?countryId=${w.country.id}`);
    expect(active.body.items.map((a: { id: string }) => a.id)).not.toContain(created.body.id);
    const endedList = await clients.do.get(
      `/api/appointments?countryId=${w.country.id}&status=ended`,
    );
    expect(endedList.body.items.map((a: { id: string }) => a.id)).toContain(created.body.id);
  });

  it('a letter of appointment is uploaded as a document, used as letterDocumentId, and downloaded as bytes', async () => {
    const text = 'Letter of appointment: you are the warden of Zone 1.';
    const upload = await clients.do.post(
      '/api/documents',
      ...(await form(
        { countryId: w.country.id },
        { filename: 'letter.txt', type: 'text/plain', content: text },
      )),
    );
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({
      filename: 'letter.txt',
      mediaType: 'text/plain',
      size: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
    });
    expect(upload.body.content).toBeUndefined();

    const appointed = await clients.do.post(
      '/api/appointments',
      warden({ letterDocumentId: upload.body.id }),
    );
    expect(appointed.status).toBe(201);
    expect(appointed.body).toMatchObject({
      letterDocumentId: upload.body.id,
      letterReference: null,
      hasLetter: true,
    });

    const download = await clients.do.get(`/api/documents/${upload.body.id}`);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toMatch(/^text\/plain/);
    expect(download.body).toBe(text);
    expect((await clients.otherStaff.get(`/api/documents/${upload.body.id}`)).status).toBe(404);
  });

  it('an unknown letterDocumentId is a 400 naming it', async () => {
    const res = await clients.do.post(
      '/api/appointments',
      warden({ letterDocumentId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(res.status).toBe(400);
    expect(paths(res)).toEqual(['letterDocumentId']);
  });

  it('an upload is a multipart form with one file of a known type, 5 MB at most; bad input is a 4xx naming the field', async () => {
    const upload = async (
      fields: Record<string, string>,
      file?: { filename: string; type: string; content: string | Uint8Array },
    ) => clients.do.post('/api/documents', ...(await form(fields, file)));
    const text = { filename: 'x.txt', type: 'text/plain', content: 'x' };
    const cases: [string, Awaited<ReturnType<typeof upload>>, string][] = [
      ['no file', await upload({ countryId: w.country.id }), 'file'],
      ['a type not allowed', await upload({}, { ...text, type: 'text/html' }), 'file'],
      ['an empty file', await upload({}, { ...text, content: '' }), 'file'],
      [
        'over 5 MB',
        await upload({}, { ...text, content: new Uint8Array(5 * 1024 * 1024 + 1) }),
        'file',
      ],
      ['a bad country id', await upload({ countryId: 'nope' }, text), 'countryId'],
      ['an unknown field', await upload({ zz: '1' }, text), 'zz'],
      ['a NUL in the filename', await upload({}, { ...text, filename: 'a\u0000.txt' }), 'file'],
    ];
    for (const [label, res, field] of cases) {
      expect([label, res.status, res.body.error, paths(res)]).toEqual([
        label,
        400,
        'validation_error',
        [field],
      ]);
    }
    // The JSON form with base64 content is gone: one way to upload.
    const json = await clients.do.post('/api/documents', {
      filename: 'x.txt',
      mediaType: 'text/plain',
      contentBase64: 'eA==',
    });
    expect(json.status).toBe(415);
    // A PDF is kept byte for byte.
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x0a]);
    const ok = await upload(
      { countryId: w.country.id },
      { filename: 'scan.pdf', type: 'application/pdf', content: pdf },
    );
    expect([ok.status, ok.body.size, ok.body.mediaType]).toEqual([201, 8, 'application/pdf']);
    expect(ok.body.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
  });

  it('every change is audited: a system administrator finds the appointment in the trail; others get 403', async () => {
    const created = await clients.do.post(
      '/api/appointments',
      warden({ zoneId: w.zone2.id, letterReference: 'DO/2024/20' }),
    );
    expect(created.status).toBe(201);
    const trail = await clients.admin.get('/api/audit?entity=appointment');
    expect(trail.status).toBe(200);
    const entry = trail.body.items.find(
      (r: { entityId: string }) => r.entityId === created.body.id,
    );
    expect(entry).toMatchObject({
      action: 'appointment.create',
      entity: 'appointment',
      countryId: w.country.id,
    });
    for (const c of [clients.do, clients.asc, clients.staff]) {
      expect((await c.get('/api/audit?entity=appointment')).status).toBe(403);
    }
  });
});
