import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import {
  buildUser,
  buildWorld,
  form,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../db/client.ts';
import { TABLE1, TABLE1_TOTALS, TABLE1_YEARS } from './table1.fixture.ts';
import { compactIncidentStats } from './stats-compactor.ts';

describe('incidents', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'do' | 'csa' | 'staff' | 'outsider' | 'warden', Client>;
  let doPersonId: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Faraway');
    const d = await buildUser(db, w, 'DO');
    doPersonId = d.person.id;
    c = {
      do: await signIn(t.app, d.email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
      warden: await signIn(t.app, (await buildUser(db, w, 'WARDEN', { zoneId: w.zone1.id })).email),
      outsider: await signIn(
        t.app,
        (await buildUser(db, other, 'staff', {}, { station: other.city, zone: other.zone1 })).email,
      ),
    };
  });

  const report = (client: Client, extra: Record<string, unknown> = {}) =>
    client.post('/api/incidents', {
      category: 'ROBBERY',
      occurredAt: '2026-11-20T18:30:00+01:00',
      timeZone: 'Africa/Lagos',
      countryId: w.country.id,
      areaId: w.capital.id,
      latitude: 4.81,
      longitude: 7.05,
      personnelAffected: 1,
      title: 'Vehicle robbed at checkpoint',
      narrative: 'Two armed men stopped the vehicle.',
      organizationId: w.orgA.id,
      ...extra,
    });

  it('a staff member reports an incident; the DO hears of it at once', async () => {
    const res = await report(c.staff);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'reported', nature: 'security', version: 1 });
    const list = await c.do.get('/api/incidents');
    expect(list.body.items.map((i: { id: string }) => i.id)).toContain(res.body.id);
    const rows = await t.database.db.query.notifications.findMany();
    expect(
      rows.some((n) => n.personId === doPersonId && n.cause === `incident:${res.body.id}`),
    ).toBe(true);
  });

  it('a report for a country that does not exist is refused naming countryId, and nothing is kept', async () => {
    const before = (await t.database.db.query.incidents.findMany()).length;
    const res = await report(c.staff, {
      countryId: '00000000-0000-4000-8000-000000000000',
      areaId: undefined,
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.details)).toContain('countryId');
    expect((await t.database.db.query.incidents.findMany()).length).toBe(before);
  });

  it('reports sent together are each recorded and told to the DO, and one for an unknown country fails alone naming countryId', async () => {
    // Same shape (no area): on PostgreSQL they go to the database together (group commit).
    const unknown = '00000000-0000-4000-8000-000000000000';
    const sent = await Promise.all(
      [w.country.id, w.country.id, w.country.id, unknown, w.country.id, w.country.id].map(
        (countryId, i) => report(c.staff, { countryId, areaId: undefined, title: `Together ${i}` }),
      ),
    );
    expect(sent.map((r) => r.status)).toEqual([201, 201, 201, 400, 201, 201]);
    expect(JSON.stringify(sent[3]!.body.details)).toContain('countryId');
    const kept = await t.database.db.query.incidents.findMany();
    const together = kept.filter((i) => i.title.startsWith('Together ')).map((i) => i.title);
    expect(together.sort()).toEqual([
      'Together 0',
      'Together 1',
      'Together 2',
      'Together 4',
      'Together 5',
    ]);
    const told = await t.database.db.query.notifications.findMany();
    for (const r of sent.filter((r) => r.status === 201))
      expect(
        told.some((n) => n.personId === doPersonId && n.cause === `incident:${r.body.id}`),
      ).toBe(true);
  });

  it('the notification reads in each recipient’s own language, not the reporter’s', async () => {
    // The DO reads Arabic, the CSA (no profile change) English.
    expect((await c.do.put('/api/auth/me/locale', { locale: 'ar' })).status).toBe(200);
    const res = await report(c.staff, { title: 'Checkpoint robbery (language test)' });
    expect(res.status).toBe(201);
    const rows = await t.database.db.query.notifications.findMany();
    const mine = rows.filter((n) => n.cause === `incident:${res.body.id}`);
    expect(mine.find((n) => n.personId === doPersonId)?.title).toBe('أُبلغ عن حادثة: سطو');
    expect(mine.filter((n) => n.personId !== doPersonId).map((n) => n.title)).toContain(
      'Incident reported: Robbery',
    );
    expect((await c.do.put('/api/auth/me/locale', { locale: 'en' })).status).toBe(200);
    expect((await c.do.put('/api/auth/me/locale', { locale: 'de' })).status).toBe(400);
  });

  it('an offline report sent twice with the same clientRef is kept once', async () => {
    const first = await report(c.staff, { clientRef: 'device-1-report-42' });
    const again = await report(c.staff, { clientRef: 'device-1-report-42' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('bad input is a 400 naming each field', async () => {
    const res = await report(c.staff, {
      category: 'ALIENS',
      occurredAt: 'yesterday',
      latitude: 95,
    });
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'category',
      'latitude',
      'occurredAt',
    ]);
    const future = await report(c.staff, { occurredAt: '2099-01-01T00:00:00Z' });
    expect(future.body.details).toEqual([{ path: 'occurredAt', message: 'is in the future' }]);
  });

  it('visibility follows scope and classification', async () => {
    const restricted = (
      await report(c.csa, { classification: 'restricted', title: 'Restricted one' })
    ).body.id;
    const internal = (await report(c.csa, { classification: 'internal', title: 'Internal one' }))
      .body.id;
    const pub = (await report(c.csa, { classification: 'public', title: 'Public one' })).body.id;
    const confidential = (
      await report(c.csa, { classification: 'confidential', title: 'Confidential one' })
    ).body.id;
    const seen = async (client: Client) =>
      ((await client.get('/api/incidents?pageSize=200')).body.items as { id: string }[]).map(
        (i) => i.id,
      );
    const staff = await seen(c.staff);
    expect(staff).toEqual(expect.arrayContaining([internal, pub]));
    expect(staff).not.toContain(restricted);
    const outsider = await seen(c.outsider);
    expect(outsider).toContain(pub);
    expect(outsider).not.toContain(internal);
    const dO = await seen(c.do);
    expect(dO).toEqual(expect.arrayContaining([restricted, internal, pub, confidential]));
    expect((await c.outsider.get(`/api/incidents/${restricted}`)).status).toBe(404);
    expect((await c.warden.get(`/api/incidents/${confidential}`)).status).toBe(404);
  });

  it('a correction keeps the earlier version with its reason', async () => {
    const created = (await report(c.staff)).body;
    const fixed = await c.staff.patch(`/api/incidents/${created.id}`, {
      personnelAffected: 2,
      reason: 'A second colleague was in the car',
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({ personnelAffected: 2, version: 2, title: created.title });
    const detail = await c.do.get(`/api/incidents/${created.id}`);
    expect(detail.body.revisions).toHaveLength(1);
    expect(detail.body.revisions[0]).toMatchObject({
      version: 1,
      reason: 'A second colleague was in the car',
    });
    expect(detail.body.revisions[0].snapshot.personnelAffected).toBe(1);
    const noReason = await c.staff.patch(`/api/incidents/${created.id}`, { personnelAffected: 3 });
    expect(noReason.status).toBe(400);
    expect(noReason.body.details[0].path).toBe('reason');
  });

  it('an attachment is read by exactly those who may read its incident', async () => {
    const id = (await report(c.csa, { classification: 'restricted' })).body.id;
    const file = await form(
      {},
      { filename: 'police-report.txt', type: 'text/plain', content: 'Case 2026/118' },
    );
    const added = await c.csa.post(`/api/incidents/${id}/attachments`, ...file);
    expect(added.status).toBe(201);
    expect(
      (await c.do.get(`/api/incidents/${id}`)).body.attachments.map((a: { id: string }) => a.id),
    ).toEqual([added.body.id]);
    const download = await c.do.get(`/api/documents/${added.body.id}`);
    expect(download.status).toBe(200);
    expect(String(download.body)).toBe('Case 2026/118');
    // A colleague in the same country cannot read a restricted incident, nor its attachment.
    expect((await c.staff.get(`/api/documents/${added.body.id}`)).status).toBe(404);
    expect((await c.outsider.get(`/api/documents/${added.body.id}`)).status).toBe(404);
    expect((await c.staff.post(`/api/incidents/${id}/attachments`, ...file)).status).toBe(404);
  });

  it('a document without a country is read by its uploader only', async () => {
    const doc = await c.staff.post(
      '/api/documents',
      ...(await form({}, { filename: 'note.txt', type: 'text/plain', content: 'x' })),
    );
    expect(doc.status).toBe(201);
    expect((await c.staff.get(`/api/documents/${doc.body.id}`)).status).toBe(200);
    expect((await c.do.get(`/api/documents/${doc.body.id}`)).status).toBe(404);
  });

  it('only security officials verify; a staff member gets 403; closed is final', async () => {
    const id = (await report(c.staff)).body.id;
    expect((await c.staff.post(`/api/incidents/${id}/status`, { status: 'verified' })).status).toBe(
      403,
    );
    expect(
      (await c.csa.post(`/api/incidents/${id}/status`, { status: 'verified' })).body.status,
    ).toBe('verified');
    expect(
      (await c.csa.post(`/api/incidents/${id}/status`, { status: 'closed' })).body.status,
    ).toBe('closed');
    const back = await c.csa.post(`/api/incidents/${id}/status`, { status: 'reported' });
    expect(back.status).toBe(400);
  });

  it('a draft is seen by its reporter only, until submitted', async () => {
    const draft = (await report(c.staff, { submit: false, classification: 'public' })).body;
    expect(draft.status).toBe('draft');
    expect((await c.do.get(`/api/incidents/${draft.id}`)).status).toBe(404);
    await c.staff.post(`/api/incidents/${draft.id}/status`, { status: 'reported' });
    expect((await c.do.get(`/api/incidents/${draft.id}`)).status).toBe(200);
  });

  it('importing seed 003 Table 1 reproduces its cells, and each column total is the sum of its cells', async () => {
    const lines = ['category,occurred_at,country,personnel_affected,title'];
    for (const [category, counts] of Object.entries(TABLE1)) {
      counts.forEach((n, i) => {
        // Split each cell over two incidents so the table must add them up.
        const half = Math.floor(n / 2);
        const year = TABLE1_YEARS[i];
        lines.push(
          `${category},${year}-03-15,${other.country.alpha2},${half},Table 1 ${category} ${year} a`,
        );
        lines.push(
          `${category},${year}-05-20T10:00:00Z,${other.country.alpha2},${n - half},Table 1 ${category} ${year} b`,
        );
      });
    }
    const admin = await signIn(
      t.app,
      (
        await buildUser(
          t.database.db,
          other,
          'admin',
          {},
          { station: other.city, zone: other.zone1 },
        )
      ).email,
    );
    const imported = await admin.post('/api/incidents/import', lines.join('\n'), {
      'content-type': 'text/csv',
    });
    expect(imported.status).toBe(200);
    expect(imported.body.imported).toBe(lines.length - 1);
    const stats = await admin.get(
      `/api/incidents/statistics?countryId=${other.country.id}&fromYear=2010&toYear=2016`,
    );
    expect(stats.status).toBe(200);
    for (const [category, counts] of Object.entries(TABLE1)) {
      counts.forEach((n, i) => expect(stats.body.cells[category][String(TABLE1_YEARS[i])]).toBe(n));
    }
    TABLE1_YEARS.forEach((year, i) => {
      const cellSum = Object.keys(TABLE1).reduce(
        (s, cat) => s + stats.body.cells[cat][String(year)],
        0,
      );
      const fixtureSum = Object.values(TABLE1).reduce((s, counts) => s + (counts[i] ?? 0), 0);
      expect(stats.body.columnTotals[String(year)]).toBe(cellSum);
      expect(stats.body.columnTotals[String(year)]).toBe(fixtureSum);
    });
    // The report's printed totals for 2011–2013 are one more than the sum of their cells.
    expect(
      TABLE1_YEARS.filter(
        (_, i) => TABLE1_TOTALS[i] !== stats.body.columnTotals[String(TABLE1_YEARS[i])],
      ),
    ).toEqual([2011, 2012, 2013]);
  });

  it('statistics follow corrections and count only what the reader may see', async () => {
    const y = 2025;
    const stat = async (client: Client, category: string) =>
      (
        await client.get(
          `/api/incidents/statistics?countryId=${w.country.id}&fromYear=${y}&toYear=${y}`,
        )
      ).body.cells?.[category]?.[String(y)] ?? 0;
    const before = await stat(c.do, 'ABDUCTION');
    const created = (
      await report(c.csa, {
        category: 'HARASSMENT',
        occurredAt: `${y}-06-01T10:00:00Z`,
        personnelAffected: 3,
        classification: 'restricted',
      })
    ).body;
    await c.csa.patch(`/api/incidents/${created.id}`, {
      category: 'ABDUCTION',
      reason: 'Re-categorised after verification',
    });
    expect(await stat(c.do, 'ABDUCTION')).toBe(before + 3);
    expect(await stat(c.outsider, 'ABDUCTION')).toBe(0);
    // Folding the deltas into the aggregate changes no figure, and leaves no delta behind.
    const tableBefore = (
      await c.do.get(
        `/api/incidents/statistics?countryId=${w.country.id}&fromYear=2020&toYear=2026`,
      )
    ).body;
    expect(await compactIncidentStats(t.database.db)).toBeGreaterThan(0);
    expect(await compactIncidentStats(t.database.db)).toBe(0);
    const tableAfter = (
      await c.do.get(
        `/api/incidents/statistics?countryId=${w.country.id}&fromYear=2020&toYear=2026`,
      )
    ).body;
    expect(tableAfter).toEqual(tableBefore);
  });

  describe('the statistics deltas’ table', () => {
    const Y = 2019;
    const robberies = async () =>
      (
        await c.do.get(
          `/api/incidents/statistics?countryId=${w.country.id}&fromYear=${Y}&toYear=${Y}&measure=personnel`,
        )
      ).body.cells?.ROBBERY?.[String(Y)] ?? 0;
    // As a bulk load leaves them: many deltas at once (2 people affected each).
    const fill = (n: number) =>
      t.database.db.execute(sql`
        insert into incident_stats_delta (country_id, classification, category, year, incidents, personnel)
        select ${w.country.id}, 'internal', 'ROBBERY', ${Y}, 1, 2 from generate_series(1, ${n})`);
    const bytes = async () =>
      Number(
        (
          await rowsOf<{ b: number }>(
            t.database.db,
            sql`select pg_relation_size('incident_stats_delta')::float8 as b`,
          )
        )[0]?.b,
      );

    it('once grown past its limit, it is emptied of its pages after the fold, and every figure stays exact', async () => {
      await compactIncidentStats(t.database.db);
      const before = await robberies();
      await fill(3000);
      expect(await robberies()).toBe(before + 6000);
      expect(await bytes()).toBeGreaterThan(0);
      expect(await compactIncidentStats(t.database.db, { reclaimBytes: 0 })).toBe(3000);
      expect(await bytes()).toBe(0);
      expect(await robberies()).toBe(before + 6000);
    });

    it.runIf(inject('pgUrl'))(
      'on PostgreSQL, while another transaction uses the table, the deltas are folded, the wait is bounded, and the pages are reclaimed by a later compaction',
      async () => {
        const db = t.database.db;
        const before = await robberies();
        await fill(3000);
        let release = () => {};
        let locked = () => {};
        const isLocked = new Promise<void>((r) => (locked = r));
        const reader = db.transaction(async (tx) => {
          await tx.execute(sql`lock table incident_stats_delta in access share mode`);
          locked();
          await new Promise<void>((r) => (release = r));
        });
        await isLocked;
        const started = performance.now();
        expect(await compactIncidentStats(db, { reclaimBytes: 0, lockTimeoutMs: 50 })).toBe(3000);
        expect(performance.now() - started).toBeLessThan(5000);
        expect(await bytes()).toBeGreaterThan(0);
        release();
        await reader;
        await fill(10);
        expect(await compactIncidentStats(db, { reclaimBytes: 0, lockTimeoutMs: 50 })).toBe(10);
        expect(await bytes()).toBe(0);
        expect(await robberies()).toBe(before + 6020);
      },
    );
  });

  it('an import with a bad row writes nothing and names the line and field', async () => {
    const admin = await signIn(
      t.app,
      (
        await buildUser(
          t.database.db,
          other,
          'admin',
          {},
          { station: other.city, zone: other.zone1 },
        )
      ).email,
    );
    const csv = `category,occurred_at,country,title\nROBBERY,2015-01-01,${other.country.alpha2},ok\nNOPE,2015-01-01,${other.country.alpha2},bad`;
    const res = await admin.post('/api/incidents/import', csv, { 'content-type': 'text/csv' });
    expect(res.status).toBe(400);
    expect(res.body.details[0]).toEqual({
      path: 'line 3.category',
      message: 'is not a known incident category code',
    });
  });

  it('GeoJSON export is an RFC 7946 FeatureCollection of longitude-latitude points', async () => {
    const res = await c.do.get(`/api/incidents/export.geojson?countryId=${w.country.id}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/geo+json');
    const body = res.body;
    expect(body.type).toBe('FeatureCollection');
    expect(body.features.length).toBeGreaterThan(0);
    expect(body.features[0].geometry).toEqual({ type: 'Point', coordinates: [7.05, 4.81] });
    const csv = await c.do.get(`/api/incidents/export.csv?countryId=${w.country.id}`);
    expect(String(csv.body).split('\n')[0]).toBe(
      'id,category,occurred_at,country,personnel_affected,organization,title,narrative,classification,latitude,longitude,place,status',
    );
  });
});
