import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { people } from '../db/schema/index.ts';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

describe('personnel CSV import', () => {
  let t: TestApp;
  let w: World;
  let csa: Client;
  const header =
    'staff_id,organization,given_name,family_name,category,email,duty_station,zone,essential';

  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
  });

  const post = (csv: string, dryRun: boolean) =>
    csa.post(`/api/people/import?countryId=${w.country.id}&dryRun=${dryRun}`, csv, {
      'content-type': 'text/csv',
    });
  const inCountry = async () =>
    (
      await t.database.db
        .select({ n: count() })
        .from(people)
        .where(eq(people.countryId, w.country.id))
    )[0]?.n;

  const good = () =>
    [
      header,
      `H1,${w.orgA.code},Ana,Silva,international,ana@example.org,City,Zone 1,yes`,
      `H2,${w.orgA.code},Ben,Okafor,local,,City,,no`,
      `H3,${w.orgB.code},"Chloé, Jr",Martin,local,chloe@example.org,Town,Zone 3,`,
    ].join('\n');

  it('a dry run previews what would change and writes nothing', async () => {
    const before = await inCountry();
    const res = await post(good(), true);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      dryRun: true,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(res.body.preview.map((p: { action: string }) => p.action)).toEqual([
      'create',
      'create',
      'create',
    ]);
    expect(await inCountry()).toBe(before);
  });

  it('reports every bad row with its line number and field, and then writes nothing at all', async () => {
    const before = await inCountry();
    const csv = [
      header,
      `E1,${w.orgA.code},Ok,Row,local,,City,,no`,
      `E2,NOPE,Bad,Org,local,,City,,no`,
      `E3,${w.orgA.code},Bad,Mail,local,not-an-email,City,,no`,
      `E4,${w.orgA.code},Bad,Zone,local,,City,Zone 3,no`,
      `E1,${w.orgA.code},Dup,Row,local,,City,,no`,
    ].join('\n');
    const preview = await post(csv, true);
    expect(preview.body.errors).toEqual([
      { line: 3, field: 'organization', message: 'unknown organization code "NOPE"' },
      { line: 4, field: 'email', message: 'is not a valid e-mail address' },
      { line: 5, field: 'zone', message: 'no warden zone "Zone 3" at City' },
      { line: 6, field: 'staff_id', message: 'duplicates line 2 (same organization and staff id)' },
    ]);
    const commit = await post(csv, false);
    expect(commit.status).toBe(400);
    expect(commit.body.details[0]).toEqual({
      path: 'line 3.organization',
      message: 'unknown organization code "NOPE"',
    });
    expect(await inCountry()).toBe(before);
  });

  it('phone numbers are stored in E.164 and a bad one is reported on its line, naming phone', async () => {
    const csv = [
      'staff_id,organization,given_name,family_name,category,duty_station,phone',
      `P1,${w.orgA.code},Pat,Phone,local,City,+254 712 000 201`,
      `P2,${w.orgA.code},No,Prefix,local,City,0712 000 202`,
      `P3,${w.orgA.code},Bad,Number,local,City,+999 700 000 001`,
    ].join('\n');
    const res = await post(csv, true);
    expect(res.status).toBe(200);
    // The test country has no numbering plan: a number without a prefix cannot be read.
    expect(res.body.errors).toEqual([
      {
        line: 3,
        field: 'phone',
        message: expect.stringContaining('"0712 000 202" has no country code'),
      },
      {
        line: 4,
        field: 'phone',
        message: expect.stringContaining('"+999 700 000 001" is not a phone number'),
      },
    ]);
    const fixed = await post(csv.split('\n').slice(0, 2).join('\n'), false);
    expect(fixed.status).toBe(200);
    const [row] = await t.database.db
      .select({ phone: people.phone })
      .from(people)
      .where(and(eq(people.staffId, 'P1'), eq(people.countryId, w.country.id)));
    expect(row?.phone).toBe('+254712000201');
  });

  it('optional columns may be left out of the file altogether', async () => {
    const csv = `staff_id,organization,given_name,family_name,category,duty_station\nM1,${w.orgA.code},Min,Imal,local,City`;
    const res = await post(csv, true);
    expect(res.status).toBe(200);
    expect(res.body.errors).toEqual([]);
    expect(res.body.created).toBe(1);
  });

  it('a missing required column is reported on line 1', async () => {
    const res = await post('staff_id,given_name\nX,Y', true);
    expect(res.status).toBe(400);
    expect(res.body.message).toContain(
      'line 1: missing required column(s): organization, family_name, category, duty_station',
    );
  });

  it('commits all rows, and importing the same file again changes nothing (idempotent on staff id)', async () => {
    const first = await post(good(), false);
    expect(first.body).toMatchObject({ created: 3, updated: 0 });
    const [ana] = await t.database.db
      .select()
      .from(people)
      .where(and(eq(people.staffId, 'H1'), eq(people.organizationId, w.orgA.id)));
    expect(ana).toMatchObject({
      givenName: 'Ana',
      essential: true,
      zoneId: w.zone1.id,
      areaId: w.capital.id,
    });
    const again = await post(good(), false);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    const changed = await post(good().replace('Ben,Okafor', 'Benjamin,Okafor'), false);
    expect(changed.body).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
  });

  it('only those who may write personnel there can import: a staff member gets row errors', async () => {
    const staff = await signIn(t.app, (await buildUser(t.database.db, w, 'staff')).email);
    const res = await staff.post(
      `/api/people/import?countryId=${w.country.id}&dryRun=true`,
      good(),
      { 'content-type': 'text/csv' },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toHaveLength(3);
    expect(res.body.errors[0].message).toMatch(/you may not import/);
  });
});
