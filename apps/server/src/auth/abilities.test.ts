import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('abilities of the signed-in person', () => {
  let t: TestApp;
  let w: World;

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
  });

  const abilitiesOf = async (role: Parameters<typeof buildUser>[2], place = {}) => {
    const u = await buildUser(t.database.db, w, role, place);
    const c = await signIn(t.app, u.email);
    const res = await c.get('/api/auth/me');
    expect(res.status).toBe(200);
    return res.body.abilities as {
      anywhere: string[];
      anyCountry: boolean;
      everyCountry: string[];
      countries: { countryId: string; somewhere: string[]; whole: string[] }[];
    };
  };

  it('staff may not add people, import, request surge or read MOSS: none of it is offered', async () => {
    const a = await abilitiesOf('staff');
    expect(a.anyCountry).toBe(false);
    expect(a.anywhere).not.toContain('personnel.write');
    expect(a.anywhere).not.toContain('surge.request');
    expect(a.anywhere).not.toContain('moss.read');
    expect(a.countries).toEqual([
      {
        countryId: w.country.id,
        somewhere: ['structure.read', 'security_level.read'],
        whole: ['structure.read', 'security_level.read'],
      },
    ]);
  });

  it('a CSA may declare a crisis and request surge over their whole country', async () => {
    const a = await abilitiesOf('CSA');
    const here = a.countries.find((c) => c.countryId === w.country.id);
    expect(here?.whole).toEqual(expect.arrayContaining(['crisis.declare', 'surge.request']));
  });

  it('a warden accounts for people in their zone, not in the whole country', async () => {
    const a = await abilitiesOf('WARDEN', { zoneId: w.zone1.id });
    const here = a.countries.find((c) => c.countryId === w.country.id);
    expect(here?.somewhere).toContain('crisis.account');
    expect(here?.whole).not.toContain('crisis.account');
  });

  it('a system administrator may choose any country and do everything there', async () => {
    const a = await abilitiesOf('admin');
    expect(a.anyCountry).toBe(true);
    expect(a.everyCountry).toEqual(expect.arrayContaining(['risk.read', 'moss.read']));
  });
});
