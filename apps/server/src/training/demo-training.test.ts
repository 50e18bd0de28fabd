import { count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  notifications,
  ssafeMandates,
  trainingCertificates,
  travelRequests,
} from '../db/schema/index.ts';
import { seedDemo } from '../seed/demo.ts';
import { seedDemoTraining } from '../seed/demo-training.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('training and travel demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 60_000);

  it('staff@ has a pending request to Kessa, routed to the ASC, and the Kessa advisory', async () => {
    const staff = await signIn(t.app, 'staff@fieldsafe.test', 'fieldsafe-demo');
    const mine = await staff.get('/api/travel/requests?view=mine');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ status: 'pending', outcome: 'approve' });
    expect(mine.body.items[0].legs[0]).toMatchObject({
      locationName: 'Kessa',
      approverRole: 'ASC',
    });
    const notes = await staff.get('/api/notifications');
    expect(notes.body.unread).toBeGreaterThanOrEqual(1);
    expect(notes.body.items.map((n: { kind: string }) => n.kind)).toContain('travel_advisory');
    const asc = await signIn(t.app, 'asc@fieldsafe.test', 'fieldsafe-demo');
    const queue = await asc.get('/api/travel/requests?view=queue');
    // staff@'s request, the warden's home leave [002 §18], and the two rep@ filed for others.
    expect(queue.body.items.map((r: { travelKind: string }) => r.travelKind).sort()).toEqual([
      'home_leave',
      'official',
      'official',
      'official',
    ]);
  });

  it('rep@ filed for their spouse and for a UNICEF colleague; the spouse’s insurance ends during the stay [004 ¶27]', async () => {
    const rep = await signIn(t.app, 'rep@fieldsafe.test', 'fieldsafe-demo');
    const mine = await rep.get('/api/travel/requests?view=mine');
    const filed = mine.body.items.map((r: { filedAs: string; outcome: string }) => [
      r.filedAs,
      r.outcome,
    ]);
    expect(filed.sort()).toEqual([
      ['organization', 'approve'],
      ['sponsor', 'refer'],
    ]);
    const family = mine.body.items.find((r: { filedAs: string }) => r.filedAs === 'sponsor');
    expect(family.reasons.map((r: { code: string }) => r.code)).toContain('MAIP_EXPIRED');
    expect(family.reasons.map((r: { code: string }) => r.code)).not.toContain('BSITF_MISSING');
  });

  it('an SSAFE exemption at Kessa ends within three weeks: the DO’s home asks for a decision', async () => {
    const designated = await signIn(t.app, 'do@fieldsafe.test', 'fieldsafe-demo');
    const home = await designated.get('/api/home');
    expect(home.status).toBe(200);
    const ssafe = (home.body.sections as { key: string; items: { title: string }[] }[]).find(
      (x) => x.key === 'decideSsafe',
    );
    expect(ssafe?.items).toHaveLength(1);
    expect(ssafe?.items[0]?.title).toContain('Kessa');
  });

  it('every demo staff member has a staff type and a management level, so the indicators have no "unspecified" group', async () => {
    const csa = await signIn(t.app, 'csa@fieldsafe.test', 'fieldsafe-demo');
    const me = await csa.get('/api/auth/me');
    const res = await csa.get(`/api/training/indicators?countryId=${me.body.homeCountryId}`);
    expect(res.status).toBe(200);
    const groups = (rows: { group: string; headcount: number }[]) =>
      rows.filter((r) => r.headcount > 0).map((r) => r.group);
    expect(groups(res.body.byStaffType)).toEqual(
      expect.arrayContaining(['international_professional', 'general_service', 'consultant']),
    );
    expect(groups(res.body.byStaffType)).not.toContain('unspecified');
    expect(groups(res.body.byManagementLevel)).toEqual(['senior', 'middle', 'staff']);
    expect(res.body.total.headcount).toBeGreaterThan(300);
    expect(res.body.securityPersonnel.headcount).toBeGreaterThanOrEqual(1);
    expect(res.body.total.ssafe.required).toBeGreaterThan(0);
  });

  it('the report shows expired and expiring certificates', async () => {
    const csa = await signIn(t.app, 'csa@fieldsafe.test', 'fieldsafe-demo');
    const me = await csa.get('/api/auth/me');
    const countryId = me.body.homeCountryId ?? me.body.countryId;
    const report = await csa.get(`/api/training/report?countryId=${countryId}`);
    expect(report.status).toBe(200);
    expect(report.body.expiring.length).toBeGreaterThan(0);
  });

  it('loading it again changes nothing', async () => {
    const db = t.database.db;
    const counts = async () =>
      Promise.all(
        [trainingCertificates, ssafeMandates, travelRequests, notifications].map(async (table) => {
          const [row] = await db.select({ n: count() }).from(table);
          return row?.n;
        }),
      );
    const before = await counts();
    await seedDemoTraining(db);
    expect(await counts()).toEqual(before);
    const [m] = await db
      .select()
      .from(ssafeMandates)
      .where(eq(ssafeMandates.locationKind, 'duty_station'));
    expect(m).toBeDefined();
  });
});
