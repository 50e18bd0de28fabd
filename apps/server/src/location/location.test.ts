import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, crisisPeople, locationActivations } from '../db/schema/index.ts';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { erasePositionsOutside } from './location.service.ts';

const inMinutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();
const paths = (body: { details: { path: string }[] }) => body.details.map((d) => d.path);

/**
 * Precise location under the DO's control: collected only while activated for the person's place,
 * seen by the person, erased after [SPEC "Across everything"].
 */
describe('precise location', () => {
  let t: TestApp;
  let w: World;
  let c: Record<'do' | 'csa' | 'staff' | 'northern' | 'otherDo', Client>;
  let staffPerson: string;
  let northernPerson: string;
  let crisisId: string;
  const url = () => `/api/countries/${w.country.id}/location-activations`;
  const activation = (over: Record<string, unknown> = {}) => ({
    areaId: w.capital.id,
    startsAt: inMinutes(-1),
    endsAt: inMinutes(24 * 60),
    reason: 'Armed clashes near the capital: locate those who ask for help',
    ...over,
  });
  const position = { latitude: 4.81, longitude: 7.05 };
  const positionOf = async (personId: string) => {
    const [row] = await t.database.db
      .select({ latitude: crisisPeople.latitude, longitude: crisisPeople.longitude })
      .from(crisisPeople)
      .where(and(eq(crisisPeople.crisisId, crisisId), eq(crisisPeople.personId, personId)));
    return row;
  };

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const other = await buildWorld(db, 'Elsewhere');
    const staff = await buildUser(db, w, 'staff');
    const northern = await buildUser(db, w, 'staff', {}, { station: w.town, zone: w.zone3 });
    staffPerson = staff.person.id;
    northernPerson = northern.person.id;
    c = {
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      staff: await signIn(t.app, staff.email),
      northern: await signIn(t.app, northern.email),
      otherDo: await signIn(
        t.app,
        (await buildUser(db, other, 'DO', {}, { station: other.city })).email,
      ),
    };
    const crisis = await c.do.post('/api/crises', {
      countryId: w.country.id,
      title: 'Clashes in the country',
    });
    expect(crisis.status, JSON.stringify(crisis.body)).toBe(201);
    crisisId = crisis.body.id;
  });

  it('no activation: the person sees none, and a position sent with a check-in is refused naming latitude', async () => {
    expect((await c.staff.get('/api/location/mine')).body).toEqual({ active: null });
    const res = await c.staff.post(`/api/crises/${crisisId}/checkin`, {
      status: 'safe',
      ...position,
    });
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['latitude']);
    expect(await positionOf(staffPerson)).toEqual({ latitude: null, longitude: null });
    // The answer without a position is taken as always.
    expect((await c.staff.post(`/api/crises/${crisisId}/checkin`, { status: 'safe' })).status).toBe(
      200,
    );
  });

  it('a staff member may not activate (403); the CSA may not without the DO’s delegation', async () => {
    expect((await c.staff.post(url(), activation())).status).toBe(403);
    expect((await c.staff.get(url())).body.abilities.canActivate).toBe(false);
    expect((await c.csa.post(url(), activation())).status).toBe(403);
    const list = await c.csa.get(url());
    expect(list.body.abilities).toEqual({ canActivate: false, canDelegate: false });
    expect(
      (await c.csa.put(`/api/countries/${w.country.id}/location-delegation`, { delegated: true }))
        .status,
    ).toBe(403);
    expect((await c.otherDo.post(url(), activation())).status).toBe(404);
  });

  it('a period that ends before it starts is refused, naming endsAt', async () => {
    const res = await c.do.post(url(), activation({ endsAt: inMinutes(-2) }));
    expect(res.status).toBe(400);
    expect(paths(res.body)).toEqual(['endsAt']);
  });

  let id: string;
  it('the DO activates it for the capital: audited, and the people there see it', async () => {
    const res = await c.do.post(url(), activation());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ areaName: 'Capital', inForce: true, endedAt: null });
    id = res.body.id;
    const mine = await c.staff.get('/api/location/mine');
    expect(mine.body.active).toMatchObject({ id, areaName: 'Capital' });
    // Someone in the north is not covered.
    expect((await c.northern.get('/api/location/mine')).body.active).toBeNull();
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'location.activate'), eq(auditLog.entityId, id)));
    expect(audit?.countryId).toBe(w.country.id);
  });

  it('while active, a position is kept for the capital and refused for the north', async () => {
    const ok = await c.staff.post(`/api/crises/${crisisId}/checkin`, {
      status: 'need_help',
      ...position,
    });
    expect(ok.status).toBe(200);
    expect(await positionOf(staffPerson)).toEqual(position);
    const north = await c.northern.post(`/api/crises/${crisisId}/checkin`, {
      status: 'safe',
      ...position,
    });
    expect(north.status).toBe(400);
    expect(paths(north.body)).toEqual(['latitude']);
  });

  it('ending the activation early erases the positions it covered, and is audited', async () => {
    const res = await c.do.post(`/api/location-activations/${id}/end`);
    expect(res.status).toBe(200);
    expect(res.body.inForce).toBe(false);
    expect(res.body.endedAt).not.toBeNull();
    expect(await positionOf(staffPerson)).toEqual({ latitude: null, longitude: null });
    expect((await c.staff.get('/api/location/mine')).body.active).toBeNull();
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'location.end'), eq(auditLog.entityId, id)));
    expect(audit?.after).toMatchObject({ positionsErased: 1 });
    expect((await c.do.post(`/api/location-activations/${id}/end`)).status).toBe(409);
  });

  it('the DO delegates to the CSA, who activates the whole country; the period’s end erases positions', async () => {
    const delegated = await c.do.put(`/api/countries/${w.country.id}/location-delegation`, {
      delegated: true,
    });
    expect(delegated.status).toBe(200);
    expect(delegated.body.delegatedToCsa).toBe(true);
    const res = await c.csa.post(url(), activation({ areaId: null }));
    expect(res.status).toBe(201);
    expect(res.body.areaName).toBeNull();
    expect(
      (await c.northern.post(`/api/crises/${crisisId}/checkin`, { status: 'safe', ...position }))
        .status,
    ).toBe(200);
    expect(await positionOf(northernPerson)).toEqual(position);
    // The period runs out: the job erases what is no longer covered.
    await t.database.db
      .update(locationActivations)
      .set({ startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 60_000) })
      .where(eq(locationActivations.id, res.body.id));
    expect(await erasePositionsOutside(t.database.db)).toBe(1);
    expect(await positionOf(northernPerson)).toEqual({ latitude: null, longitude: null });
    const list = await c.do.get(url());
    expect(list.body.items.map((a: { inForce: boolean }) => a.inForce)).toEqual([false, false]);
  });
});
