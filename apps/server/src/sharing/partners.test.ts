import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../db/schema/index.ts';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

const assessment = (w: World, over: Record<string, unknown>) => ({
  countryId: w.country.id,
  title: 'SRA',
  acceptableLevel: 'medium',
  assessedOn: daysFromNow(-10),
  reviewDue: daysFromNow(170),
  ...over,
});

/**
 * Information-sharing classification [000 §16, 001 §32–33] and "Saving Lives Together" partners
 * [002 ¶4, 002 Annex C §3(b), 003 ¶140].
 */
describe('information sharing and SLT partners', () => {
  let t: TestApp;
  let w: World;
  let c: Record<'do' | 'csa' | 'asc' | 'staff' | 'outsider', Client>;
  const titles = (body: { items: { title: string }[] }) => body.items.map((a) => a.title).sort();

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const other = await buildWorld(db, 'Elsewhere');
    c = {
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      asc: await signIn(t.app, (await buildUser(db, w, 'ASC', { areaId: w.capital.id })).email),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
      outsider: await signIn(t.app, (await buildUser(db, other, 'staff')).email),
    };
    const made = await Promise.all([
      c.csa.post(
        '/api/risk/assessments',
        assessment(w, {
          locationType: 'country',
          title: 'Country SRA (public)',
          classification: 'public',
        }),
      ),
      c.csa.post(
        '/api/risk/assessments',
        assessment(w, {
          locationType: 'area',
          areaId: w.capital.id,
          title: 'Capital SRA (restricted, shareable)',
          sltShareable: true,
        }),
      ),
      c.csa.post(
        '/api/risk/assessments',
        assessment(w, {
          locationType: 'duty_station',
          dutyStationId: w.city.id,
          title: 'City SRA (confidential)',
          classification: 'confidential',
        }),
      ),
      c.csa.post(
        '/api/risk/assessments',
        assessment(w, {
          locationType: 'duty_station',
          dutyStationId: w.town.id,
          title: 'Town SRA (internal)',
          classification: 'internal',
        }),
      ),
    ]);
    for (const r of made) expect(r.status).toBe(201);
  });

  const list = (who: Client) => who.get(`/api/risk/assessments?countryId=${w.country.id}`);

  it('a new risk assessment is restricted unless its author says otherwise', async () => {
    const res = await list(c.csa);
    const capital = res.body.items.find((a: { title: string }) => a.title.startsWith('Capital'));
    expect(capital).toMatchObject({ classification: 'restricted', sltShareable: true });
  });

  it('each level is read only by those it is meant for', async () => {
    expect(titles((await list(c.csa)).body)).toHaveLength(4);
    expect(titles((await list(c.do)).body)).toHaveLength(4);
    // The ASC reads restricted records of the area, never confidential ones.
    expect(titles((await list(c.asc)).body)).not.toContain('City SRA (confidential)');
    expect(titles((await list(c.asc)).body)).toContain('Capital SRA (restricted, shareable)');
    // Personnel of the country: public and internal only.
    expect(titles((await list(c.staff)).body)).toEqual([
      'Country SRA (public)',
      'Town SRA (internal)',
    ]);
    // Someone stationed elsewhere: public only.
    expect(titles((await list(c.outsider)).body)).toEqual(['Country SRA (public)']);
  });

  const partnersUrl = () => `/api/countries/${w.country.id}/slt-partners`;
  const partner = (over: Record<string, unknown> = {}) => ({
    name: 'Relief Alliance',
    partnerType: 'NGO',
    homeCountry: 'Norway',
    mouReference: 'SLT/2025/04',
    mouSignedOn: daysFromNow(-300),
    mouExpiresOn: daysFromNow(400),
    contactName: 'Field security focal point',
    contactEmail: 'security@relief.example',
    sharedKinds: ['risk_assessments', 'security_levels'],
    ...over,
  });
  let active: string;
  let expired: string;

  it('the CSA records partners; an expired MoU is flagged and shares nothing', async () => {
    const a = await c.csa.post(partnersUrl(), partner());
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ sharing: true, flags: [] });
    active = a.body.id;
    const b = await c.do.post(
      partnersUrl(),
      partner({
        name: 'Lapsed Aid',
        mouSignedOn: daysFromNow(-800),
        mouExpiresOn: daysFromNow(-1),
      }),
    );
    expect(b.status).toBe(201);
    expect(b.body).toMatchObject({ sharing: false, flags: ['mou_expired'] });
    expired = b.body.id;
    const listed = await c.csa.get(partnersUrl());
    expect(listed.body.items.map((p: { name: string }) => p.name)).toEqual([
      'Lapsed Aid',
      'Relief Alliance',
    ]);
  });

  it('a partner sees only public records or records marked shareable, of its kinds', async () => {
    const feed = await c.csa.get(`/api/slt-partners/${active}/feed`);
    expect(feed.status).toBe(200);
    expect(feed.body.riskAssessments.map((a: { title: string }) => a.title).sort()).toEqual([
      'Capital SRA (restricted, shareable)',
      'Country SRA (public)',
    ]);
    expect(feed.body.riskAssessments.find((a: { marked: boolean }) => a.marked).title).toBe(
      'Capital SRA (restricted, shareable)',
    );
    // Kinds not chosen for this partner are not given.
    expect(feed.body.securityPlans).toEqual([]);
    expect(feed.body.incidentTrends).toEqual([]);
    expect(JSON.stringify(feed.body)).not.toContain('@');
  });

  it('an expired MoU shares nothing at all', async () => {
    const feed = await c.csa.get(`/api/slt-partners/${expired}/feed`);
    expect(feed.body).toMatchObject({
      sharing: false,
      flags: ['mou_expired'],
      sharedKinds: [],
      securityLevels: [],
      riskAssessments: [],
    });
  });

  it('staff of the country get 403 on management; others do not see the country', async () => {
    expect((await c.staff.get(partnersUrl())).status).toBe(403);
    expect((await c.staff.post(partnersUrl(), partner())).status).toBe(403);
    expect((await c.staff.patch(`/api/slt-partners/${active}`, { name: 'X' })).status).toBe(403);
    expect((await c.staff.get(`/api/slt-partners/${active}/feed`)).status).toBe(403);
    expect((await c.asc.post(partnersUrl(), partner())).status).toBe(403);
    expect((await c.outsider.get(partnersUrl())).status).toBe(404);
  });

  it('bad input names the field; every change and export is audited', async () => {
    const bad = await c.csa.post(
      partnersUrl(),
      partner({ mouSignedOn: daysFromNow(0), mouExpiresOn: daysFromNow(-5) }),
    );
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('mouExpiresOn');
    const renewed = await c.csa.patch(`/api/slt-partners/${expired}`, {
      mouExpiresOn: daysFromNow(365),
      mouSignedOn: daysFromNow(-1),
    });
    expect(renewed.body).toMatchObject({ sharing: true, flags: [] });
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, expired));
    const actions = rows.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['slt_partner.create', 'slt_partner.update', 'slt_partner.export']),
    );
  });
});
