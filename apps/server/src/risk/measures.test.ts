import { eq, sql } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, mossStatuses, risks } from '../db/schema/index.ts';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { rowsOf } from '../db/client.ts';
import { assessmentBody, testRisk } from '../../test/risk.ts';

const MIGRATION = new URL('../../drizzle/0069_risk_measures_moss.sql', import.meta.url);

/** A robbery risk with a free-text measure and three linked to MOSS, threatening both goals. */
const ROBBERY = testRisk(0, 'personnel', 'Staff robbed on the road', [4, 4], [3, 4], {
  measures: [
    'Convoys by day only',
    { text: 'Radio in every vehicle', mossCode: 'TEL-08' },
    { text: 'Trauma bag at the office', mossCode: 'MED-02' },
    { text: 'Access control at the gate', mossCode: 'PRE-01' },
  ],
  goals: [0, 1],
});

const body = (w: World, over: Record<string, unknown> = {}) =>
  assessmentBody(w, {
    goals: [
      { title: 'Vaccination campaign', criticality: 'critical', acceptableLevel: 'high' },
      { title: 'Livelihood projects', criticality: 'low', acceptableLevel: 'low' },
    ],
    risks: [ROBBERY],
    ...over,
  });

describe('risk mitigation measures linked to MOSS, acceptable risk per programme goal', () => {
  let t: TestApp;
  let w: World;
  let csa: Client;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    csa = await signIn(t.app, (await buildUser(db, w, 'CSA')).email);
    const at = { countryId: w.country.id, areaId: w.north.id, dutyStationId: w.town.id };
    await db.insert(mossStatuses).values([
      { ...at, organizationId: w.orgA.id, measureCode: 'TEL-08', status: 'implemented' },
      { ...at, organizationId: w.orgB.id, measureCode: 'TEL-08', status: 'implemented' },
      { ...at, organizationId: w.orgA.id, measureCode: 'MED-02', status: 'implemented' },
      { ...at, organizationId: w.orgB.id, measureCode: 'MED-02', status: 'not_implemented' },
      // Elsewhere in the country: does not count for the town.
      {
        countryId: w.country.id,
        areaId: w.capital.id,
        dutyStationId: w.city.id,
        organizationId: w.orgA.id,
        measureCode: 'PRE-01',
        status: 'implemented',
      },
    ]);
  });

  it('shows each linked MOSS measure’s status where the risk is assessed and flags the risk when one is not in place', async () => {
    const res = await csa.post('/api/risk/assessments', body(w));
    expect(res.status).toBe(201);
    const [robbery] = res.body.risks;
    expect(robbery.measures).toEqual([
      { text: 'Convoys by day only', mossCode: null, placement: null },
      { text: 'Radio in every vehicle', mossCode: 'TEL-08', placement: 'in_place' },
      { text: 'Trauma bag at the office', mossCode: 'MED-02', placement: 'partial' },
      { text: 'Access control at the gate', mossCode: 'PRE-01', placement: 'not_in_place' },
    ]);
    expect(robbery.measureNotInPlace).toBe(true);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, res.body.id));
    expect(JSON.stringify(audit?.after)).toContain('"mossCode":"TEL-08"');
  });

  it('a high residual risk is acceptable for a critical goal accepting high, not for a low goal accepting low', async () => {
    const res = await csa.post('/api/risk/assessments', body(w, { title: 'Town SRA v2' }));
    const [vaccination, livelihoods] = res.body.goals;
    expect(res.body.risks[0].goals).toEqual([
      {
        goalId: vaccination.id,
        acceptableLevel: 'high',
        acceptable: true,
        code: 'within_goal_level',
      },
      {
        goalId: livelihoods.id,
        acceptableLevel: 'low',
        acceptable: false,
        code: 'above_goal_level',
      },
    ]);
  });

  it('a goal without its own level takes the assessment’s acceptable level', async () => {
    const one = body(w, {
      title: 'Town SRA v3',
      goals: [{ title: 'Coordination', criticality: 'high' }],
    });
    const res = await csa.post('/api/risk/assessments', {
      ...one,
      risks: [{ ...ROBBERY, goals: [0] }],
    });
    expect(res.status).toBe(201);
    expect(res.body.goals[0].acceptableLevel).toBe('medium');
    expect(res.body.risks[0].goals[0]).toMatchObject({
      acceptableLevel: 'medium',
      acceptable: false,
    });
  });

  it('a link to a measure that is not in the MOSS catalogue is refused with 400 naming the field', async () => {
    const bad = body(w);
    const risk = { ...ROBBERY, measures: ['Curfew', { text: 'Radios', mossCode: 'XXX-99' }] };
    const res = await csa.post('/api/risk/assessments', { ...bad, risks: [risk] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      expect.objectContaining({ path: 'risks.0.measures.1.mossCode' }),
    ]);
  });

  it('a critical acceptable level for a goal below the highest criticality is refused (400 naming it); a goal that is not there too', async () => {
    const res = await csa.post(
      '/api/risk/assessments',
      body(w, {
        goals: [{ title: 'Livelihoods', criticality: 'high', acceptableLevel: 'critical' }],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path).sort()).toEqual([
      'goals.0.acceptableLevel',
      'risks.0.goals.1',
    ]);
  });

  it('the migration turns free-text measures into { text } without losing any, in their order', async () => {
    const res = await csa.post('/api/risk/assessments', body(w, { title: 'Town SRA v4' }));
    const db = t.database.db;
    const riskId: string = res.body.risks[0].id;
    await db.execute(
      sql`update risks set measures = '["Convoys by day only", "Radio checks at 08:00", "Check-in calls"]'::jsonb where id = ${riskId}`,
    );
    const [update] = (await readFile(MIGRATION, 'utf8')).split('--> statement-breakpoint');
    await db.execute(sql.raw(update ?? ''));
    const [row] = await rowsOf<{ measures: unknown }>(
      db,
      sql`select ${risks.measures} as measures from ${risks} where ${risks.id} = ${riskId}`,
    );
    expect(row?.measures).toEqual([
      { text: 'Convoys by day only', mossCode: null },
      { text: 'Radio checks at 08:00', mossCode: null },
      { text: 'Check-in calls', mossCode: null },
    ]);
    const after = await csa.get(`/api/risk/assessments/${res.body.id}`);
    expect(after.body.risks[0].measures.map((m: { text: string }) => m.text)).toEqual([
      'Convoys by day only',
      'Radio checks at 08:00',
      'Check-in calls',
    ]);
  });
});
