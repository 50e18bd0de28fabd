import { CHECKLIST_ACTOR_CATEGORIES } from '@fieldsafe/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('compliance checklists per actor, spot checks and the system-wide implementation rate', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'csa' | 'smt' | 'hq' | 'admin' | 'otherCsa', Client>;
  let missionId: string;
  let otherMissionId: string;

  const finding = (deadline: string) => ({
    actorCategory: 'organization',
    text: 'Radio room not staffed at night',
    severity: 'major',
    owner: 'Representative',
    deadline,
  });

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    c = {
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      smt: await signIn(t.app, (await buildUser(db, w, 'SMT_MEMBER')).email),
      hq: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { organizationId: w.orgA.id, countryId: null })).email,
      ),
      admin: await signIn(t.app, (await buildUser(db, w, 'admin')).email),
      otherCsa: await signIn(
        t.app,
        (await buildUser(db, other, 'CSA', {}, { station: other.city, zone: other.zone1 })).email,
      ),
    };
    missionId = (
      await c.csa.post(`/api/countries/${w.country.id}/compliance-missions`, {
        visitedOn: '2024-03-01',
        team: 'DSS compliance team',
      })
    ).body.id;
    otherMissionId = (
      await c.otherCsa.post(`/api/countries/${other.country.id}/compliance-missions`, {
        visitedOn: '2024-05-01',
        team: 'DSS compliance team',
      })
    ).body.id;
  });

  it('ships a default checklist per actor category, its items the duties of the Framework in six languages', async () => {
    const res = await c.smt.get('/api/compliance/checklist');
    expect(res.status).toBe(200);
    const categories = res.body.categories.map((x: { actorCategory: string }) => x.actorCategory);
    expect(categories).toEqual([...CHECKLIST_ACTOR_CATEGORIES]);
    const warden = res.body.categories.find(
      (x: { actorCategory: string }) => x.actorCategory === 'wardens',
    );
    expect(warden.items[0].item).toBe('WARDEN.1');
    expect(warden.items[0].text.en).toContain('channel of communication');
    expect(warden.items[0].text.fr).not.toBe(warden.items[0].text.en);
  });

  it('the mission fills an actor’s checklist: answers replace earlier ones, the summary counts them', async () => {
    const added = await c.csa.post(`/api/compliance-missions/${missionId}/checklists`, {
      actorCategory: 'organization',
      organizationId: w.orgA.id,
      actorName: 'Agency A Representative',
    });
    expect(added.status).toBe(201);
    expect(added.body.summary).toMatchObject({ unanswered: 9, percent: null });
    const id = added.body.id;
    await c.csa.patch(`/api/compliance-checklists/${id}`, {
      answers: [{ item: 'AGENCY_REP.9', answer: 'not_compliant', note: 'List six months old' }],
    });
    const res = await c.csa.patch(`/api/compliance-checklists/${id}`, {
      answers: [
        { item: 'AGENCY_REP.1', answer: 'compliant', verified: true },
        { item: 'AGENCY_REP.9', answer: 'partly', note: 'Updated, dependants missing' },
        { item: 'AGENCY_REP.14', answer: 'not_applicable' },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({
      compliant: 1,
      partly: 1,
      notCompliant: 0,
      notApplicable: 1,
      unanswered: 6,
      verified: 1,
      percent: 50,
    });
    expect(res.body.organizationCode).toBe(w.orgA.code);
    const list = await c.smt.get(`/api/compliance-missions/${missionId}/checklists`);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.abilities.canManage).toBe(false);
  });

  it('refuses an item not on the checklist, and a gap without a note, naming the answer', async () => {
    const added = await c.csa.post(`/api/compliance-missions/${missionId}/checklists`, {
      actorCategory: 'wardens',
      actorName: 'Warden, Harbour zone',
    });
    const id = added.body.id;
    const wrong = await c.csa.patch(`/api/compliance-checklists/${id}`, {
      answers: [{ item: 'DO.1', answer: 'compliant' }],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.details[0].path).toBe('answers.0.item');
    const bare = await c.csa.patch(`/api/compliance-checklists/${id}`, {
      answers: [{ item: 'WARDEN.5', answer: 'not_compliant' }],
    });
    expect(bare.status).toBe(400);
    expect(bare.body.details[0].path).toBe('answers.0.note');
    const badCategory = await c.csa.post(`/api/compliance-missions/${missionId}/checklists`, {
      actorCategory: 'visitors',
      actorName: 'x',
    });
    expect(badCategory.body.details[0].path).toBe('actorCategory');
  });

  it('only the DO, CSA or deputy fill checklists (403); another country does not see them (404)', async () => {
    const res = await c.smt.post(`/api/compliance-missions/${missionId}/checklists`, {
      actorCategory: 'do',
      actorName: 'Designated Official',
    });
    expect(res.status).toBe(403);
    expect((await c.otherCsa.get(`/api/compliance-missions/${missionId}/checklists`)).status).toBe(
      404,
    );
  });

  it('records an unannounced spot check of a few items: date, items, result', async () => {
    const res = await c.csa.post(`/api/countries/${w.country.id}/spot-checks`, {
      checkedOn: '2024-09-10',
      checkedBy: 'Chief Security Adviser',
      missionId,
      items: ['Trauma kits in vehicles', 'Radio check log of the sub-office'],
      result: 'partly_confirmed',
      note: 'Two vehicles without kits',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ result: 'partly_confirmed', missionId });
    const before = await c.csa.post(`/api/countries/${w.country.id}/spot-checks`, {
      checkedOn: '2024-01-10',
      checkedBy: 'CSA',
      missionId,
      items: ['x'],
      result: 'confirmed',
    });
    expect(before.status).toBe(400);
    expect(before.body.details[0].path).toBe('checkedOn');
    const foreign = await c.csa.post(`/api/countries/${w.country.id}/spot-checks`, {
      checkedOn: '2024-09-10',
      checkedBy: 'CSA',
      missionId: otherMissionId,
      items: ['x'],
      result: 'confirmed',
    });
    expect(foreign.body.details[0].path).toBe('missionId');
    const none = await c.csa.post(`/api/countries/${w.country.id}/spot-checks`, {
      checkedOn: '2024-09-10',
      checkedBy: 'CSA',
      items: [],
      result: 'confirmed',
    });
    expect(none.body.details[0].path).toBe('items');
    expect(
      (
        await c.smt.post(`/api/countries/${w.country.id}/spot-checks`, {
          checkedOn: '2024-09-10',
          checkedBy: 'SMT',
          items: ['x'],
          result: 'confirmed',
        })
      ).status,
    ).toBe(403);
    const list = await c.smt.get(`/api/countries/${w.country.id}/spot-checks`);
    expect(list.body.items).toHaveLength(1);
    expect((await c.otherCsa.get(`/api/countries/${w.country.id}/spot-checks`)).status).toBe(404);
  });

  it('headquarters read the implementation rate per country and year, and overall, with a CSV for the IASMN [001 §36]', async () => {
    // Testland: two findings due in 2024, one closed on time; one due in 2025, open (overdue).
    const m = (
      await c.csa.post(`/api/compliance-missions/${missionId}/findings`, finding('2024-06-30'))
    ).body;
    await c.csa.post(`/api/compliance-missions/${missionId}/findings`, finding('2024-12-31'));
    await c.csa.post(`/api/compliance-missions/${missionId}/findings`, finding('2025-06-30'));
    const first = m.findings.find((f: { deadline: string }) => f.deadline === '2024-06-30');
    await c.csa.post(`/api/compliance-findings/${first.id}/close`, {
      closedOn: '2024-06-01',
      evidence: ['Roster of night shifts'],
    });
    // Elsewhere: one finding due in 2024, closed late.
    const o = (
      await c.otherCsa.post(
        `/api/compliance-missions/${otherMissionId}/findings`,
        finding('2024-08-31'),
      )
    ).body;
    await c.otherCsa.post(`/api/compliance-findings/${o.findings[0].id}/close`, {
      closedOn: '2024-10-01',
      verifiedBy: 'Return visit team',
    });

    const res = await c.hq.get('/api/compliance/system-rate');
    expect(res.status).toBe(200);
    const here = res.body.countries.find(
      (x: { countryId: string }) => x.countryId === w.country.id,
    );
    expect(here.years).toEqual([
      { year: 2024, due: 2, closed: 1, closedOnTime: 1, percent: 50 },
      { year: 2025, due: 1, closed: 0, closedOnTime: 0, percent: 0 },
    ]);
    expect(here.total).toMatchObject({ due: 3, closedOnTime: 1, percent: 33.3 });
    expect(res.body.overall.years[0]).toEqual({
      year: 2024,
      due: 3,
      closed: 2,
      closedOnTime: 1,
      percent: 33.3,
    });
    const only2025 = await c.admin.get('/api/compliance/system-rate?fromYear=2025&toYear=2025');
    expect(only2025.body.overall.years).toEqual([
      { year: 2025, due: 1, closed: 0, closedOnTime: 0, percent: 0 },
    ]);

    const csv = await c.hq.get('/api/compliance/system-rate.csv?fromYear=2024&toYear=2024');
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = String(csv.body).split('\r\n');
    expect(lines[0]).toBe(
      'year,country,country_name,findings_due,closed_on_time,closed,implementation_rate_percent',
    );
    expect(lines).toContain(`2024,${w.country.alpha2},${w.country.nameEn},2,1,1,50`);
    expect(lines).toContain(`2024,${other.country.alpha2},${other.country.nameEn},1,0,1,0`);
    expect(lines).toContain('2024,ALL,,3,1,2,33.3');
  });

  it('a country user cannot read the system-wide rate (403), nor its CSV', async () => {
    for (const who of [c.csa, c.smt, c.otherCsa]) {
      expect((await who.get('/api/compliance/system-rate')).status).toBe(403);
      expect((await who.get('/api/compliance/system-rate.csv')).status).toBe(403);
    }
    const bad = await c.hq.get('/api/compliance/system-rate?fromYear=2025&toYear=2024');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('toYear');
  });
});
