import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('compliance missions, findings, rating and non-compliance cases', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'csa' | 'smt' | 'otherCsa', Client>;
  let missionId: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    c = {
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      smt: await signIn(t.app, (await buildUser(db, w, 'SMT_MEMBER')).email),
      otherCsa: await signIn(
        t.app,
        (await buildUser(db, other, 'CSA', {}, { station: other.city, zone: other.zone1 })).email,
      ),
    };
    const res = await c.csa.post(`/api/countries/${w.country.id}/compliance-missions`, {
      visitedOn: '2025-06-01',
      team: 'DSS compliance team',
      briefedDoSmtOn: '2025-06-05',
    });
    expect(res.status).toBe(201);
    missionId = res.body.id;
  });

  it('an SMT member reads missions but may not record one (403)', async () => {
    const res = await c.smt.post(`/api/countries/${w.country.id}/compliance-missions`, {
      visitedOn: '2025-06-01',
      team: 'x',
    });
    expect(res.status).toBe(403);
    const list = await c.smt.get(`/api/countries/${w.country.id}/compliance-missions`);
    expect(list.body.items).toHaveLength(1);
  });

  it('a finding past its deadline escalates: focal point, then Executive Head, then HLCM', async () => {
    const res = await c.csa.post(`/api/compliance-missions/${missionId}/findings`, {
      actorCategory: 'organization',
      organizationId: w.orgA.id,
      text: 'Evacuation plan not tested in the last six months',
      severity: 'critical',
      owner: 'Agency A representative',
      deadline: '2025-07-01',
    });
    expect(res.status).toBe(201);
    const [finding] = res.body.findings;
    expect(finding).toMatchObject({ overdue: true, escalation: 'hlcm', verified: false });
  });

  it('a finding with an invalid severity is refused naming the field', async () => {
    const res = await c.csa.post(`/api/compliance-missions/${missionId}/findings`, {
      actorCategory: 'do',
      text: 'x',
      severity: 'huge',
      owner: 'DO',
      deadline: '2026-01-01',
    });
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('severity');
  });

  it('an overdue critical finding caps the country rating', async () => {
    const res = await c.smt.get(`/api/countries/${w.country.id}/compliance-rating`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      openFindings: 1,
      escalation: { focalPoint: 0, usg: 0, executiveHead: 0, hlcm: 1 },
      implementation: { due: 1, closedOnTime: 0, percent: 0 },
    });
  });

  it('a finding is closed only once verified: ticked without evidence → 409', async () => {
    const mission = await c.csa.get(`/api/compliance-missions/${missionId}`);
    const id = mission.body.findings[0].id;
    const ticked = await c.csa.post(`/api/compliance-findings/${id}/close`, {
      closedOn: '2025-08-01',
    });
    expect(ticked.status).toBe(409);
    expect(ticked.body.message).toContain('must be verified');
    const verified = await c.csa.post(`/api/compliance-findings/${id}/close`, {
      closedOn: '2025-08-01',
      evidence: ['Drill report of 28 July 2025'],
      verifiedBy: 'Return visit team',
    });
    expect(verified.status).toBe(200);
    expect(verified.body.findings[0]).toMatchObject({ escalation: 'none', verified: true });
  });

  it('records non-compliance cases with their stage and lists a year', async () => {
    const res = await c.csa.post(`/api/countries/${w.country.id}/non-compliance-cases`, {
      who: 'Agency B country office',
      policy: 'Residential security measures',
      stage: 'loss_or_damage_to_property',
      occurredOn: '2025-03-10',
      actionTaken: 'Reported to the Executive Head',
    });
    expect(res.status).toBe(201);
    const bad = await c.csa.post(`/api/countries/${w.country.id}/non-compliance-cases`, {
      who: 'x',
      policy: 'y',
      stage: 'minor',
      occurredOn: '2025-03-10',
    });
    expect(bad.body.details[0].path).toBe('stage');
    const year = await c.smt.get(`/api/countries/${w.country.id}/non-compliance-cases?year=2025`);
    expect(year.body.items).toHaveLength(1);
    const none = await c.smt.get(`/api/countries/${w.country.id}/non-compliance-cases?year=2024`);
    expect(none.body.items).toHaveLength(0);
    const csv = await c.smt.get(
      `/api/countries/${w.country.id}/non-compliance-report.csv?year=2025`,
    );
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(String(csv.body).split('\r\n')).toEqual([
      'occurred_on,who,policy,stage,action_taken',
      '2025-03-10,Agency B country office,Residential security measures,loss_or_damage_to_property,Reported to the Executive Head',
      '',
    ]);
    const html = await c.smt.get(
      `/api/countries/${w.country.id}/non-compliance-report.html?year=2025`,
    );
    expect(html.status).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(String(html.body)).toContain('<td>Loss of or damage to property</td><td>1</td>');
    expect(String(html.body)).toContain('Agency B country office');
    // In the language asked for (the web app asks for the reader's), right-to-left in Arabic.
    const fr = String(
      (
        await c.smt.get(
          `/api/countries/${w.country.id}/non-compliance-report.html?year=2025&lang=fr`,
        )
      ).body,
    );
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    expect(fr).toContain('<td>Perte ou endommagement de biens</td><td>1</td>');
    expect(fr).toContain('10 mars 2025');
    const ar = String(
      (
        await c.smt.get(
          `/api/countries/${w.country.id}/non-compliance-report.html?year=2025&lang=ar`,
        )
      ).body,
    );
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('فقدان الممتلكات');
    expect(
      (await c.otherCsa.get(`/api/countries/${w.country.id}/non-compliance-report.html?year=2025`))
        .status,
    ).toBe(404);
  });

  it('after the visit the mission records the DO/SMT briefing, the report to focal points and the return visit', async () => {
    const mission = (await c.csa.get(`/api/compliance-missions/${missionId}`)).body;
    const res = await c.csa.patch(`/api/compliance-missions/${missionId}`, {
      reportedToFocalPointsOn: '2026-12-01',
      returnVisitOn: '2027-06-01',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      reportedToFocalPointsOn: '2026-12-01',
      returnVisitOn: '2027-06-01',
      briefedDoSmtOn: mission.briefedDoSmtOn,
      team: mission.team,
    });
    const early = await c.csa.patch(`/api/compliance-missions/${missionId}`, {
      reportedToFocalPointsOn: '1999-01-01',
    });
    expect(early.status).toBe(400);
    expect(early.body.details[0].path).toBe('reportedToFocalPointsOn');
    expect(
      (await c.smt.patch(`/api/compliance-missions/${missionId}`, { returnVisitOn: '2027-07-01' }))
        .status,
    ).toBe(403);
  });

  it('another country cannot see the missions or cases', async () => {
    expect((await c.otherCsa.get(`/api/compliance-missions/${missionId}`)).status).toBe(404);
    const res = await c.otherCsa.get(`/api/countries/${w.country.id}/non-compliance-cases`);
    expect(res.status).toBe(404);
  });
});
