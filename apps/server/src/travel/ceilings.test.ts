import { addDays } from '@fieldsafe/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { today } from '../access/actor.ts';
import type { Db } from '../db/client.ts';
import { dutyStations, trainingCertificates } from '../db/schema/index.ts';
import {
  buildSecurityLevel,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const day = today();
const soon = addDays(day, 10);
const recent = addDays(day, -100);

/** A minimal security risk assessment of a duty station. */
const assessment = (w: World, dutyStationId: string, over: Record<string, unknown> = {}) => ({
  locationType: 'duty_station',
  countryId: w.country.id,
  dutyStationId,
  title: 'Ridge SRA',
  acceptableLevel: 'medium',
  assessedOn: day,
  reviewDue: addDays(day, 180),
  goals: [{ title: 'Nutrition programme', criticality: 'critical' }],
  threats: [{ category: 'hazards', title: 'Landslides', human: false }],
  risks: [],
  ...over,
});

describe('staff ceilings: one source for the risk assessment and travel clearance', () => {
  let t: TestApp;
  let db: Db;
  let w: World;
  let ridge: { id: string };
  let c: Record<'do' | 'csa' | 'staff', Client>;

  beforeAll(async () => {
    t = await testApp();
    db = t.database.db;
    w = await buildWorld(db);
    const [station] = await db
      .insert(dutyStations)
      .values({ countryId: w.country.id, areaId: w.north.id, name: 'Ridge', kind: 'field' })
      .returning();
    ridge = station!;
    await buildSecurityLevel(db, w);
    const dOfficial = await buildUser(db, w, 'DO');
    const csa = await buildUser(db, w, 'CSA');
    const staff = await buildUser(db, w, 'staff');
    await db.insert(trainingCertificates).values([
      { personId: staff.person.id, course: 'BSITF', issuedOn: recent },
      { personId: staff.person.id, course: 'ASITF', issuedOn: recent },
    ]);
    c = {
      do: await signIn(t.app, dOfficial.email),
      csa: await signIn(t.app, csa.email),
      staff: await signIn(t.app, staff.email),
    };
  });

  const requestRidge = () =>
    c.staff.post('/api/travel/requests', {
      purpose: 'Monitoring',
      legs: [{ destinationId: ridge.id, arrivalOn: soon, departureOn: addDays(soon, 3) }],
    });
  const codes = (res: { body: { reasons: { code: string }[] } }) =>
    res.body.reasons.map((r) => r.code);

  it('the ceiling set in the risk assessment is the one clearance applies and travel admin lists', async () => {
    const sra = await c.csa.post(
      '/api/risk/assessments',
      assessment(w, ridge.id, { staffCeiling: 0 }),
    );
    expect(sra.status).toBe(201);
    expect(sra.body.staffCeiling).toBe(0);
    const res = await requestRidge();
    expect(res.status).toBe(201);
    expect(codes(res)).toContain('STAFF_CEILING_REACHED');
    const list = await c.do.get(`/api/travel/ceilings?countryId=${w.country.id}`);
    expect(list.status).toBe(200);
    expect(list.body.canSet).toBe(true);
    const entry = list.body.items.find((i: { locationId: string }) => i.locationId === ridge.id);
    expect(entry).toMatchObject({ ceiling: 0, locationName: 'Ridge', assessmentId: sra.body.id });
    const hc = await c.do.get(`/api/travel/headcount?locationId=${ridge.id}&date=${soon}`);
    expect(hc.body.ceiling).toBe(0);
  });

  it('a ceiling set in travel admin shows on the current assessment; lifting it clears both', async () => {
    const set = await c.do.put(`/api/travel/ceilings/${ridge.id}`, { ceiling: 40 });
    expect(set.status).toBe(200);
    const current = await c.csa.get(`/api/risk/assessments?countryId=${w.country.id}`);
    const sra = current.body.items.find(
      (a: { dutyStationId: string | null }) => a.dutyStationId === ridge.id,
    );
    expect(sra.staffCeiling).toBe(40);
    const ok = await requestRidge();
    expect(codes(ok)).not.toContain('STAFF_CEILING_REACHED');
    const lift = await c.do.del(`/api/travel/ceilings/${ridge.id}`);
    expect(lift.status).toBe(204);
    const after = await c.csa.get(`/api/risk/assessments/${sra.id}`);
    expect(after.body.staffCeiling).toBeNull();
    const again = await c.do.del(`/api/travel/ceilings/${ridge.id}`);
    expect(again.status).toBe(404);
  });

  it('a new assessment that leaves the ceiling out keeps it; null lifts it; the old version shows none', async () => {
    await c.do.put(`/api/travel/ceilings/${ridge.id}`, { ceiling: 0, appliesTo: 'international' });
    const kept = await c.csa.post('/api/risk/assessments', assessment(w, ridge.id));
    expect(kept.status).toBe(201);
    expect(kept.body.staffCeiling).toBe(0);
    const changed = await c.csa.post(
      '/api/risk/assessments',
      assessment(w, ridge.id, { staffCeiling: 7 }),
    );
    expect(changed.body.staffCeiling).toBe(7);
    const list = await c.do.get(`/api/travel/ceilings?countryId=${w.country.id}`);
    const entry = list.body.items.find((i: { locationId: string }) => i.locationId === ridge.id);
    // The scope set in travel admin is kept when the assessment changes the number.
    expect(entry).toMatchObject({ ceiling: 7, appliesTo: 'international' });
    const old = await c.csa.get(`/api/risk/assessments/${kept.body.id}`);
    expect(old.body.current).toBe(false);
    expect(old.body.staffCeiling).toBeNull();
    const lifted = await c.csa.post(
      '/api/risk/assessments',
      assessment(w, ridge.id, { staffCeiling: null }),
    );
    expect(lifted.body.staffCeiling).toBeNull();
    const none = await c.do.get(`/api/travel/ceilings?countryId=${w.country.id}`);
    expect(none.body.items.some((i: { locationId: string }) => i.locationId === ridge.id)).toBe(
      false,
    );
  });

  it('only the Designated Official sets or lifts a ceiling in travel admin (403 for the CSA, 404 out of scope)', async () => {
    expect((await c.csa.put(`/api/travel/ceilings/${ridge.id}`, { ceiling: 3 })).status).toBe(403);
    expect((await c.staff.put(`/api/travel/ceilings/${ridge.id}`, { ceiling: 3 })).status).toBe(
      404,
    );
    expect((await c.csa.del(`/api/travel/ceilings/${ridge.id}`)).status).toBe(403);
    const bad = await c.do.put(`/api/travel/ceilings/${ridge.id}`, { ceiling: -1 });
    expect(bad.status).toBe(400);
  });
});
