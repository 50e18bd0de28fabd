import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('MOSS adoption, status and compliance', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'do' | 'csa' | 'repB' | 'otherCsa' | 'staff', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    c = {
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      repB: await signIn(
        t.app,
        (await buildUser(db, w, 'AGENCY_REP', { organizationId: w.orgB.id }, { org: w.orgB }))
          .email,
      ),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
      otherCsa: await signIn(
        t.app,
        (await buildUser(db, other, 'CSA', {}, { station: other.city, zone: other.zone1 })).email,
      ),
    };
    // Personnel of both organizations in the city, of A only in the town.
    await buildPerson(db, w, { org: w.orgB });
    await buildPerson(db, w, { station: w.town, zone: w.zone3 });
  });

  const adopt = (client: Client, measures: unknown[]) =>
    client.put(`/api/countries/${w.country.id}/moss`, {
      decidedOn: '2026-01-15',
      decidedBy: 'SMT meeting of 15 January 2026',
      measures,
    });

  it('ships the default catalogue as data', async () => {
    const res = await c.staff.get('/api/moss/catalogue');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(20);
    expect(res.body.items[0]).toMatchObject({ code: 'TEL-01', area: 'telecommunications' });
  });

  it('only the DO or SMT adopts the MOSS of a country: the CSA gets 403', async () => {
    const res = await adopt(c.csa, [{ code: 'TEL-01', applies: true }]);
    expect(res.status).toBe(403);
  });

  it('a measure the SRA must justify cannot be adopted without a justification (400 naming it)', async () => {
    const res = await adopt(c.do, [
      { code: 'TEL-01', applies: true },
      { code: 'TEL-05', applies: true },
    ]);
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('measures.1.justification');
    const unknown = await adopt(c.do, [{ code: 'XXX-99', applies: true }]);
    expect(unknown.body.details[0].path).toBe('measures.0.code');
  });

  it('the DO adopts measures; the list shows which apply', async () => {
    const res = await adopt(c.do, [
      { code: 'TEL-01', applies: true },
      { code: 'TEL-02', applies: true },
      { code: 'TEL-05', applies: true, justification: 'SRA 2026: road movements at high risk' },
      { code: 'TEL-06', applies: false },
    ]);
    expect(res.status).toBe(200);
    const byCode = new Map(
      res.body.items.map((m: { code: string; applies: boolean | null }) => [m.code, m.applies]),
    );
    expect(byCode.get('TEL-01')).toBe(true);
    expect(byCode.get('TEL-06')).toBe(false);
    expect(byCode.get('MED-01')).toBeNull();
  });

  it('an implemented measure needs evidence (400 naming evidence)', async () => {
    const res = await c.csa.put('/api/moss/status', {
      dutyStationId: w.city.id,
      organizationId: w.orgA.id,
      measureCode: 'TEL-01',
      status: 'implemented',
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('evidence');
  });

  it('a measure not adopted in the country cannot be reported on', async () => {
    const res = await c.csa.put('/api/moss/status', {
      dutyStationId: w.city.id,
      organizationId: w.orgA.id,
      measureCode: 'TEL-06',
      status: 'not_implemented',
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('measureCode');
  });

  it('a representative reports for their organization only (403 for another)', async () => {
    const mine = await c.repB.put('/api/moss/status', {
      dutyStationId: w.city.id,
      organizationId: w.orgB.id,
      measureCode: 'TEL-01',
      status: 'partially_implemented',
      evidence: 'Radio inventory of 12 January: 4 of 6 issued',
      dueDate: '2026-03-01',
    });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ status: 'partially_implemented', recorded: true });
    const theirs = await c.repB.put('/api/moss/status', {
      dutyStationId: w.city.id,
      organizationId: w.orgA.id,
      measureCode: 'TEL-01',
      status: 'implemented',
      evidence: 'x',
    });
    expect(theirs.status).toBe(403);
  });

  it('computes the compliance rate per duty station, organization and country', async () => {
    for (const code of ['TEL-01', 'TEL-02', 'TEL-05']) {
      const res = await c.csa.put('/api/moss/status', {
        dutyStationId: w.city.id,
        organizationId: w.orgA.id,
        measureCode: code,
        status: 'implemented',
        evidence: 'Checked on site',
      });
      expect(res.status).toBe(200);
    }
    const res = await c.do.get(`/api/countries/${w.country.id}/moss/compliance`);
    expect(res.status).toBe(200);
    // City: A 3/3, B ½ + 0 + 0 of 3; Town: A 0 of 3 → (3 + 0.5) / 9.
    expect(res.body.country).toMatchObject({ applicable: 9, implemented: 3, percent: 38.9 });
    const city = res.body.byLocation.find((l: { name: string }) => l.name === 'City');
    expect(city).toMatchObject({ applicable: 6, percent: 58.3 });
    const orgB = res.body.byOrganization.find(
      (o: { organizationId: string }) => o.organizationId === w.orgB.id,
    );
    expect(orgB).toMatchObject({ applicable: 3, partiallyImplemented: 1, percent: 16.7 });
  });

  it('a representative sees only their organization’s statuses; another country sees nothing', async () => {
    const mine = await c.repB.get(`/api/countries/${w.country.id}/moss/status`);
    expect(mine.status).toBe(200);
    expect(
      new Set(mine.body.items.map((r: { organizationId: string }) => r.organizationId)),
    ).toEqual(new Set([w.orgB.id]));
    const foreign = await c.otherCsa.get(`/api/countries/${w.country.id}/moss/status`);
    expect(foreign.status).toBe(404);
  });
  it('the status list is paged and filtered by area, duty station, MOSS area and status', async () => {
    const url = `/api/countries/${w.country.id}/moss/status`;
    const all = await c.csa.get(url);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ page: 1, pageSize: 50, total: 9 });
    const page2 = await c.csa.get(`${url}?pageSize=4&page=2`);
    expect(page2.body.items).toHaveLength(4);
    expect(page2.body.total).toBe(9);
    expect(page2.body.items[0]).toEqual(all.body.items[4]);
    const north = await c.csa.get(`${url}?areaId=${w.town.areaId}`);
    expect(north.body.total).toBe(3);
    expect(
      new Set(north.body.items.map((r: { dutyStationId: string }) => r.dutyStationId)),
    ).toEqual(new Set([w.town.id]));
    const tel = await c.csa.get(`${url}?mossArea=telecommunications&status=implemented`);
    expect(tel.body.total).toBe(3);
    expect(
      tel.body.items.every(
        (r: { mossArea: string; status: string }) =>
          r.mossArea === 'telecommunications' && r.status === 'implemented',
      ),
    ).toBe(true);
    const medical = await c.csa.get(`${url}?mossArea=medical`);
    expect(medical.body.total).toBe(0);
    const bad = await c.csa.get(`${url}?pageSize=500&status=done`);
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'query.pageSize',
      'query.status',
    ]);
  });

  const townRow = (measureCode: string, organizationId = w.orgA.id) => ({
    dutyStationId: w.town.id,
    organizationId,
    measureCode,
  });

  it('a bulk status change is all or nothing, and a refusal names the row', async () => {
    const res = await c.csa.post('/api/moss/status/bulk', {
      items: [townRow('TEL-01'), townRow('TEL-06')],
      status: 'not_applicable',
    });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([expect.objectContaining({ path: 'items.1.measureCode' })]);
    const after = await c.csa.get(
      `/api/countries/${w.country.id}/moss/status?dutyStationId=${w.town.id}`,
    );
    expect(after.body.items.every((r: { recorded: boolean }) => !r.recorded)).toBe(true);
    const noEvidence = await c.csa.post('/api/moss/status/bulk', {
      items: [townRow('TEL-01')],
      status: 'implemented',
    });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.details[0].path).toBe('evidence');
    const empty = await c.csa.post('/api/moss/status/bulk', { items: [], status: 'implemented' });
    expect(empty.status).toBe(400);
    expect(empty.body.details[0].path).toBe('items');
  });

  it('a bulk status change writes every row with one audit row each, before and after', async () => {
    const res = await c.csa.post('/api/moss/status/bulk', {
      items: [townRow('TEL-01'), townRow('TEL-02'), townRow('TEL-02')],
      status: 'partially_implemented',
      evidence: 'Radios ordered',
      dueDate: '2026-06-30',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ updated: 2 });
    const list = await c.csa.get(
      `/api/countries/${w.country.id}/moss/status?dutyStationId=${w.town.id}&status=partially_implemented`,
    );
    expect(list.body.items.map((r: { measureCode: string }) => r.measureCode)).toEqual([
      'TEL-01',
      'TEL-02',
    ]);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'moss.status'), eq(auditLog.countryId, w.country.id)));
    const town = audits.filter(
      (a) => (a.after as { dutyStationId: string }).dutyStationId === w.town.id,
    );
    expect(town).toHaveLength(2);
    expect(town.every((a) => a.before === null)).toBe(true);
  });

  it('a bulk status change is scoped: another organization’s row is refused (403), another country’s station is unknown', async () => {
    const theirs = await c.repB.post('/api/moss/status/bulk', {
      items: [townRow('TEL-01', w.orgB.id), townRow('TEL-01', w.orgA.id)],
      status: 'not_implemented',
    });
    expect(theirs.status).toBe(403);
    expect(theirs.body.message).toContain('items.1');
    const foreign = await c.otherCsa.post('/api/moss/status/bulk', {
      items: [townRow('TEL-01')],
      status: 'not_implemented',
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.details[0].path).toBe('items.0.dutyStationId');
  });
});
