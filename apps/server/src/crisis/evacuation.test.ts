import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { people } from '../db/schema/index.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const paths = (res: { body: { details?: { path: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.path);

describe('evacuation and relocation decisions [002 Annex B ¶13, 003 ¶181–182]', () => {
  let t: TestApp;
  let w: World;
  let c: Record<'do' | 'warden' | 'staff', Client>;
  let intl: string;
  let local: string;
  let visitor: string;
  let crisisId: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const d = await buildUser(db, w, 'DO');
    const warden = await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id });
    const staff = await buildUser(db, w, 'staff', {}, { zone: w.zone2 });
    intl = (await buildPerson(db, w, { zone: w.zone1, familyName: 'Intl' })).id;
    local = (await buildPerson(db, w, { zone: w.zone1, familyName: 'Local' })).id;
    await db.update(people).set({ category: 'local' }).where(eq(people.id, local));
    visitor = (await buildPerson(db, w, { zone: w.zone1, familyName: 'Visitor' })).id;
    await db.update(people).set({ kind: 'visitor', staffId: null }).where(eq(people.id, visitor));
    c = {
      do: await signIn(t.app, d.email),
      warden: await signIn(t.app, warden.email),
      staff: await signIn(t.app, staff.email),
    };
    const res = await c.do.post('/api/crises', {
      countryId: w.country.id,
      areaId: w.capital.id,
      title: 'Fighting in the capital',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    crisisId = res.body.id;
  });

  it('[003 ¶181] an evacuation is decided by the Secretary-General on the USG’s recommendation; the DO alone is refused unless exigent', async () => {
    const byDo = await c.do.post(`/api/crises/${crisisId}/log`, {
      kind: 'evacuation',
      text: 'Evacuate international staff',
      authority: 'DO',
    });
    expect(byDo.status).toBe(400);
    expect(paths(byDo)).toEqual(['authority']);
    const noRecommendation = await c.do.post(`/api/crises/${crisisId}/log`, {
      kind: 'evacuation',
      text: 'Evacuate international staff',
    });
    expect(paths(noRecommendation)).toEqual(['recommendedBy']);
    const sg = await c.do.post(`/api/crises/${crisisId}/log`, {
      kind: 'evacuation',
      text: 'Evacuate international staff and eligible dependants',
      recommendedBy: 'USG for Safety and Security, on the DO’s recommendation',
    });
    expect(sg.status).toBe(201);
    expect(sg.body).toMatchObject({
      authority: 'SECRETARY_GENERAL',
      exigent: false,
      usgReportPending: false,
    });
  });

  it('[002 Annex B ¶13] a DO decision in exigent circumstances is pending until reported to the USG', async () => {
    const res = await c.do.post(`/api/crises/${crisisId}/log`, {
      kind: 'relocation',
      text: 'Relocate all staff to Town at once: road about to close',
      exigent: true,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ authority: 'DO', exigent: true, usgReportPending: true });
    const url = `/api/crises/${crisisId}/log/${res.body.id}/usg-report`;
    expect((await c.warden.post(url, { reference: 'x' })).status).toBe(403);
    expect(paths(await c.do.post(url, {}))).toEqual(['reference']);
    const reported = await c.do.post(url, { reference: 'Code cable DO/2026/14' });
    expect(reported.status).toBe(200);
    expect(reported.body).toMatchObject({
      usgReportPending: false,
      usgReportReference: 'Code cable DO/2026/14',
    });
    expect((await c.do.post(url, { reference: 'again' })).status).toBe(409);
  });

  it('[003 ¶181–182] international staff are evacuated as decided; local staff need an exceptional reason and the staff association; visitors a reason', async () => {
    const list = await c.do.get(`/api/crises/${crisisId}/evacuation`);
    expect(list.status).toBe(200);
    const entry = (id: string) =>
      (
        list.body.items as { personId: string; eligibility: string; locallyRecruited: boolean }[]
      ).find((e) => e.personId === id);
    expect(entry(intl)).toMatchObject({ eligibility: 'eligible', locallyRecruited: false });
    expect(entry(local)).toMatchObject({ eligibility: 'case_by_case', locallyRecruited: true });
    expect(entry(visitor)).toMatchObject({ eligibility: 'case_by_case', locallyRecruited: false });
    expect(list.body.abilities).toEqual({ canDecide: true, canTrack: true });

    const url = `/api/crises/${crisisId}/movements`;
    const ok = await c.do.post(url, {
      personId: intl,
      measure: 'evacuation',
      destination: 'Nairobi',
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({ status: 'decided', destination: 'Nairobi' });

    const localRefused = await c.do.post(url, { personId: local, measure: 'evacuation' });
    expect(localRefused.status).toBe(400);
    expect(paths(localRefused)).toEqual([
      'exceptionalReason',
      'staffAssociation',
      'staffAssociationConsultedOn',
    ]);
    const localOk = await c.do.post(url, {
      personId: local,
      measure: 'evacuation',
      exceptionalReason: 'Threatened because of UN employment',
      staffAssociation: 'National Staff Association',
      staffAssociationConsultedOn: '2026-03-01',
    });
    expect(localOk.status).toBe(201);
    expect(paths(await c.do.post(url, { personId: visitor, measure: 'evacuation' }))).toEqual([
      'exceptionalReason',
    ]);
    const visitorRelocated = await c.do.post(url, { personId: visitor, measure: 'relocation' });
    expect(visitorRelocated.status).toBe(201);
    expect((await c.warden.post(url, { personId: intl, measure: 'relocation' })).status).toBe(403);
  });

  it('a movement goes decided → moved → arrived; the warden of the zone tracks it; no skipping or going back', async () => {
    const url = `/api/crises/${crisisId}/movements/${intl}/status`;
    expect((await c.warden.post(url, { status: 'arrived' })).status).toBe(409);
    const moved = await c.warden.post(url, { status: 'moved' });
    expect(moved.status).toBe(200);
    expect(moved.body.status).toBe('moved');
    const arrived = await c.do.post(url, { status: 'arrived' });
    expect(arrived.body).toMatchObject({ status: 'arrived' });
    expect(arrived.body.arrivedAt).not.toBeNull();
    expect((await c.do.post(url, { status: 'moved' })).status).toBe(409);
    expect(
      (
        await c.do.post(`/api/crises/${crisisId}/movements`, {
          personId: intl,
          measure: 'relocation',
        })
      ).status,
    ).toBe(409);
    expect((await c.staff.post(url, { status: 'moved' })).status).toBe(404);
  });
});
