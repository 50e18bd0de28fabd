import { beforeAll, describe, expect, it } from 'vitest';
import { people, securityLevelDecisions } from '../db/schema/index.ts';
import { eq } from 'drizzle-orm';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const instantDaysAgo = (n: number, hour = 9) =>
  `${daysAgo(n)}T${String(hour).padStart(2, '0')}:00:00+00:00`;

describe('security plans, drills and the radio-check log', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'csa' | 'do' | 'staff' | 'north' | 'warden' | 'otherCsa' | 'smt', Client>;
  let staffId: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const staff = await buildUser(db, w, 'staff');
    staffId = staff.person.id;
    c = {
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      smt: await signIn(
        t.app,
        (await buildUser(db, w, 'SMT_MEMBER', { organizationId: w.orgB.id })).email,
      ),
      staff: await signIn(t.app, staff.email),
      north: await signIn(
        t.app,
        (await buildUser(db, w, 'staff', {}, { station: w.town, zone: w.zone3 })).email,
      ),
      warden: await signIn(t.app, (await buildUser(db, w, 'WARDEN', { zoneId: w.zone1.id })).email),
      otherCsa: await signIn(
        t.app,
        (await buildUser(db, other, 'CSA', {}, { station: other.city, zone: other.zone1 })).email,
      ),
    };
    await buildPerson(db, w);
    await db.update(people).set({ radioCallSign: 'PAPA 1' }).where(eq(people.id, staffId));
    // The North is high-risk (level 4); the capital keeps the country's level 2.
    await db.insert(securityLevelDecisions).values([
      {
        countryId: w.country.id,
        scale: 'security_level_1_6',
        level: '2',
        effectiveFrom: '2024-01-01',
        reason: 'baseline',
        decidedBy: 'DO',
      },
      {
        countryId: w.country.id,
        areaId: w.north.id,
        scale: 'security_level_1_6',
        level: '4',
        effectiveFrom: '2024-06-01',
        reason: 'clashes',
        decidedBy: 'DO',
      },
    ]);
  });

  const version = (over: Record<string, unknown> = {}) => ({
    summary: 'Country security plan, annual revision',
    body: 'Phases, assembly points, concentration points, communication tree.',
    approvedBy: 'Designated Official',
    approvedOn: daysAgo(30),
    nextReviewOn: daysAgo(-335),
    ...over,
  });

  describe('security plans', () => {
    let planId: string;
    let v1: string;
    let v2: string;

    it('the CSA creates a country security plan and publishes it to everyone in the country', async () => {
      const created = await c.csa.post('/api/preparedness/plans', {
        countryId: w.country.id,
        kind: 'country',
        title: 'Country security plan',
        owner: 'CSA',
      });
      expect(created.status).toBe(201);
      planId = created.body.id;
      const pub = await c.csa.post(`/api/preparedness/plans/${planId}/versions`, version());
      expect(pub.status).toBe(201);
      expect(pub.body.versions).toHaveLength(1);
      v1 = pub.body.versions[0].id;
      // Six personnel in the country: the CSA, the DO, the SMT member, two staff, the warden, one more.
      expect(pub.body.versions[0].progress).toMatchObject({ requested: 7, acknowledged: 0 });
    });

    it('publishing a new version supersedes the previous one and asks everyone again', async () => {
      const pub = await c.csa.post(
        `/api/preparedness/plans/${planId}/versions`,
        version({
          summary: 'Revised after the SRA',
          approvedOn: daysAgo(400),
          nextReviewOn: daysAgo(35),
        }),
      );
      expect(pub.status).toBe(201);
      const [current, previous] = pub.body.versions;
      v2 = current.id;
      expect(current).toMatchObject({ number: 2, current: true, reviewOverdue: true });
      expect(previous).toMatchObject({ number: 1, current: false, reviewOverdue: false });
      expect(current.progress.requested).toBe(7);
    });

    it('a staff member sees the plans they still have to acknowledge and acknowledges for themself', async () => {
      const mine = await c.staff.get('/api/preparedness/plans?toAcknowledge=true');
      expect(mine.status).toBe(200);
      expect(mine.body.items).toEqual([
        expect.objectContaining({
          id: planId,
          mine: expect.objectContaining({ versionId: v2, acknowledgedAt: null }),
        }),
      ]);
      const ack = await c.staff.post(`/api/preparedness/plan-versions/${v2}/acknowledge`, {});
      expect(ack.status).toBe(200);
      expect(ack.body.acknowledgedAt).toBeTruthy();
      const again = await c.staff.get('/api/preparedness/plans?toAcknowledge=true');
      expect(again.body.items).toEqual([]);
      const detail = await c.staff.get(`/api/preparedness/plans/${planId}`);
      expect(detail.body.abilities).toEqual({ canEdit: false, canSeeProgress: false });
      expect(detail.body.versions[0].progress.requested).toBe(0);
    });

    it('an acknowledgement is the person’s own: one only counts once and nobody acknowledges for another', async () => {
      const forOther = await c.staff.post(`/api/preparedness/plan-versions/${v2}/acknowledge`, {
        personId: 'anyone',
      });
      expect(forOther.status).toBe(400);
      expect(forOther.body.details[0].path).toBe('personId');
      const ack = await c.staff.post(`/api/preparedness/plan-versions/${v2}/acknowledge`, {});
      expect(ack.status).toBe(200);
      const report = await c.csa.get(
        `/api/preparedness/plan-versions/${v2}/acknowledgements?status=acknowledged`,
      );
      expect(report.body.progress).toMatchObject({ requested: 7, acknowledged: 1 });
      expect(report.body.items.map((i: { personId: string }) => i.personId)).toEqual([staffId]);
      const superseded = await c.north.post(
        `/api/preparedness/plan-versions/${v1}/acknowledge`,
        {},
      );
      expect(superseded.status).toBe(409);
      const otherCsa = await c.otherCsa.post(
        `/api/preparedness/plan-versions/${v2}/acknowledge`,
        {},
      );
      expect(otherCsa.status).toBe(404);
    });

    it('the report of who has not acknowledged is paginated', async () => {
      const page = await c.csa.get(
        `/api/preparedness/plan-versions/${v2}/acknowledgements?status=pending&pageSize=4&page=2`,
      );
      expect(page.status).toBe(200);
      expect(page.body).toMatchObject({ total: 6, page: 2, pageSize: 4 });
      expect(page.body.items).toHaveLength(2);
      const staff = await c.staff.get(`/api/preparedness/plan-versions/${v2}/acknowledgements`);
      expect(staff.status).toBe(403);
    });

    it('an area plan is only distributed to the people of its area', async () => {
      const created = await c.csa.post('/api/preparedness/plans', {
        countryId: w.country.id,
        areaId: w.north.id,
        kind: 'relocation_evacuation',
        title: 'North relocation plan',
        owner: 'CSA',
      });
      expect(created.status).toBe(201);
      const pub = await c.csa.post(
        `/api/preparedness/plans/${created.body.id}/versions`,
        version(),
      );
      expect(pub.body.versions[0].progress.requested).toBe(1);
      const list = await c.staff.get('/api/preparedness/plans');
      expect(list.body.items.map((p: { id: string }) => p.id)).toEqual([planId]);
      const hidden = await c.staff.get(`/api/preparedness/plans/${created.body.id}`);
      expect(hidden.status).toBe(404);
    });

    it('validation names the field, other countries see nothing and only managers publish', async () => {
      const bad = await c.csa.post('/api/preparedness/plans', {
        countryId: w.country.id,
        kind: 'national',
        title: 'x',
        owner: 'y',
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].path).toBe('kind');
      const area = await c.csa.post('/api/preparedness/plans', {
        countryId: w.country.id,
        kind: 'area',
        title: 'x',
        owner: 'y',
      });
      expect(area.status).toBe(400);
      expect(area.body.details[0].path).toBe('areaId');
      const review = await c.csa.post(
        `/api/preparedness/plans/${planId}/versions`,
        version({ nextReviewOn: daysAgo(40) }),
      );
      expect(review.status).toBe(400);
      expect(review.body.details[0].path).toBe('nextReviewOn');
      expect((await c.otherCsa.get(`/api/preparedness/plans/${planId}`)).status).toBe(404);
      expect(
        (await c.otherCsa.post(`/api/preparedness/plans/${planId}/versions`, version())).status,
      ).toBe(404);
      expect(
        (await c.smt.post(`/api/preparedness/plans/${planId}/versions`, version())).status,
      ).toBe(403);
      expect(
        (await c.staff.post(`/api/preparedness/plans/${planId}/versions`, version())).status,
      ).toBe(403);
    });
  });

  describe('drills', () => {
    it('every duty station lacks its drills until some are held; overdue is reported with days', async () => {
      const before = await c.do.get(`/api/drills/overdue?countryId=${w.country.id}`);
      expect(before.status).toBe(200);
      expect(before.body.overdueCount).toBe(4);
      const town = before.body.items.filter(
        (i: { dutyStationId: string }) => i.dutyStationId === w.town.id,
      );
      expect(town.every((i: { riskBand: string }) => i.riskBand === 'high')).toBe(true);

      const scheduled = await c.csa.post('/api/drills', {
        countryId: w.country.id,
        dutyStationId: w.town.id,
        kind: 'quick',
        scheduledOn: daysAgo(100),
        scenario: 'Gunfire heard outside the compound',
      });
      expect(scheduled.status).toBe(201);
      expect(scheduled.body.areaId).toBe(w.north.id);
      const recorded = await c.csa.post(`/api/drills/${scheduled.body.id}/record`, {
        startedAt: instantDaysAgo(100, 9),
        endedAt: `${daysAgo(100)}T09:15:00+00:00`,
        participantIds: [staffId],
        findings: 'Safe room door jammed',
        followUpActions: 'Fix the safe room door',
      });
      expect(recorded.status).toBe(200);
      expect(recorded.body).toMatchObject({
        status: 'done',
        durationMinutes: 15,
        participantCount: 1,
        heldOn: daysAgo(100),
      });

      // A country-wide evacuation drill 20 days ago covers every station.
      const evac = await c.csa.post('/api/drills', {
        countryId: w.country.id,
        kind: 'evacuation',
        scheduledOn: daysAgo(20),
      });
      await c.csa.post(`/api/drills/${evac.body.id}/record`, {
        startedAt: instantDaysAgo(20, 10),
        endedAt: instantDaysAgo(20, 12),
        findings: 'All accounted for in 40 minutes',
      });

      const after = await c.do.get(`/api/drills/overdue?countryId=${w.country.id}`);
      const rows = after.body.items.map(
        (i: { dutyStationId: string; kind: string; daysOverdue: number | null }) => [
          i.dutyStationId,
          i.kind,
          i.daysOverdue,
        ],
      );
      // The high-risk town's quick drill was due three months after; the capital never had one.
      expect(rows).toEqual([
        [w.city.id, 'quick', null],
        [w.town.id, 'quick', expect.any(Number)],
      ]);
      expect(rows[1][2]).toBeGreaterThan(0);
      const all = await c.do.get(`/api/drills/overdue?countryId=${w.country.id}&all=true`);
      expect(all.body.items).toHaveLength(4);
    });

    it('drill records are validated, scoped and only managers schedule them', async () => {
      const bad = await c.csa.post('/api/drills', {
        countryId: w.country.id,
        dutyStationId: other.city.id,
        kind: 'evacuation',
        scheduledOn: daysAgo(1),
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].path).toBe('dutyStationId');
      const d = await c.csa.post('/api/drills', {
        countryId: w.country.id,
        kind: 'other',
        scheduledOn: daysAgo(-10),
      });
      const wrongEnd = await c.csa.post(`/api/drills/${d.body.id}/record`, {
        startedAt: instantDaysAgo(1, 10),
        endedAt: instantDaysAgo(1, 9),
        findings: 'x',
      });
      expect(wrongEnd.status).toBe(400);
      expect(wrongEnd.body.details[0].path).toBe('endedAt');
      const stranger = await c.csa.post(`/api/drills/${d.body.id}/record`, {
        startedAt: instantDaysAgo(1, 9),
        endedAt: instantDaysAgo(1, 10),
        participantIds: [staffId, '00000000-0000-4000-8000-000000000000'],
        findings: 'x',
      });
      expect(stranger.status).toBe(400);
      expect(stranger.body.details[0].path).toBe('participantIds.1');
      expect((await c.otherCsa.get(`/api/drills/${d.body.id}`)).status).toBe(404);
      expect((await c.otherCsa.get(`/api/drills/overdue?countryId=${w.country.id}`)).status).toBe(
        404,
      );
      expect((await c.smt.get(`/api/drills/${d.body.id}`)).status).toBe(200);
      const smt = await c.smt.post(`/api/drills/${d.body.id}/record`, {
        startedAt: instantDaysAgo(1, 9),
        endedAt: instantDaysAgo(1, 10),
        findings: 'x',
      });
      expect(smt.status).toBe(403);
      const list = await c.do.get(`/api/drills?countryId=${w.country.id}&pageSize=2`);
      expect(list.body).toMatchObject({ total: 3, pageSize: 2 });
      expect(list.body.items).toHaveLength(2);
    });
  });

  describe('radio checks', () => {
    it('a warden records a roll call for their zone; missed calls are reported by person', async () => {
      const roster = await c.warden.get(
        `/api/radio-checks/roster?countryId=${w.country.id}&zoneId=${w.zone1.id}`,
      );
      expect(roster.status).toBe(200);
      expect(
        roster.body.items.some((r: { callSign: string | null }) => r.callSign === 'PAPA 1'),
      ).toBe(true);
      for (const [day, answered] of [
        [3, false],
        [2, false],
        [1, true],
      ] as const) {
        const res = await c.warden.post('/api/radio-checks', {
          countryId: w.country.id,
          zoneId: w.zone1.id,
          net: 'Capital VHF net',
          heldAt: instantDaysAgo(day, 19),
          entries: [
            { personId: staffId, answered, answeredAt: answered ? instantDaysAgo(day, 19) : null },
            { callSign: 'VICTOR 7', answered: true },
          ],
        });
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({ called: 2, missed: answered ? 0 : 1 });
      }
      const report = await c.csa.get(
        `/api/radio-checks/missed?countryId=${w.country.id}&from=${daysAgo(7)}&to=${daysAgo(0)}`,
      );
      expect(report.status).toBe(200);
      expect(report.body.items).toEqual([
        expect.objectContaining({
          personId: staffId,
          callSign: 'PAPA 1',
          called: 3,
          missed: 2,
          flagged: true,
        }),
      ]);
      const narrow = await c.warden.get(
        `/api/radio-checks/missed?countryId=${w.country.id}&from=${daysAgo(2)}&to=${daysAgo(1)}`,
      );
      expect(narrow.body.items).toEqual([expect.objectContaining({ missed: 1, flagged: false })]);
      const list = await c.warden.get(`/api/radio-checks?countryId=${w.country.id}`);
      expect(list.body).toMatchObject({ total: 3, abilities: { canRecord: true } });
    });

    it('a warden records only in their zone; others outside the country see nothing; bad input names the field', async () => {
      const elsewhere = await c.warden.post('/api/radio-checks', {
        countryId: w.country.id,
        zoneId: w.zone2.id,
        net: 'Capital VHF net',
        heldAt: instantDaysAgo(1),
        entries: [{ callSign: 'X', answered: true }],
      });
      expect(elsewhere.status).toBe(404);
      const staff = await c.staff.post('/api/radio-checks', {
        countryId: w.country.id,
        zoneId: w.zone1.id,
        net: 'Capital VHF net',
        heldAt: instantDaysAgo(1),
        entries: [{ callSign: 'X', answered: true }],
      });
      expect(staff.status).toBe(404);
      const smt = await c.smt.post('/api/radio-checks', {
        countryId: w.country.id,
        net: 'Country HF net',
        heldAt: instantDaysAgo(1),
        entries: [{ callSign: 'X', answered: true }],
      });
      expect(smt.status).toBe(403);
      const bad = await c.warden.post('/api/radio-checks', {
        countryId: w.country.id,
        zoneId: w.zone1.id,
        net: 'Capital VHF net',
        heldAt: instantDaysAgo(1),
        entries: [{ answered: true }],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0].path).toBe('entries.0.callSign');
      const dup = await c.warden.post('/api/radio-checks', {
        countryId: w.country.id,
        zoneId: w.zone1.id,
        net: 'Capital VHF net',
        heldAt: instantDaysAgo(1),
        entries: [
          { personId: staffId, answered: true },
          { callSign: 'papa 1', answered: false },
        ],
      });
      expect(dup.status).toBe(400);
      expect(dup.body.details[0].path).toBe('entries.1.callSign');
      const missed = await c.otherCsa.get(
        `/api/radio-checks/missed?countryId=${w.country.id}&from=${daysAgo(7)}&to=${daysAgo(0)}`,
      );
      expect(missed.status).toBe(404);
      const list = await c.otherCsa.get(`/api/radio-checks?countryId=${w.country.id}`);
      expect(list.body.total).toBe(0);
    });
  });
});
