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

describe('incident follow-up and road safety', () => {
  let t: TestApp;
  let w: World;
  let csa: Client;
  let staff: Client;
  let outsider: Client;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    const other = await buildWorld(t.database.db, 'Other');
    csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
    staff = await signIn(t.app, (await buildUser(t.database.db, w, 'staff')).email);
    outsider = await signIn(t.app, (await buildUser(t.database.db, other, 'CSA')).email);
  });

  const incident = async (extra: Record<string, unknown> = {}) =>
    (
      await csa.post('/api/incidents', {
        category: 'ROAD_TRAFFIC',
        occurredAt: '2026-02-03T08:00:00Z',
        countryId: w.country.id,
        personnelAffected: 2,
        fatalities: 1,
        injuries: 1,
        title: 'Vehicle rolled over',
        narrative: 'On the Town road.',
        ...extra,
      })
    ).body;

  it('a death without an investigation shows as missing in the annual review, until one is opened', async () => {
    const i = await incident();
    const before = await csa.get(
      `/api/incidents/annual-review?year=2026&countryId=${w.country.id}`,
    );
    expect(before.body.items.find((x: { id: string }) => x.id === i.id).investigation).toBe(
      'missing',
    );
    const review = await csa.post(`/api/incidents/${i.id}/reviews`, {
      kind: 'investigation',
      lead: 'Board of inquiry chair',
      openedOn: '2026-02-05',
    });
    expect(review.status).toBe(201);
    const after = await csa.get(`/api/incidents/annual-review?year=2026&countryId=${w.country.id}`);
    expect(after.body.items.find((x: { id: string }) => x.id === i.id).investigation).toBe('open');
  });

  it('a review is completed only with findings; a lesson is implemented only with evidence', async () => {
    const i = await incident();
    const review = (
      await csa.post(`/api/incidents/${i.id}/reviews`, {
        kind: 'after_action',
        lead: 'CSA',
        openedOn: '2026-02-04',
      })
    ).body;
    expect(
      (await csa.patch(`/api/incident-reviews/${review.id}`, { status: 'completed' })).body
        .details[0].path,
    ).toBe('findings');
    const lesson = (
      await csa.post(`/api/incident-reviews/${review.id}/lessons`, {
        recommendation: 'Seat belts in the back seats',
        owner: 'Fleet manager',
        dueOn: '2026-01-01',
      })
    ).body;
    expect(lesson.overdue).toBe(true);
    const noEvidence = await csa.patch(`/api/lessons/${lesson.id}`, { status: 'implemented' });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.details[0].path).toBe('evidence');
    const done = await csa.patch(`/api/lessons/${lesson.id}`, {
      status: 'implemented',
      evidence: 'Inspection report 2026-03',
    });
    expect(done.body).toMatchObject({ status: 'implemented', overdue: false });
  });

  it('a staff member may not open an investigation (403); another country does not see the incident (404)', async () => {
    const i = await incident({ classification: 'internal' });
    expect(
      (
        await staff.post(`/api/incidents/${i.id}/reviews`, {
          kind: 'investigation',
          lead: 'x',
          openedOn: '2026-02-05',
        })
      ).status,
    ).toBe(403);
    expect((await outsider.get(`/api/incidents/${i.id}/reviews`)).status).toBe(404);
  });

  it('driving under the influence revokes the permission to drive at once', async () => {
    const person = await buildPerson(t.database.db, w);
    const driver = (await csa.post('/api/drivers', { personId: person.id })).body;
    expect(driver.permitStatus).toBe('permitted');
    const res = await csa.post(`/api/drivers/${driver.id}/violations`, {
      kind: 'driving_under_influence',
      occurredOn: '2026-01-15',
    });
    expect(res.status).toBe(201);
    expect(res.body.permitStatus).toBe('revoked');
    expect(res.body.revokedReason).toContain('first instance');
  });

  it('[003 ¶46–47] a country sets its own penalty rules; by default speeding never revokes, under its rule the third does', async () => {
    const url = `/api/countries/${w.country.id}/road-safety-rules`;
    const initial = await csa.get(url);
    expect(initial.status).toBe(200);
    expect(initial.body).toMatchObject({
      isDefault: true,
      rules: [{ kinds: ['driving_under_influence'], count: 1, windowDays: null }],
      abilities: { canEdit: true },
    });
    const person = await buildPerson(t.database.db, w);
    const driver = (await csa.post('/api/drivers', { personId: person.id })).body;
    const speeding = (occurredOn: string) =>
      csa.post(`/api/drivers/${driver.id}/violations`, { kind: 'speeding', occurredOn });
    expect((await speeding('2026-01-10')).body.permitStatus).toBe('permitted');
    expect((await speeding('2026-01-20')).body.permitStatus).toBe('permitted');

    const bad = await csa.put(url, { rules: [{ kinds: [], count: 0 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'rules.0.count',
      'rules.0.kinds',
    ]);
    expect((await staff.put(url, { rules: [] })).status).toBe(404); // staff do not read incidents
    expect((await outsider.get(url)).status).toBe(404);

    const set = await csa.put(url, {
      rules: [
        { kinds: ['driving_under_influence'], count: 1, windowDays: null },
        { kinds: ['speeding', 'reckless_driving'], count: 3, windowDays: 3650 },
      ],
    });
    expect(set.status).toBe(200);
    expect(set.body.isDefault).toBe(false);
    const third = await speeding('2026-01-25');
    expect(third.body.permitStatus).toBe('revoked');
    expect(third.body.revokedReason).toContain('3 violations');
    // Restore the default for the other tests of this file.
    await csa.put(url, { rules: [{ kinds: ['driving_under_influence'], count: 1 }] });
  });

  it('a vehicle is compliant only with first-aid kit, spare tyre, recovery gear and seat belts', async () => {
    const v = await csa.post('/api/vehicles', {
      countryId: w.country.id,
      organizationId: w.orgA.id,
      registration: 'UN-101',
      hasFirstAidKit: true,
      hasSpareTyre: true,
      hasRecoveryGear: false,
      seatBeltsWork: true,
    });
    expect(v.status).toBe(201);
    expect(v.body.compliant).toBe(false);
    const list = await csa.get(`/api/vehicles?countryId=${w.country.id}`);
    expect(list.body.items.map((x: { registration: string }) => x.registration)).toContain(
      'UN-101',
    );
    expect((await outsider.get(`/api/vehicles?countryId=${w.country.id}`)).body.items).toEqual([]);
  });
});
