import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('surge roster, requests, deployments and statistics', () => {
  let t: TestApp;
  let w: World;
  let home: World;
  let other: World;
  let c: Record<'admin' | 'csa' | 'do' | 'staff' | 'otherCsa' | 'hqA', Client>;
  let officerA: string;
  let officerB: string;
  let requestId: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db, 'Crisisland');
    home = await buildWorld(db, 'Homeland');
    other = await buildWorld(db, 'Elsewhere');
    const inOther = { station: other.city, zone: other.zone1 };
    c = {
      admin: await signIn(t.app, (await buildUser(db, w, 'admin')).email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
      otherCsa: await signIn(t.app, (await buildUser(db, other, 'CSA', {}, inOther)).email),
      hqA: await signIn(
        t.app,
        (
          await buildUser(
            db,
            home,
            'HQ_SFP',
            { countryId: null, organizationId: home.orgA.id },
            { station: home.city, zone: home.zone1, org: home.orgA },
          )
        ).email,
      ),
    };
    const a = await buildPerson(db, home, {
      station: home.city,
      zone: home.zone1,
      org: home.orgA,
      givenName: 'Amara',
      familyName: 'Okafor',
    });
    const b = await buildPerson(db, home, {
      station: home.city,
      zone: home.zone1,
      org: home.orgB,
      givenName: 'Jean-Luc',
      familyName: 'Bérard',
    });
    const ra = await c.admin.post('/api/surge/roster', {
      personId: a.id,
      gradeRole: 'P-4 Security Coordination Officer',
      languages: ['en', 'fr'],
      availableFrom: '2026-01-01',
    });
    expect(ra.status).toBe(201);
    officerA = ra.body.id;
    const rb = await c.admin.post('/api/surge/roster', {
      personId: b.id,
      gradeRole: 'P-3 Security Officer',
      languages: ['fr', 'ar'],
      availableFrom: '2026-01-01',
      availableUntil: '2026-12-31',
    });
    expect(rb.status).toBe(201);
    officerB = rb.body.id;
  });

  it('only headquarters puts officers on the roster (403 for a CSA)', async () => {
    const p = await buildPerson(t.database.db, w);
    const res = await c.csa.post('/api/surge/roster', {
      personId: p.id,
      gradeRole: 'FS-6',
      availableFrom: '2026-01-01',
    });
    expect(res.status).toBe(403);
  });

  it('a person is on the roster once (409) and bad input names the field (400)', async () => {
    const roster = await c.admin.get(`/api/surge/roster/${officerA}`);
    const dup = await c.admin.post('/api/surge/roster', {
      personId: roster.body.personId,
      gradeRole: 'again',
      availableFrom: '2026-01-01',
    });
    expect(dup.status).toBe(409);
    const p = await buildPerson(t.database.db, w);
    const bad = await c.admin.post('/api/surge/roster', {
      personId: p.id,
      gradeRole: 'x',
      availableFrom: '2026-05-01',
      availableUntil: '2026-04-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('availableUntil');
  });

  it('the CSA of a country requests surge for it, not for another country', async () => {
    const res = await c.csa.post('/api/surge/requests', {
      countryId: w.country.id,
      areaId: w.north.id,
      reason: 'security_emergency',
      requestedBy: 'CSA Crisisland',
      requestedAt: '2026-03-01T08:00:00+00:00',
      officersNeeded: 2,
      neededFrom: '2026-03-02',
      expectedDays: 30,
      notes: 'Armed clashes near the northern hub',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'open', areaName: 'North', deployments: [] });
    requestId = res.body.id;
    const elsewhere = await c.csa.post('/api/surge/requests', {
      countryId: other.country.id,
      reason: 'security_emergency',
      requestedBy: 'x',
      officersNeeded: 1,
      neededFrom: '2026-03-02',
      expectedDays: 30,
    });
    expect(elsewhere.status).toBe(403);
    const staff = await c.staff.post('/api/surge/requests', {
      countryId: w.country.id,
      reason: 'security_emergency',
      requestedBy: 'x',
      officersNeeded: 1,
      neededFrom: '2026-03-02',
      expectedDays: 30,
    });
    expect(staff.status).toBe(403);
  });

  it('a request needs a reason of seed 003 ¶155 (400 naming reason)', async () => {
    const res = await c.csa.post('/api/surge/requests', {
      countryId: w.country.id,
      reason: 'holiday',
      requestedBy: 'x',
      officersNeeded: 1,
      neededFrom: '2026-03-02',
      expectedDays: 30,
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toContain('reason');
  });

  it('a deployment computes days, launch within 24 h and visa delay; the request is partly staffed', async () => {
    expect(
      (
        await c.csa.post(`/api/surge/requests/${requestId}/deployments`, {
          rosterId: officerA,
          startAt: '2026-03-02T07:00:00+00:00',
        })
      ).status,
    ).toBe(403);
    const res = await c.admin.post(`/api/surge/requests/${requestId}/deployments`, {
      rosterId: officerA,
      startAt: '2026-03-02T09:30:00+01:00',
      endOn: '2026-03-31',
      costUsd: 18450,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      days: 30,
      launchHours: 24.5,
      launchedWithin24h: false,
      visaDelayDays: null,
      costUsd: 18450,
      officerName: 'Amara Okafor',
    });
    const req = await c.do.get(`/api/surge/requests/${requestId}`);
    expect(req.body.status).toBe('partly_staffed');
    expect(req.body.abilities).toEqual({ canEdit: true, canDeploy: false });
  });

  it('an officer cannot be deployed twice over overlapping dates (409)', async () => {
    const res = await c.admin.post(`/api/surge/requests/${requestId}/deployments`, {
      rosterId: officerA,
      startAt: '2026-03-31T10:00:00+00:00',
      endOn: '2026-04-15',
    });
    expect(res.status).toBe(409);
  });

  it('cost is whole US dollars and visa dates must be in order (400 naming the field)', async () => {
    const cents = await c.admin.post(`/api/surge/requests/${requestId}/deployments`, {
      rosterId: officerB,
      startAt: '2026-03-05T10:00:00+00:00',
      costUsd: 10.5,
    });
    expect(cents.status).toBe(400);
    expect(cents.body.message).toContain('costUsd');
    const visa = await c.admin.post(`/api/surge/requests/${requestId}/deployments`, {
      rosterId: officerB,
      startAt: '2026-03-05T10:00:00+00:00',
      visaNeeded: true,
      visaRequestedOn: '2026-03-03',
      visaObtainedOn: '2026-03-01',
    });
    expect(visa.status).toBe(400);
    expect(visa.body.message).toContain('visaObtainedOn');
  });

  it('the second officer, delayed by the visa, fully staffs the request', async () => {
    const res = await c.admin.post(`/api/surge/requests/${requestId}/deployments`, {
      rosterId: officerB,
      startAt: '2026-03-05T10:00:00+00:00',
      endOn: '2026-03-14',
      costUsd: 9000,
      visaNeeded: true,
      visaRequestedOn: '2026-03-01',
      visaObtainedOn: '2026-03-04',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ days: 10, visaDelayDays: 3, launchedWithin24h: false });
    const req = await c.csa.get(`/api/surge/requests/${requestId}`);
    expect(req.body.status).toBe('fully_staffed');
    expect(req.body.deployments).toHaveLength(2);
  });

  it('a deployment that starts within 24 h of its request is launched within target', async () => {
    const r = await c.admin.post('/api/surge/requests', {
      countryId: w.country.id,
      reason: 'hostage_abduction',
      requestedBy: 'DO Crisisland',
      requestedAt: '2026-06-10T22:00:00+00:00',
      officersNeeded: 1,
      neededFrom: '2026-06-11',
      expectedDays: 7,
    });
    expect(r.status).toBe(201);
    const d = await c.admin.post(`/api/surge/requests/${r.body.id}/deployments`, {
      rosterId: officerB,
      startAt: '2026-06-11T18:00:00+00:00',
      endOn: '2026-06-17',
      costUsd: 6200,
    });
    expect(d.status).toBe(201);
    expect(d.body).toMatchObject({ launchedWithin24h: true, launchHours: 20, days: 7 });
    // Correcting the end date into the next deployment's dates is refused too.
    const patch = await c.admin.patch(`/api/surge/deployments/${d.body.id}`, {
      endOn: '2026-06-12',
    });
    expect(patch.status).toBe(200);
    expect(patch.body.days).toBe(2);
  });

  it('statistics by reason give deployments, days, cost, share within 24 h and visa delay', async () => {
    const res = await c.csa.get(`/api/surge/statistics?year=2026&countryId=${w.country.id}`);
    expect(res.status).toBe(200);
    expect(res.body.byReason).toEqual([
      {
        reason: 'security_emergency',
        deployments: 2,
        totalDays: 40,
        averageDays: 20,
        totalCostUsd: 27450,
        launchedWithin24hPercent: 0,
        averageVisaDelayDays: 3,
        visasCounted: 1,
      },
      {
        reason: 'hostage_abduction',
        deployments: 1,
        totalDays: 2,
        averageDays: 2,
        totalCostUsd: 6200,
        launchedWithin24hPercent: 100,
        averageVisaDelayDays: null,
        visasCounted: 0,
      },
    ]);
    expect(res.body.total).toMatchObject({ deployments: 3, launchedWithin24hPercent: 33 });
    const bad = await c.csa.get('/api/surge/statistics?year=nineteen');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('year');
  });

  it('another country’s CSA sees neither the requests (404, empty list) nor their statistics', async () => {
    expect((await c.otherCsa.get(`/api/surge/requests/${requestId}`)).status).toBe(404);
    const list = await c.otherCsa.get('/api/surge/requests');
    expect(list.body.total).toBe(0);
    const stats = await c.otherCsa.get(`/api/surge/statistics?year=2026&countryId=${w.country.id}`);
    expect(stats.body.total.deployments).toBe(0);
  });

  it('an HQ security focal point sees the roster and deployments of their organization only', async () => {
    const roster = await c.hqA.get('/api/surge/roster');
    expect(roster.body.items.map((o: { id: string }) => o.id)).toEqual([officerA]);
    const stats = await c.hqA.get('/api/surge/statistics?year=2026');
    expect(stats.body.total.deployments).toBe(1);
    expect((await c.hqA.get(`/api/surge/roster/${officerB}`)).status).toBe(404);
  });

  it('the roster is paginated and filtered by status and language', async () => {
    const page = await c.admin.get('/api/surge/roster?pageSize=1&page=2');
    expect(page.body).toMatchObject({ page: 2, pageSize: 1, total: 2 });
    expect(page.body.items).toHaveLength(1);
    const fr = await c.admin.get('/api/surge/roster?language=AR');
    expect(fr.body.items.map((o: { id: string }) => o.id)).toEqual([officerB]);
    const unavailable = await c.admin.patch(`/api/surge/roster/${officerB}`, {
      availability: 'unavailable',
    });
    expect(unavailable.body.status).toBe('unavailable');
    const list = await c.admin.get('/api/surge/roster?status=unavailable');
    expect(list.body.items.map((o: { id: string }) => o.id)).toEqual([officerB]);
  });

  it('an unavailable officer cannot be deployed (409); a closed request takes no deployment', async () => {
    const r = await c.admin.post('/api/surge/requests', {
      countryId: w.country.id,
      reason: 'temporary_coverage',
      requestedBy: 'HQ desk',
      officersNeeded: 1,
      neededFrom: '2026-09-01',
      expectedDays: 60,
    });
    const res = await c.admin.post(`/api/surge/requests/${r.body.id}/deployments`, {
      rosterId: officerB,
      startAt: '2026-09-01T10:00:00+00:00',
    });
    expect(res.status).toBe(409);
    expect(
      (await c.csa.patch(`/api/surge/requests/${r.body.id}`, { status: 'closed' })).status,
    ).toBe(403);
    const closed = await c.admin.patch(`/api/surge/requests/${r.body.id}`, { status: 'closed' });
    expect(closed.body.status).toBe('closed');
    const late = await c.admin.post(`/api/surge/requests/${r.body.id}/deployments`, {
      rosterId: officerA,
      startAt: '2026-09-01T10:00:00+00:00',
    });
    expect(late.status).toBe(409);
  });

  it('the routes are in the OpenAPI document, the CAP ones included', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/surge/roster',
        '/api/surge/requests/{id}/deployments',
        '/api/surge/statistics',
        '/api/advisories/{id}.cap',
        '/api/countries/{country}/advisories.cap',
      ]),
    );
  });

  it('every write is in the audit trail', async () => {
    const trail = await c.admin.get('/api/audit?entity=surge_deployment');
    expect(trail.status).toBe(200);
    expect(
      trail.body.items.filter((r: { action: string }) => r.action === 'surge_deployment.create'),
    ).toHaveLength(3);
    const requests = await c.admin.get('/api/audit?entity=surge_request');
    expect(requests.body.items.length).toBeGreaterThanOrEqual(4);
  });
});
