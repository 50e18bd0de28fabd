import { beforeAll, describe, expect, it } from 'vitest';
import { untranslatedDuties } from './responsibilities.routes.ts';
import {
  buildPerson,
  buildUser,
  buildWorld,
  signIn,
  type Client,
  type World,
} from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
const paths = (res: { body: { details?: { path: string }[] } }) =>
  (res.body.details ?? []).map((d) => d.path);

interface FindingBody {
  code: string;
  severity: string;
  zoneId?: string;
}

describe('security structure and invariants API', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let fresh: World;
  let clients: Record<
    'do' | 'csa' | 'staff' | 'otherStaff' | 'rep' | 'warden' | 'freshDo' | 'admin',
    Client
  >;
  let freshCandidate: string;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    fresh = await buildWorld(db, 'Freshland');
    const d = await buildUser(db, w, 'DO');
    const csa = await buildUser(db, w, 'CSA');
    const staff = await buildUser(db, w, 'staff', {}, { zone: w.zone2 });
    const otherStaff = await buildUser(db, other, 'staff', {}, { zone: other.zone1 });
    const rep = await buildUser(
      db,
      w,
      'AGENCY_REP',
      { organizationId: w.orgB.id },
      { org: w.orgB },
    );
    const warden = await buildUser(db, w, 'WARDEN', { areaId: w.capital.id, zoneId: w.zone1.id });
    const freshDo = await buildUser(db, fresh, 'DO');
    const admin = await buildUser(db, w, 'admin');
    freshCandidate = (await buildPerson(db, fresh, { zone: fresh.zone1 })).id;
    clients = {
      do: await signIn(t.app, d.email),
      csa: await signIn(t.app, csa.email),
      staff: await signIn(t.app, staff.email),
      otherStaff: await signIn(t.app, otherStaff.email),
      rep: await signIn(t.app, rep.email),
      warden: await signIn(t.app, warden.email),
      freshDo: await signIn(t.app, freshDo.email),
      admin: await signIn(t.app, admin.email),
    };
  });

  describe('structure', () => {
    it('a DO reads the country’s areas, duty stations and warden zones, and may edit them', async () => {
      const res = await clients.do.get(`/api/countries/${w.country.id}/structure`);
      expect(res.status).toBe(200);
      expect(ids(res.body.areas)).toEqual(expect.arrayContaining([w.capital.id, w.north.id]));
      expect(ids(res.body.dutyStations)).toEqual(expect.arrayContaining([w.city.id, w.town.id]));
      expect(ids(res.body.wardenZones)).toEqual(
        expect.arrayContaining([w.zone1.id, w.zone2.id, w.zone3.id]),
      );
      expect(ids(res.body.wardenZones)).not.toContain(other.zone1.id);
      const rows = [...res.body.areas, ...res.body.dutyStations, ...res.body.wardenZones];
      expect(rows.every((r: { abilities: { canEdit: boolean } }) => r.abilities.canEdit)).toBe(
        true,
      );
      expect(res.body.headcount.personnel).toBeGreaterThan(0);
    });

    it('a staff member of the country reads the structure but may not edit it', async () => {
      const res = await clients.staff.get(`/api/countries/${w.country.id}/structure`);
      expect(res.status).toBe(200);
      expect(ids(res.body.areas)).toEqual(expect.arrayContaining([w.capital.id, w.north.id]));
      expect(ids(res.body.wardenZones)).toEqual(
        expect.arrayContaining([w.zone1.id, w.zone2.id, w.zone3.id]),
      );
      const rows = [...res.body.areas, ...res.body.dutyStations, ...res.body.wardenZones];
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r: { abilities: { canEdit: boolean } }) => !r.abilities.canEdit)).toBe(
        true,
      );
    });

    it('a staff member of another country gets 404', async () => {
      const res = await clients.otherStaff.get(`/api/countries/${w.country.id}/structure`);
      expect(res.status).toBe(404);
      expect(res.body.error).toBe('not_found');
    });

    it('a CSA creates an area, a duty station, a warden zone and premises', async () => {
      const area = await clients.csa.post('/api/areas', {
        countryId: w.country.id,
        name: 'East',
        kind: 'outside_capital',
      });
      expect(area.status).toBe(201);
      expect(area.body).toMatchObject({
        countryId: w.country.id,
        name: 'East',
        kind: 'outside_capital',
        isDesignatedArea: false,
        abilities: { canEdit: true },
      });

      const badLatitude = await clients.csa.post('/api/duty-stations', {
        areaId: area.body.id,
        name: 'Port',
        kind: 'field',
        latitude: 95,
        longitude: 10,
      });
      expect(badLatitude.status).toBe(400);
      expect(paths(badLatitude)).toEqual(['latitude']);

      const station = await clients.csa.post('/api/duty-stations', {
        areaId: area.body.id,
        name: 'Port',
        kind: 'field',
        latitude: 12.5,
        longitude: 10,
      });
      expect(station.status).toBe(201);
      expect(station.body).toMatchObject({
        countryId: w.country.id,
        areaId: area.body.id,
        latitude: 12.5,
        longitude: 10,
      });

      const zone = await clients.csa.post('/api/warden-zones', {
        dutyStationId: station.body.id,
        name: 'Harbour',
      });
      expect(zone.status).toBe(201);
      expect(zone.body).toMatchObject({
        countryId: w.country.id,
        areaId: area.body.id,
        dutyStationId: station.body.id,
        name: 'Harbour',
      });

      const premises = {
        dutyStationId: station.body.id,
        name: 'Port office',
        kind: 'office',
        latitude: 12.51,
        longitude: 10.02,
      };
      const wrongZone = await clients.csa.post('/api/premises', {
        ...premises,
        zoneId: w.zone1.id,
      });
      expect(wrongZone.status).toBe(400);
      expect(paths(wrongZone)).toEqual(['zoneId']);

      const ok = await clients.csa.post('/api/premises', {
        ...premises,
        zoneId: zone.body.id,
        organizationId: w.orgA.id,
      });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({
        countryId: w.country.id,
        areaId: area.body.id,
        zoneId: zone.body.id,
        shared: false,
      });

      const structure = await clients.do.get(`/api/countries/${w.country.id}/structure`);
      expect(ids(structure.body.areas)).toContain(area.body.id);
      expect(ids(structure.body.premises)).toContain(ok.body.id);

      const trail = await clients.admin.get('/api/audit?entity=area');
      expect(trail.status).toBe(200);
      expect(
        trail.body.items.find((r: { entityId: string }) => r.entityId === area.body.id),
      ).toMatchObject({ action: 'area.create' });
      expect((await clients.csa.get('/api/audit?entity=area')).status).toBe(403);
    });

    it('a staff member may not create an area in their own country: 403', async () => {
      const res = await clients.staff.post('/api/areas', {
        countryId: w.country.id,
        name: 'Nope',
        kind: 'outside_capital',
      });
      expect(res.status).toBe(403);
      expect(res.body.error).toBe('forbidden');
    });
  });

  describe('invariants', () => {
    const report = async (c: Client, countryId = fresh.country.id) => {
      const res = await c.get(`/api/countries/${countryId}/invariants`);
      expect(res.status).toBe(200);
      return res.body.findings as FindingBody[];
    };
    const unwardened = (fs: FindingBody[]) =>
      fs.filter((f) => f.code === 'ZONE_WITHOUT_WARDEN').map((f) => f.zoneId);

    it('a country with only a DO lacks a DO a.i., a security adviser or focal point, and a warden in each zone', async () => {
      const fs = await report(clients.freshDo);
      const codes = fs.map((f) => f.code);
      expect(codes).toContain('NO_DO_AI');
      expect(codes).toContain('NO_SECURITY_ADVISER_OR_FOCAL_POINT');
      expect(codes).not.toContain('NO_DO');
      expect(unwardened(fs).sort()).toEqual(
        [fresh.zone1.id, fresh.zone2.id, fresh.zone3.id].sort(),
      );
    });

    it('once the DO appoints a warden for zone 1 through the API, zone 1 is no longer reported', async () => {
      const res = await clients.freshDo.post('/api/appointments', {
        role: 'WARDEN',
        personId: freshCandidate,
        zoneId: fresh.zone1.id,
        startsOn: '2024-01-01',
        letterReference: 'DO/9',
        termsOfReference: 'Warden duties',
      });
      expect(res.status).toBe(201);
      const left = unwardened(await report(clients.freshDo));
      expect(left).not.toContain(fresh.zone1.id);
      expect(left.sort()).toEqual([fresh.zone2.id, fresh.zone3.id].sort());
    });

    it('a staff member gets 404 on invariants', async () => {
      const res = await clients.staff.get(`/api/countries/${w.country.id}/invariants`);
      expect(res.status).toBe(404);
    });
  });

  describe('personnel lists', () => {
    it('a representative confirms their organization’s personnel list: 201; a staff member may not: 403', async () => {
      const ok = await clients.rep.post(
        `/api/countries/${w.country.id}/personnel-lists/${w.orgB.id}/confirm`,
      );
      expect(ok.status).toBe(201);
      expect(ok.body.id).toEqual(expect.any(String));
      expect(Number.isNaN(Date.parse(ok.body.confirmedAt))).toBe(false);
      const denied = await clients.staff.post(
        `/api/countries/${w.country.id}/personnel-lists/${w.orgB.id}/confirm`,
      );
      expect(denied.status).toBe(403);
      const notMine = await clients.rep.post(
        `/api/countries/${w.country.id}/personnel-lists/${w.orgA.id}/confirm`,
      );
      expect(notMine.status).toBe(403);
    });
  });

  describe('responsibilities', () => {
    interface RoleBody {
      role: string;
      title: Record<string, string>;
      responsibilities: {
        text: Record<string, string>;
        measure: string | null;
        status: {
          ok: boolean;
          findings: { code: string; params: Record<string, unknown> }[];
        } | null;
      }[];
    }

    it('a warden sees the responsibilities of a warden', async () => {
      const res = await clients.warden.get('/api/responsibilities');
      expect(res.status).toBe(200);
      const role = (res.body.items as RoleBody[]).find((i) => i.role === 'WARDEN');
      expect(role).toBeDefined();
      expect(role?.responsibilities.length).toBeGreaterThan(0);
    });

    it('a DO sees a measurable responsibility with a status', async () => {
      const res = await clients.do.get('/api/responsibilities');
      expect(res.status).toBe(200);
      const role = (res.body.items as RoleBody[]).find((i) => i.role === 'DO');
      expect(role).toBeDefined();
      const measured =
        role?.responsibilities.filter((r) => r.measure !== null && r.status !== null) ?? [];
      expect(measured.length).toBeGreaterThan(0);
      expect(measured[0]?.status).toMatchObject({
        ok: expect.any(Boolean),
        findings: expect.any(Array),
      });
      // Findings come as a code with their parts, for the web app to word in the reader's language.
      for (const r of measured) {
        for (const f of r.status?.findings ?? []) {
          expect(f).toMatchObject({ code: expect.any(String), params: expect.any(Object) });
        }
      }
    });

    it('every duty of every role reads in the six UN languages, none left in English', async () => {
      expect(untranslatedDuties()).toEqual([]);
      const res = await clients.do.get('/api/responsibilities');
      const role = (res.body.items as RoleBody[]).find((i) => i.role === 'DO');
      expect(role?.title).toMatchObject({
        en: 'Designated Official for Security',
        fr: expect.stringContaining('Responsable désigné'),
        es: expect.stringContaining('Oficial designado'),
      });
      const first = role?.responsibilities[0]?.text;
      expect(Object.keys(first ?? {}).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
      for (const l of ['ar', 'es', 'fr', 'ru', 'zh']) expect(first?.[l]).not.toBe(first?.en);
    });
  });
});
