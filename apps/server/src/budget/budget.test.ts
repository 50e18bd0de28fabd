import { eq, sum } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetLines, budgetVersions, organizations } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('cost-shared budgets', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let codes: string[];
  let c: Record<'hq' | 'do' | 'otherDo' | 'staff', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const extra = await db
      .insert(organizations)
      .values(
        ['C', 'D', 'E'].map((x) => ({
          code: `${x}${w.code}`,
          name: `Agency ${x}`,
          type: 'fund_programme',
        })),
      )
      .returning();
    codes = [w.orgA.code, w.orgB.code, ...extra.map((o) => o.code)];
    const hq = await buildUser(db, w, 'HQ_SFP', { organizationId: w.orgA.id, countryId: null });
    const d = await buildUser(db, w, 'DO');
    const od = await buildUser(db, other, 'DO', {}, { zone: other.zone1 });
    const staff = await buildUser(db, w, 'staff');
    // Active personnel at the capital's duty station: 3 of A (with the users above), 1 of B.
    await buildPerson(db, w, { org: w.orgB });
    c = {
      hq: await signIn(t.app, hq.email),
      do: await signIn(t.app, d.email),
      otherDo: await signIn(t.app, od.email),
      staff: await signIn(t.app, staff.email),
    };
  });

  const census = () =>
    [12_000, 7_345, 90, 3, 1_001].map((headcount, i) => ({
      organizationCode: codes[i] ?? '',
      headcount,
    }));

  it('the apportioned amounts stored add up exactly to the total', async () => {
    const res = await c.hq.post('/api/budgets/system', {
      biennium: '2016-2017',
      title: 'Jointly financed budget',
      totalDollars: 10_000_001,
      minimumDollars: 75_000,
      headcounts: census(),
    });
    expect(res.status).toBe(201);
    expect(res.body.lines).toHaveLength(5);
    expect(res.body.lines[3]).toMatchObject({ minimumApplied: true, amountDollars: 75_000 });
    const [stored] = await t.database.db
      .select({ total: sum(budgetLines.amountDollars) })
      .from(budgetLines)
      .innerJoin(budgetVersions, eq(budgetVersions.id, budgetLines.versionId))
      .where(eq(budgetVersions.budgetId, res.body.id));
    expect(Number(stored?.total)).toBe(10_000_001);
  });

  it('a total below the sum of minimum contributions is refused, naming totalDollars', async () => {
    const res = await c.hq.post('/api/budgets/system', {
      biennium: '2030-2031',
      title: 'Too small',
      totalDollars: 374_999,
      minimumDollars: 75_000,
      headcounts: census(),
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('totalDollars');
    expect(res.body.message).toMatch(/375000/);
  });

  it('an unknown organization code in the census is refused, naming the entry', async () => {
    const res = await c.hq.post('/api/budgets/system', {
      biennium: '2030-2031',
      title: 'Bad census',
      totalDollars: 1_000_000,
      minimumDollars: 1,
      headcounts: [{ organizationCode: 'NOPE', headcount: 3 }],
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('headcounts.0.organizationCode');
  });

  it('only headquarters manage system-wide budgets: a DO gets 403', async () => {
    const res = await c.do.post('/api/budgets/system', {
      biennium: '2030-2031',
      title: 'Not mine',
      totalDollars: 1_000_000,
      minimumDollars: 0,
      headcounts: census(),
    });
    expect(res.status).toBe(403);
  });

  it('the census may be imported as CSV and the apportionment exported as CSV', async () => {
    const csv = `organization,headcount\n${census()
      .map((h) => `${h.organizationCode.toLowerCase()},${h.headcount + 10}`)
      .join('\n')}\n`;
    const res = await c.hq.post('/api/budgets/system', {
      biennium: '2018-2019',
      title: 'Jointly financed budget',
      totalDollars: 11_000_000,
      minimumDollars: 75_000,
      headcountsCsv: csv,
    });
    expect(res.status).toBe(201);
    expect(res.body.lines.map((l: { headcount: number }) => l.headcount)).toEqual([
      12_010, 7_355, 100, 13, 1_011,
    ]);
    const out = await c.staff.get(`/api/budgets/${res.body.id}/export.csv`);
    expect(out.status).toBe(200);
    const lines = String(out.body).trim().split(/\r\n/);
    expect(lines[0]).toBe('organization,headcount,share_percent,minimum_applied,amount');
    expect(lines.slice(1).reduce((a, l) => a + Number(l.split(',')[4]), 0)).toBe(11_000_000);

    const bad = await c.hq.post('/api/budgets/system', {
      biennium: '2020-2021',
      title: 'x',
      totalDollars: 1_000_000,
      minimumDollars: 0,
      headcountsCsv: `organization,headcount\n${codes[0]},-4\n`,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0]).toMatchObject({ path: 'headcountsCsv' });
    expect(bad.body.details[0].message).toMatch(/line 2, headcount/);
  });

  it('changing the inputs makes a new version and keeps the old one', async () => {
    const list = await c.hq.get('/api/budgets?kind=system');
    const b = list.body.items.find((x: { biennium: string }) => x.biennium === '2016-2017');
    const res = await c.hq.patch(`/api/budgets/${b.id}`, {
      totalDollars: 12_000_000,
      reason: 'revised estimate',
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(
      res.body.lines.reduce((a: number, l: { amountDollars: number }) => a + l.amountDollars, 0),
    ).toBe(12_000_000);
    const v1 = await c.hq.get(`/api/budgets/${b.id}?version=1`);
    expect(v1.body.shownVersion).toBe(1);
    expect(
      v1.body.lines.reduce((a: number, l: { amountDollars: number }) => a + l.amountDollars, 0),
    ).toBe(10_000_001);
  });

  it('two bienniums compare per organization: amount, change and percentage change', async () => {
    const list = await c.do.get('/api/budgets?kind=system');
    const [b18, b16] = list.body.items as { id: string; biennium: string }[];
    expect(b16?.biennium).toBe('2016-2017');
    const res = await c.do.get(`/api/budgets/compare?from=${b16?.id}&to=${b18?.id}`);
    expect(res.status).toBe(200);
    expect(res.body.rows).toHaveLength(5);
    const small = res.body.rows[3];
    expect(small).toMatchObject({ before: 75_000, after: 75_000, change: 0, changePercent: '0.0' });
    expect(res.body.totalChange).toBe(11_000_000 - 12_000_000);
  });

  it('a local budget is split pro rata by the registry’s active personnel at the duty station', async () => {
    const res = await c.do.post('/api/budgets/local', {
      dutyStationId: w.city.id,
      biennium: '2016-2017',
      title: 'Local cost-shared security budget',
      totalDollars: 100_000,
    });
    expect(res.status).toBe(201);
    expect(res.body.headcountSource).toBe('registry');
    const byOrg = Object.fromEntries(
      res.body.lines.map(
        (l: { organizationCode: string; headcount: number; amountDollars: number }) => [
          l.organizationCode,
          [l.headcount, l.amountDollars],
        ],
      ),
    );
    expect(byOrg[w.orgA.code]).toEqual([3, 75_000]);
    expect(byOrg[w.orgB.code]).toEqual([1, 25_000]);
  });

  it('one country cannot see another country’s local budgets', async () => {
    const mine = await c.do.get('/api/budgets?kind=local');
    expect(mine.body.items).toHaveLength(1);
    const theirs = await c.otherDo.get('/api/budgets?kind=local');
    expect(theirs.body.items).toHaveLength(0);
    expect((await c.otherDo.get(`/api/budgets/${mine.body.items[0].id}`)).status).toBe(404);
    expect(mine.body.items[0].abilities.canEdit).toBe(true);
  });

  it('the budget and governance routes and schemas appear in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/budgets',
        '/api/budgets/system',
        '/api/budgets/compare',
        '/api/recommendations',
        '/api/recommendations/implementation-rate',
        '/api/countries/{id}/smt-meetings',
        '/api/countries/{id}/security-plans',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Budget', 'BudgetComparison', 'Recommendation', 'SmtMeeting']),
    );
  });

  it('someone who may not manage a country’s budgets gets 403', async () => {
    const res = await c.staff.post('/api/budgets/local', {
      dutyStationId: w.town.id,
      biennium: '2016-2017',
      title: 'x',
      totalDollars: 1000,
      headcounts: [{ organizationCode: codes[0], headcount: 1 }],
    });
    expect(res.status).toBe(403);
  });
});
