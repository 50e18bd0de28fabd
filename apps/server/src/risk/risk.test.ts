import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { assessmentBody as assessment } from '../../test/risk.ts';
import { flagAssessmentsForReview } from './review-triggers.queries.ts';

describe('security risk assessments', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'csa' | 'do' | 'asc' | 'staff' | 'otherCsa', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    const csa = await buildUser(db, w, 'CSA');
    const d = await buildUser(db, w, 'DO');
    const asc = await buildUser(db, w, 'ASC', { areaId: w.capital.id });
    const staff = await buildUser(db, w, 'staff');
    const otherCsa = await buildUser(
      db,
      other,
      'CSA',
      {},
      { zone: other.zone1, station: other.city },
    );
    c = {
      csa: await signIn(t.app, csa.email),
      do: await signIn(t.app, d.email),
      asc: await signIn(t.app, asc.email),
      staff: await signIn(t.app, staff.email),
      otherCsa: await signIn(t.app, otherCsa.email),
    };
  });

  it('the CSA records an assessment; the strategy defaults to the one the matrix suggests', async () => {
    const res = await c.csa.post('/api/risk/assessments', assessment(w));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      version: 1,
      current: true,
      locationName: 'Town',
      areaId: w.north.id,
    });
    const [robbery, flood] = res.body.risks;
    expect(robbery.inherent).toMatchObject({ score: 16, level: 'high' });
    expect(robbery.strategies).toEqual(['control', 'avoid']);
    expect(robbery.residual).toMatchObject({ score: 12, level: 'high' });
    expect(robbery.acceptance.status).toBe('action_required');
    expect(flood.strategies).toEqual(['transfer']);
    expect(flood.acceptance.status).toBe('within_acceptable');
    expect(res.body.threats[1]).toMatchObject({ human: false, mindSet: null });
  });

  it('a new assessment supersedes the current one and the history is kept', async () => {
    const res = await c.csa.post('/api/risk/assessments', assessment(w, { title: 'Town SRA v2' }));
    expect(res.status).toBe(201);
    expect(res.body.version).toBe(2);
    const versions = await c.csa.get(`/api/risk/assessments/${res.body.id}/versions`);
    expect(
      versions.body.items.map((v: { version: number; current: boolean }) => [v.version, v.current]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);
    const list = await c.csa.get(`/api/risk/assessments?countryId=${w.country.id}`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({ version: 2, riskCount: 2, aboveAcceptable: 1 });
  });

  it('a new version built from the current one keeps its review date and saves; an empty review date is one message', async () => {
    const list = await c.csa.get(`/api/risk/assessments?countryId=${w.country.id}`);
    const current = await c.csa.get(`/api/risk/assessments/${list.body.items[0].id}`);
    expect(current.body.reviewDue).toBe('2026-07-10');
    const empty = await c.csa.post(
      '/api/risk/assessments',
      assessment(w, { title: 'Town SRA v3', reviewDue: '' }),
    );
    expect(empty.status).toBe(400);
    expect(empty.body.details).toEqual([
      expect.objectContaining({ path: 'reviewDue', message: 'is required' }),
    ]);
    const next = await c.csa.post(
      '/api/risk/assessments',
      assessment(w, { title: 'Town SRA v3', reviewDue: current.body.reviewDue }),
    );
    expect(next.status).toBe(201);
    expect(next.body).toMatchObject({ version: 3, reviewDue: '2026-07-10', current: true });
  });

  it.each([
    [0, 'risks.0.inherent.likelihood'],
    [6, 'risks.0.inherent.likelihood'],
    ['text', 'risks.0.inherent.likelihood'],
  ])('an invalid rating (%s) is refused with 400 naming %s', async (bad, path) => {
    const body = assessment(w);
    body.risks = [
      { ...(body.risks as object[])[0], inherent: { likelihood: bad, impact: 3 } },
    ] as never;
    const res = await c.csa.post('/api/risk/assessments', body);
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toContain(path);
  });

  it('an invalid residual impact names its field', async () => {
    const body = assessment(w);
    body.risks = [
      { ...(body.risks as object[])[1], residual: { likelihood: 2, impact: 2.5 } },
    ] as never;
    const res = await c.csa.post('/api/risk/assessments', body);
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('risks.0.residual.impact');
  });

  it('a risk naming a threat that is not there is refused with 400', async () => {
    const body = assessment(w);
    body.risks = [{ ...(body.risks as object[])[0], threat: 5 }] as never;
    const res = await c.csa.post('/api/risk/assessments', body);
    expect(res.status).toBe(400);
    expect(res.body.details[0].path).toBe('risks.0.threat');
  });

  it('only the security adviser may assess: a DO gets 403', async () => {
    const res = await c.do.post('/api/risk/assessments', assessment(w));
    expect(res.status).toBe(403);
  });

  it('a residual risk above the acceptable level cannot be accepted by the CSA (403 with the reason)', async () => {
    const list = await c.csa.get(`/api/risk/assessments?countryId=${w.country.id}`);
    const id = list.body.items[0].id;
    const full = await c.csa.get(`/api/risk/assessments/${id}`);
    const robbery = full.body.risks[0];
    expect(robbery.abilities.canAccept).toBe(false);
    const res = await c.csa.post(`/api/risk/assessments/${id}/risks/${robbery.id}/acceptance`, {
      rationale: 'Needed',
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toContain('above the acceptable level (medium)');
    expect(res.body.message).toContain('CSA may not accept it');
  });

  it('a decision that does not cover the residual level is refused with 409 and the reason', async () => {
    const list = await c.do.get(`/api/risk/assessments?countryId=${w.country.id}`);
    const id = list.body.items[0].id;
    const full = await c.do.get(`/api/risk/assessments/${id}`);
    const robbery = full.body.risks[0];
    const res = await c.do.post(`/api/risk/assessments/${id}/risks/${robbery.id}/acceptance`, {
      rationale: 'Campaign is life-saving',
      acceptedLevel: 'medium',
    });
    expect(res.status).toBe(409);
    expect(res.body.message).toContain('it accepts at most a medium risk');
  });

  it('the DO accepts a residual risk above the acceptable level, recording who, when and why', async () => {
    const list = await c.do.get(`/api/risk/assessments?countryId=${w.country.id}`);
    const id = list.body.items[0].id;
    const full = await c.do.get(`/api/risk/assessments/${id}`);
    const robbery = full.body.risks[0];
    expect(robbery.abilities.canAccept).toBe(true);
    const res = await c.do.post(`/api/risk/assessments/${id}/risks/${robbery.id}/acceptance`, {
      rationale: 'Campaign is life-saving; convoys escorted',
    });
    expect(res.status).toBe(200);
    expect(res.body.risks[0].acceptance).toMatchObject({
      status: 'accepted_by_decision',
      decision: {
        role: 'DO',
        level: 'high',
        rationale: 'Campaign is life-saving; convoys escorted',
      },
    });
    expect(res.body.aboveAcceptable).toBe(0);
  });

  it('a risk within the acceptable level needs no acceptance decision (409)', async () => {
    const list = await c.do.get(`/api/risk/assessments?countryId=${w.country.id}`);
    const id = list.body.items[0].id;
    const full = await c.do.get(`/api/risk/assessments/${id}`);
    const res = await c.do.post(
      `/api/risk/assessments/${id}/risks/${full.body.risks[1].id}/acceptance`,
      { rationale: 'x' },
    );
    expect(res.status).toBe(409);
  });

  it('lists the areas and duty stations without a current assessment', async () => {
    const res = await c.csa.get(`/api/countries/${w.country.id}/risk/unassessed`);
    expect(res.status).toBe(200);
    const names = res.body.items.map((l: { name: string }) => l.name).sort();
    expect(names).toEqual(['Capital', 'City', 'North']);
  });

  it('the heat map counts inherent and residual ratings per cell', async () => {
    const res = await c.do.get(`/api/countries/${w.country.id}/risk/heatmap`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ total: 2, residualUnrated: 0, assessments: 1 });
    expect(res.body.inherent[3][3]).toBe(1);
    expect(res.body.inherent[1][2]).toBe(1);
    expect(res.body.residual[2][3]).toBe(1);
    expect(res.body.residual[1][1]).toBe(1);
    const reg = await c.do.get(`/api/countries/${w.country.id}/risk/register`);
    expect(reg.body.items.map((r: { description: string }) => r.description)).toEqual([
      'Staff robbed on the road',
      'Office flooded',
    ]);
  });

  it('one scope cannot see another’s assessments', async () => {
    const list = await c.csa.get(`/api/risk/assessments?countryId=${w.country.id}`);
    const id = list.body.items[0].id;
    expect((await c.otherCsa.get(`/api/risk/assessments/${id}`)).status).toBe(404);
    const map = await c.otherCsa.get(`/api/countries/${w.country.id}/risk/heatmap`);
    expect(map.body.total).toBe(0);
    // The ASC of the capital does not see the assessment of a station in the north.
    expect((await c.asc.get(`/api/risk/assessments/${id}`)).status).toBe(404);
    expect((await c.staff.get(`/api/risk/assessments/${id}`)).status).toBe(404);
  });
});

describe('security levels and clearance sanctions', () => {
  let t: TestApp;
  let w: World;
  let c: Record<'csa' | 'do' | 'asc' | 'staff' | 'otherCsa', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const other = await buildWorld(db, 'Elsewhere');
    c = {
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      asc: await signIn(t.app, (await buildUser(db, w, 'ASC', { areaId: w.north.id })).email),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
      otherCsa: await signIn(
        t.app,
        (await buildUser(db, other, 'CSA', {}, { zone: other.zone1, station: other.city })).email,
      ),
    };
  });

  const level = (over: Record<string, unknown> = {}) => ({
    areaId: w.north.id,
    level: '4',
    effectiveFrom: '2026-02-01',
    reason: 'Armed clashes near Town',
    decidedBy: 'DO after SMT meeting',
    ...over,
  });

  it('recording a new security level flags the assessments of that area for review', async () => {
    const created = await c.csa.post('/api/risk/assessments', assessment(w));
    expect(created.body.flaggedForReview).toBe(false);
    const res = await c.do.post(`/api/countries/${w.country.id}/security-levels`, level());
    expect(res.status).toBe(201);
    expect(res.body.flaggedAssessments).toBe(1);
    const after = await c.csa.get(`/api/risk/assessments/${created.body.id}`);
    expect(after.body).toMatchObject({ flaggedForReview: true });
    expect(after.body.flagReason).toContain('Security level changed to 4 in North');
    expect(after.body.flagCause).toMatchObject({
      code: 'securityLevel',
      params: { level: '4', from: level().effectiveFrom },
    });
    expect(after.body.flagCause.params.place).toContain('North');
  });

  it('an incident at a duty station flags that station’s assessment, not its neighbours’', async () => {
    const city = await c.csa.post(
      '/api/risk/assessments',
      assessment(w, { dutyStationId: w.city.id, title: 'City SRA' }),
    );
    const capital = await c.csa.post(
      '/api/risk/assessments',
      assessment(w, { locationType: 'area', areaId: w.capital.id, title: 'Capital SRA' }),
    );
    const flagged = await flagAssessmentsForReview(
      t.database.db,
      { countryId: w.country.id, areaId: w.capital.id, dutyStationId: w.city.id },
      { code: 'incident', params: { date: '2026-11-02', title: 'Armed robbery' } },
    );
    expect(flagged.sort()).toEqual([city.body.id, capital.body.id].sort());
    const after = await c.csa.get(`/api/risk/assessments/${city.body.id}`);
    expect(after.body).toMatchObject({
      flaggedForReview: true,
      flagReason: 'Incident recorded on 2026-11-02: Armed robbery',
      flagCause: { code: 'incident', params: { date: '2026-11-02', title: 'Armed robbery' } },
    });
  });

  it('keeps the history; the latest decision per place is current', async () => {
    await c.do.post(
      `/api/countries/${w.country.id}/security-levels`,
      level({ level: '3', effectiveFrom: '2026-03-01' }),
    );
    const res = await c.asc.get(`/api/countries/${w.country.id}/security-levels`);
    expect(res.status).toBe(200);
    expect(
      res.body.items.map((d: { level: string; current: boolean }) => [d.level, d.current]),
    ).toEqual([
      ['3', true],
      ['4', false],
    ]);
    expect(res.body.abilities.canRecord).toBe(false);
  });

  it('staff read the security levels in force in their own country, without the reasons, and nobody outside it does', async () => {
    const res = await c.staff.get(`/api/countries/${w.country.id}/security-levels/in-force`);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ level: '3', effectiveFrom: '2026-03-01' });
    expect(res.body.items[0].areaName).toContain('North');
    expect(res.body.items[0]).not.toHaveProperty('reason');
    // The decisions with their reasons stay with those who read risk information.
    expect(
      (await c.staff.get(`/api/countries/${w.country.id}/security-levels`)).body.items,
    ).toEqual([]);
    const outside = await c.otherCsa.get(`/api/countries/${w.country.id}/security-levels/in-force`);
    expect(outside.body.items).toEqual([]);
    expect((await c.staff.get('/api/countries/not-a-uuid/security-levels/in-force')).status).toBe(
      400,
    );
  });

  it('[002 §16] a change solely for health reasons needs the WHO consultation (with whom, through the USG, when, reference), before the change', async () => {
    const res = await c.do.post(
      `/api/countries/${w.country.id}/security-levels`,
      level({ healthOnly: true, whoConsultation: 'free text is not enough' }),
    );
    expect(res.status).toBe(400);
    expect(res.body.details.map((d: { path: string }) => d.path)).toEqual([
      'whoConsultedWith',
      'whoConsultedThrough',
      'whoConsultedOn',
      'whoConsultationReference',
    ]);
    const consultation = {
      healthOnly: true,
      whoConsultedWith: 'Director-General of WHO',
      whoConsultedThrough: 'USG for Safety and Security',
      whoConsultedOn: '2026-02-02',
      whoConsultationReference: 'DSS/OUSG/2026/017',
    };
    const late = await c.do.post(
      `/api/countries/${w.country.id}/security-levels`,
      level(consultation),
    );
    expect(late.status).toBe(400);
    expect(late.body.details.map((d: { path: string }) => d.path)).toEqual(['whoConsultedOn']);
    const ok = await c.do.post(
      `/api/countries/${w.country.id}/security-levels`,
      level({ ...consultation, whoConsultedOn: '2026-01-30' }),
    );
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      whoConsultedWith: 'Director-General of WHO',
      whoConsultedOn: '2026-01-30',
      whoConsultationReference: 'DSS/OUSG/2026/017',
    });
  });

  it('an ASC may not record a security level (403)', async () => {
    const res = await c.asc.post(`/api/countries/${w.country.id}/security-levels`, level());
    expect(res.status).toBe(403);
  });

  it('places an organization under a clearance sanction and ends it', async () => {
    const res = await c.do.post(`/api/countries/${w.country.id}/clearance-sanctions`, {
      organizationId: w.orgB.id,
      reason: 'Compliance mission recommendations not implemented',
      startsOn: '2026-01-01',
      decidedBy: 'USG DSS',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ active: true, organizationCode: w.orgB.code });
    const list = await c.asc.get(`/api/countries/${w.country.id}/clearance-sanctions`);
    expect(list.body.items).toHaveLength(1);
    const forbidden = await c.asc.post(`/api/clearance-sanctions/${res.body.id}/end`, {
      endsOn: '2026-01-31',
    });
    expect(forbidden.status).toBe(403);
    const ended = await c.csa.post(`/api/clearance-sanctions/${res.body.id}/end`, {
      endsOn: '2026-01-31',
    });
    expect(ended.status).toBe(200);
    expect(ended.body.active).toBe(false);
  });
});
