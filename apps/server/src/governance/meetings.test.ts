import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('SMT meetings and the security management plan', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'do' | 'csa' | 'smt' | 'otherDo' | 'staff', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    c = {
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      smt: await signIn(
        t.app,
        (await buildUser(db, w, 'SMT_MEMBER', { organizationId: w.orgB.id })).email,
      ),
      otherDo: await signIn(
        t.app,
        (await buildUser(db, other, 'DO', {}, { zone: other.zone1 })).email,
      ),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
    };
  });

  const meeting = (over: Record<string, unknown> = {}) => ({
    heldOn: daysAgo(200),
    agenda: '1. Security risk assessment review\n2. MOSS compliance',
    attendeeIds: [w.orgA.id, w.orgB.id],
    minutes: 'The SMT reviewed the SRA.',
    sentToDssOn: daysAgo(195),
    ...over,
  });

  it('the DO records an SMT meeting with its attending organizations', async () => {
    const res = await c.do.post(`/api/countries/${w.country.id}/smt-meetings`, meeting());
    expect(res.status).toBe(201);
    expect(res.body.attendees.map((a: { code: string }) => a.code).sort()).toEqual(
      [w.orgA.code, w.orgB.code].sort(),
    );
  });

  it('a country with no SMT meeting in the last N days is flagged', async () => {
    const long = await c.smt.get(`/api/countries/${w.country.id}/smt-meetings?days=90`);
    expect(long.status).toBe(200);
    expect(long.body).toMatchObject({ lastHeldOn: daysAgo(200), flagged: true });
    const year = await c.smt.get(`/api/countries/${w.country.id}/smt-meetings?days=365`);
    expect(year.body.flagged).toBe(false);
    const flags = await c.do.get('/api/smt-meetings/flags?days=90');
    expect(flags.body.items).toEqual([
      expect.objectContaining({ countryId: w.country.id, flagged: true }),
    ]);
    await c.csa.post(
      `/api/countries/${w.country.id}/smt-meetings`,
      meeting({ heldOn: daysAgo(10), sentToDssOn: null }),
    );
    const now = await c.do.get('/api/smt-meetings/flags?days=90');
    expect(now.body.items[0]).toMatchObject({ lastHeldOn: daysAgo(10), flagged: false });
  });

  it('one country cannot see another country’s meetings', async () => {
    expect((await c.otherDo.get(`/api/countries/${w.country.id}/smt-meetings`)).status).toBe(404);
    const flags = await c.otherDo.get('/api/smt-meetings/flags');
    expect(flags.body.items.map((f: { countryId: string }) => f.countryId)).toEqual([
      other.country.id,
    ]);
    const mine = await c.do.get(`/api/countries/${w.country.id}/smt-meetings`);
    const id = mine.body.items[0].id;
    expect((await c.otherDo.patch(`/api/smt-meetings/${id}`, { minutes: 'x' })).status).toBe(404);
    expect((await c.staff.get(`/api/countries/${w.country.id}/smt-meetings`)).status).toBe(404);
  });

  it('an SMT member reads the meetings but may not record one: 403', async () => {
    const res = await c.smt.post(`/api/countries/${w.country.id}/smt-meetings`, meeting());
    expect(res.status).toBe(403);
  });

  it('minutes cannot be sent to DSS before the meeting: 400 naming sentToDssOn', async () => {
    const res = await c.do.post(
      `/api/countries/${w.country.id}/smt-meetings`,
      meeting({ heldOn: daysAgo(5), sentToDssOn: daysAgo(6) }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('sentToDssOn');
  });

  it('the minutes sent to DSS are recorded later', async () => {
    const mine = await c.do.get(`/api/countries/${w.country.id}/smt-meetings`);
    const latest = mine.body.items[0];
    expect(latest.sentToDssOn).toBeNull();
    const res = await c.do.patch(`/api/smt-meetings/${latest.id}`, { sentToDssOn: daysAgo(2) });
    expect(res.status).toBe(200);
    expect(res.body.sentToDssOn).toBe(daysAgo(2));
  });

  it('the DO keeps a yearly plan whose indicators record target, result and whether met', async () => {
    const res = await c.do.post(`/api/countries/${w.country.id}/security-plans`, {
      year: 2026,
      title: 'Security management plan 2026',
      indicators: [
        { description: 'SRA reviewed for every area', target: '3 of 3 areas' },
        { description: 'Evacuation drills held', target: '2 per premises' },
      ],
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ indicatorsTotal: 2, indicatorsAssessed: 0 });
    const upd = await c.csa.patch(`/api/security-plans/${res.body.id}`, {
      indicators: [
        {
          description: 'SRA reviewed for every area',
          target: '3 of 3 areas',
          result: '3',
          met: true,
        },
        {
          description: 'Evacuation drills held',
          target: '2 per premises',
          result: '1',
          met: false,
        },
      ],
    });
    expect(upd.status).toBe(200);
    expect(upd.body).toMatchObject({ indicatorsTotal: 2, indicatorsAssessed: 2, indicatorsMet: 1 });
    const dup = await c.do.post(`/api/countries/${w.country.id}/security-plans`, {
      year: 2026,
      title: 'Again',
    });
    expect(dup.status).toBe(409);
    expect((await c.otherDo.get(`/api/security-plans/${res.body.id}`)).status).toBe(404);
    expect((await c.smt.patch(`/api/security-plans/${res.body.id}`, { title: 'x' })).status).toBe(
      403,
    );
  });
});
