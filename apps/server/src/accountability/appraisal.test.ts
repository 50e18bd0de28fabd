import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
const year = new Date().getUTCFullYear();

interface Holder {
  name: string;
  role: string;
  organizationCode: string;
  met: number;
  measured: number;
  indicators: { tag: string; duties: number[]; ok: boolean; findings: { code: string }[] }[];
}

describe('security duties in performance appraisal [004 ¶34–38, 003 Rec. 3, 5]', () => {
  let t: TestApp;
  let w: World;
  let c: Record<'do' | 'hqB' | 'csa' | 'staff' | 'otherDo', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    const other = await buildWorld(db, 'Elsewhere');
    c = {
      do: await signIn(
        t.app,
        (await buildUser(db, w, 'DO', {}, { familyName: 'Appraised' })).email,
      ),
      csa: await signIn(
        t.app,
        (await buildUser(db, w, 'CSA', {}, { org: w.orgB, familyName: 'Adviser' })).email,
      ),
      hqB: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { organizationId: w.orgB.id, countryId: null })).email,
      ),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
      otherDo: await signIn(t.app, (await buildUser(db, other, 'DO')).email),
    };
  });

  const url = (q = `year=${year}`) => `/api/countries/${w.country.id}/appraisal?${q}`;
  const holder = (body: { holders: Holder[] }, role: string) =>
    body.holders.find((h) => h.role === role);

  it('the DO gets, per appointment holder, the measured indicators of their duties for the year', async () => {
    const res = await c.do.get(url());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ countryId: w.country.id, year, from: `${year}-01-01` });
    const doHolder = holder(res.body, 'DO');
    expect(doHolder?.name).toContain('Appraised');
    const tags = doHolder?.indicators.map((i) => i.tag) ?? [];
    expect(tags).toEqual(expect.arrayContaining(['smt_meetings', 'radio_checks', 'sra_current']));
    expect(doHolder?.measured).toBe(tags.length);
    // The SMT never met: the DO's duty 10 (chairs the SMT) is not met.
    const smt = doHolder?.indicators.find((i) => i.tag === 'smt_meetings');
    expect(smt).toMatchObject({ ok: false, duties: expect.arrayContaining([10]) });
    expect(smt?.findings.map((f) => f.code)).toContain('SMT_MEETING_OVERDUE');
  });

  it('an indicator turns met once the records show the duty done', async () => {
    const res = await c.do.post(`/api/countries/${w.country.id}/smt-meetings`, {
      heldOn: daysAgo(5),
      agenda: 'Security risk assessment',
      attendeeIds: [w.orgA.id],
      minutes: 'Reviewed.',
      sentToDssOn: daysAgo(4),
    });
    expect(res.status).toBe(201);
    const after = await c.do.get(url());
    const smt = holder(after.body, 'DO')?.indicators.find((i) => i.tag === 'smt_meetings');
    expect(smt).toMatchObject({ ok: true, findings: [] });
  });

  it('the CSV has one line per holder and indicator', async () => {
    const res = await c.do.get(`/api/countries/${w.country.id}/appraisal.csv?year=${year}`);
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('text/csv');
    const lines = String(res.body).trim().split('\n');
    expect(lines[0]).toBe(
      'year,from,as_of,person,organization,role,appointment_starts_on,appointment_ends_on,indicator,duties,met,value,findings',
    );
    expect(lines.some((l) => l.includes('Appraised') && l.includes(',smt_meetings,'))).toBe(true);
  });

  it('headquarters sees only the holders its organization employs', async () => {
    const res = await c.hqB.get(url());
    expect(res.status).toBe(200);
    const roles = (res.body.holders as Holder[]).map((h) => `${h.role} ${h.organizationCode}`);
    expect(roles).toContain(`CSA ${w.orgB.code}`);
    expect((res.body.holders as Holder[]).every((h) => h.organizationCode === w.orgB.code)).toBe(
      true,
    );
  });

  it('staff, a CSA and another country’s DO may not read it: 404', async () => {
    expect((await c.staff.get(url())).status).toBe(404);
    expect((await c.csa.get(url())).status).toBe(404);
    expect((await c.otherDo.get(url())).status).toBe(404);
  });

  it('a missing or impossible year is refused, naming the field', async () => {
    for (const q of ['', 'year=abc', 'year=1999']) {
      const res = await c.do.get(url(q));
      expect(res.status, q).toBe(400);
      expect(res.body.details[0].path).toBe('query.year');
    }
  });
});
