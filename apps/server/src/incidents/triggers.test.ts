import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { assessmentBody, testRisk } from '../../test/risk.ts';

describe('what a reported incident sets in motion', () => {
  let t: TestApp;
  let w: World;
  let csa: Client;
  let staff: Client;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
    staff = await signIn(t.app, (await buildUser(t.database.db, w, 'staff')).email);
  });

  it('recording an incident at a duty station flags its risk assessment for review, with the reason', async () => {
    const sra = await csa.post(
      '/api/risk/assessments',
      assessmentBody(w, {
        reviewDue: '2027-01-10',
        goals: [],
        risks: [testRisk(0, 'personnel', 'Staff robbed', [3, 3], [2, 2])],
      }),
    );
    expect(sra.status).toBe(201);
    expect(sra.body.flaggedForReview).toBe(false);
    const incident = await staff.post('/api/incidents', {
      category: 'ROBBERY',
      occurredAt: '2026-11-01T12:00:00Z',
      countryId: w.country.id,
      areaId: w.north.id,
      dutyStationId: w.town.id,
      personnelAffected: 1,
      title: 'Robbery at the Town market',
      narrative: 'Phone taken at knife point.',
    });
    expect(incident.status).toBe(201);
    const after = await csa.get(`/api/risk/assessments/${sra.body.id}`);
    expect(after.body.flaggedForReview).toBe(true);
    expect(after.body.flagReason).toContain('Robbery at the Town market');
    expect(after.body.flagCause).toMatchObject({
      code: 'incident',
      params: { title: 'Robbery at the Town market' },
    });
    // A later report leaves the pending review as it is (no rewrite of the same rows by every report).
    const second = await staff.post('/api/incidents', {
      category: 'ROBBERY',
      occurredAt: '2026-11-02T12:00:00Z',
      countryId: w.country.id,
      areaId: w.north.id,
      personnelAffected: 1,
      title: 'Second robbery',
      narrative: 'Bag taken.',
    });
    expect(second.status).toBe(201);
    const still = await csa.get(`/api/risk/assessments/${sra.body.id}`);
    expect(still.body.flagReason).toContain('Robbery at the Town market');
    expect(still.body.flaggedAt).toBe(after.body.flaggedAt);
  });

  it('a draft flags nothing until it is reported', async () => {
    const sra = await csa.post('/api/risk/assessments', {
      locationType: 'area',
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Capital SRA',
      acceptableLevel: 'medium',
      assessedOn: '2026-01-10',
      reviewDue: '2027-01-10',
      goals: [],
      threats: [{ category: 'hazards', title: 'Flood', human: false }],
      risks: [
        {
          threat: 0,
          exposed: 'premises',
          description: 'Flooding',
          inherent: { likelihood: 2, impact: 2 },
          residual: { likelihood: 2, impact: 2 },
        },
      ],
    });
    expect(sra.status).toBe(201);
    const draft = await staff.post('/api/incidents', {
      category: 'FIRE',
      occurredAt: '2026-11-02T12:00:00Z',
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Kitchen fire',
      narrative: 'Small fire.',
      submit: false,
    });
    expect((await csa.get(`/api/risk/assessments/${sra.body.id}`)).body.flaggedForReview).toBe(
      false,
    );
    await staff.post(`/api/incidents/${draft.body.id}/status`, { status: 'reported' });
    expect((await csa.get(`/api/risk/assessments/${sra.body.id}`)).body.flaggedForReview).toBe(
      true,
    );
  });
});
