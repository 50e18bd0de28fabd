import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildUser,
  buildWorld,
  form,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('recommendations tracked to implementation', () => {
  let t: TestApp;
  let w: World;
  let c: Record<'admin' | 'hqA' | 'hqB' | 'do' | 'staff', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const none = { countryId: null };
    c = {
      admin: await signIn(t.app, (await buildUser(db, w, 'admin')).email),
      hqA: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { ...none, organizationId: w.orgA.id })).email,
      ),
      hqB: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { ...none, organizationId: w.orgB.id })).email,
      ),
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
    };
  });

  const rec = (over: Record<string, unknown> = {}) => ({
    body: 'JIU',
    reference: `JIU/REP/2016/9 R${Math.random().toString(36).slice(2, 8)}`,
    issuedOn: '2016-11-01',
    text: 'Executive heads should ensure that host country agreements include a security annex.',
    addresseeIds: [w.orgA.id],
    owner: 'Security focal point',
    deadline: '2018-12-31',
    ...over,
  });

  it('an HQ focal point records a recommendation addressed to their organization', async () => {
    const res = await c.hqA.post(
      '/api/recommendations',
      rec({ addresseeIds: [w.orgA.id, w.orgB.id] }),
    );
    expect(res.status).toBe(201);
    expect(res.body.addressees).toHaveLength(2);
    expect(res.body.history).toMatchObject([{ fromStatus: null, toStatus: 'open' }]);
    expect(res.body.abilities.canEdit).toBe(true);
  });

  it('an HQ focal point may not record one addressed only to another organization: 403', async () => {
    const res = await c.hqA.post('/api/recommendations', rec({ addresseeIds: [w.orgB.id] }));
    expect(res.status).toBe(403);
    expect((await c.staff.post('/api/recommendations', rec())).status).toBe(403);
  });

  it('a deadline before the date of issue is refused, naming the field', async () => {
    const res = await c.hqA.post('/api/recommendations', rec({ deadline: '2015-01-01' }));
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { path: 'deadline', message: 'must not be before the date of issue' },
    ]);
    const mission = await c.admin.post('/api/recommendations', rec({ body: 'COMPLIANCE_MISSION' }));
    expect(mission.status).toBe(400);
    expect(mission.body.details[0].path).toBe('countryId');
  });

  it('an organization sees the recommendations addressed to it and not the others', async () => {
    const onlyA = await c.hqA.post('/api/recommendations', rec());
    expect(onlyA.status).toBe(201);
    expect((await c.hqB.get(`/api/recommendations/${onlyA.body.id}`)).status).toBe(404);
    const listB = await c.hqB.get('/api/recommendations?pageSize=200');
    expect(listB.body.items.map((r: { id: string }) => r.id)).not.toContain(onlyA.body.id);
    expect(listB.body.items.length).toBeGreaterThan(0);
    expect((await c.staff.get('/api/recommendations')).body.items).toEqual([]);
  });

  it('a status change is kept in the history with its note', async () => {
    const created = await c.hqA.post('/api/recommendations', rec());
    const res = await c.hqA.patch(`/api/recommendations/${created.body.id}`, {
      status: 'in_progress',
      statusNote: 'Security annex drafted',
    });
    expect(res.status).toBe(200);
    expect(res.body.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'open',
      'in_progress',
    ]);
    expect(res.body.history[1].note).toBe('Security annex drafted');
  });

  it('evidence may be a text, a link or an uploaded document', async () => {
    const created = await c.hqA.post('/api/recommendations', rec());
    const doc = await c.hqA.post(
      '/api/documents',
      ...(await form({}, { filename: 'annex.txt', type: 'text/plain', content: 'security annex' })),
    );
    expect(doc.status).toBe(201);
    const res = await c.hqA.post(`/api/recommendations/${created.body.id}/evidence`, {
      description: 'Signed security annex',
      url: 'https://example.org/annex',
      documentId: doc.body.id,
    });
    expect(res.status).toBe(201);
    expect(res.body.evidence).toMatchObject([
      { description: 'Signed security annex', documentId: doc.body.id },
    ]);
    const denied = await c.hqB.post(`/api/recommendations/${created.body.id}/evidence`, {
      description: 'x',
    });
    expect(denied.status).toBe(404);
  });

  it('overdue recommendations are listed: pending and past their deadline', async () => {
    const late = await c.hqA.post('/api/recommendations', rec({ deadline: '2019-06-30' }));
    const done = await c.hqA.post(
      '/api/recommendations',
      rec({ deadline: '2019-06-30', status: 'implemented' }),
    );
    const future = await c.hqA.post('/api/recommendations', rec({ deadline: '2099-01-01' }));
    const res = await c.hqA.get('/api/recommendations?overdue=true&pageSize=200');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((r: { id: string }) => r.id);
    expect(ids).toContain(late.body.id);
    expect(ids).not.toContain(done.body.id);
    expect(ids).not.toContain(future.body.id);
    expect(res.body.items.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
  });

  it('the implementation rate is computed per body and per organization', async () => {
    const admin = c.admin;
    for (const [status, addresseeIds] of [
      ['implemented', [w.orgB.id]],
      ['closed', [w.orgB.id]],
      ['not_accepted', [w.orgB.id]],
      ['open', [w.orgB.id]],
    ] as const) {
      const r = await admin.post(
        '/api/recommendations',
        rec({ body: 'IASMN', status, addresseeIds }),
      );
      expect(r.status).toBe(201);
    }
    const res = await admin.get('/api/recommendations/implementation-rate');
    expect(res.status).toBe(200);
    const iasmn = res.body.byBody.find((b: { key: string }) => b.key === 'IASMN');
    expect(iasmn).toMatchObject({
      total: 4,
      implemented: 2,
      notAccepted: 1,
      pending: 1,
      ratePercent: '66.7',
    });
    expect(res.body.byBody.find((b: { key: string }) => b.key === 'CEB').ratePercent).toBeNull();
    const orgB = res.body.byOrganization.find((o: { key: string }) => o.key === w.orgB.code);
    expect(orgB.total).toBe(5); // the four above and the first, addressed to A and B
  });
});
