import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, countries, people, phoneIssues } from '../db/schema/index.ts';
import { buildPerson, buildUser, buildWorld, signIn, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';
import { normaliseStoredPhones } from './phones.ts';

describe('stored phone numbers normalised to E.164', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await testApp();
    w = await buildWorld(t.database.db);
    // The test country takes Kenya's code, so that national numbers can be read.
    await t.database.db.update(countries).set({ alpha2: 'ZZ' }).where(eq(countries.alpha2, 'KE'));
    await t.database.db
      .update(countries)
      .set({ alpha2: 'KE' })
      .where(eq(countries.id, w.country.id));
  });

  const withPhone = async (phone: string) => {
    const p = await buildPerson(t.database.db, w);
    await t.database.db.update(people).set({ phone }).where(eq(people.id, p.id));
    return p.id;
  };
  const phoneOf = async (id: string) =>
    (await t.database.db.select().from(people).where(eq(people.id, id)))[0]?.phone;

  it('national and spaced numbers are rewritten in E.164 (audited); unparsable ones are listed and left alone', async () => {
    const national = await withPhone('0712 000 301');
    const spaced = await withPhone('+254 712-000-302');
    const good = await withPhone('+254712000303');
    const bad = await withPhone('+999700000001');
    const result = await normaliseStoredPhones(t.database.db);
    expect(result.changed).toBe(2);
    expect(await phoneOf(national)).toBe('+254712000301');
    expect(await phoneOf(spaced)).toBe('+254712000302');
    expect(await phoneOf(good)).toBe('+254712000303');
    expect(await phoneOf(bad)).toBe('+999700000001');
    expect(result.issues.map((i) => i.personId)).toEqual([bad]);
    const listed = await t.database.db.select().from(phoneIssues);
    expect(listed).toEqual([expect.objectContaining({ personId: bad, phone: '+999700000001' })]);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'person.phone_normalise'));
    expect(audit).toHaveLength(2);
    // Idempotent.
    expect((await normaliseStoredPhones(t.database.db)).changed).toBe(0);
  });

  it('the unreadable numbers are listed, paged, to those who may edit the people; a corrected number leaves the list', async () => {
    const csa = await signIn(t.app, (await buildUser(t.database.db, w, 'CSA')).email);
    const staff = await signIn(t.app, (await buildUser(t.database.db, w, 'staff')).email);
    const second = await withPhone('12');
    await normaliseStoredPhones(t.database.db);
    const list = await csa.get('/api/people/phone-issues?pageSize=1');
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(list.body.items).toHaveLength(1);
    const page2 = await csa.get('/api/people/phone-issues?pageSize=1&page=2');
    expect(page2.body.items).toHaveLength(1);
    expect([list.body.items[0].personId, page2.body.items[0].personId]).toContain(second);
    expect(page2.body.items[0]).toMatchObject({ reason: expect.any(String) });
    expect((await staff.get('/api/people/phone-issues')).body).toMatchObject({ total: 0 });
    const bad = await csa.get('/api/people/phone-issues?pageSize=500');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toContain('pageSize');
    const fixed = await csa.patch(`/api/people/${second}`, { phone: '+254712000304' });
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect((await csa.get('/api/people/phone-issues')).body.total).toBe(1);
  });
});
