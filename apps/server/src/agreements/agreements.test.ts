import { beforeAll, describe, expect, it } from 'vitest';
import { buildUser, buildWorld, signIn, type Client, type World } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Host country agreements with a security annex and a review date [003 Rec. 1, ¶27–30]. */
describe('host country agreements', () => {
  let t: TestApp;
  let w: World;
  let other: World;
  let c: Record<'do' | 'csa' | 'hq' | 'hqOther' | 'otherDo' | 'smt' | 'staff', Client>;

  beforeAll(async () => {
    t = await testApp();
    const db = t.database.db;
    w = await buildWorld(db);
    other = await buildWorld(db, 'Elsewhere');
    c = {
      do: await signIn(t.app, (await buildUser(db, w, 'DO')).email),
      csa: await signIn(t.app, (await buildUser(db, w, 'CSA')).email),
      hq: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { organizationId: w.orgA.id, countryId: null })).email,
      ),
      hqOther: await signIn(
        t.app,
        (await buildUser(db, w, 'HQ_SFP', { organizationId: w.orgB.id, countryId: null })).email,
      ),
      otherDo: await signIn(
        t.app,
        (await buildUser(db, other, 'DO', {}, { zone: other.zone1 })).email,
      ),
      smt: await signIn(
        t.app,
        (await buildUser(db, w, 'SMT_MEMBER', { organizationId: w.orgB.id })).email,
      ),
      staff: await signIn(t.app, (await buildUser(db, w, 'staff')).email),
    };
  });

  const url = () => `/api/countries/${w.country.id}/host-agreements`;
  const agreement = (over: Record<string, unknown> = {}) => ({
    organizationId: w.orgA.id,
    title: 'Basic cooperation agreement',
    parties: 'Government of Testland and Agency A',
    signedOn: '2004-05-12',
    securityAnnex: false,
    documentReference: 'BCA/2004/17',
    reviewDueOn: daysFromNow(-30),
    ...over,
  });
  let id: string;

  it('the DO records an agreement; an overdue review and a missing annex are flagged', async () => {
    const res = await c.do.post(url(), agreement());
    expect(res.status).toBe(201);
    expect(res.body.flags).toEqual(['review_overdue', 'no_security_annex']);
    expect(res.body.abilities.canEdit).toBe(true);
    id = res.body.id;
    const flagged = await c.csa.get('/api/host-agreements/flagged');
    expect(flagged.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    const report = await c.csa.get(`/api/countries/${w.country.id}/invariants`);
    const codes = report.body.findings.map((f: { code: string }) => f.code);
    expect(codes).toContain('HOST_AGREEMENT_REVIEW_OVERDUE');
    expect(codes).toContain('HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX');
  });

  it('the CSA adds the security annex and a new review date: the flags clear', async () => {
    const res = await c.csa.patch(`/api/host-agreements/${id}`, {
      securityAnnex: true,
      annexSummary: 'The host Government protects UN premises and convoys; liaison with police.',
      lastReviewedOn: daysFromNow(-1),
      reviewDueOn: daysFromNow(700),
    });
    expect(res.status).toBe(200);
    expect(res.body.flags).toEqual([]);
    expect((await c.csa.get('/api/host-agreements/flagged')).body.items).toEqual([]);
    const report = await c.csa.get(`/api/countries/${w.country.id}/invariants`);
    expect(
      report.body.findings.filter((f: { code: string }) => f.code.startsWith('HOST_AGREEMENT')),
    ).toEqual([]);
  });

  it('bad input is refused naming the field', async () => {
    const noAnnex = await c.do.post(url(), agreement({ securityAnnex: true, annexSummary: null }));
    expect(noAnnex.status).toBe(400);
    expect(noAnnex.body.details[0].path).toBe('annexSummary');
    const early = await c.do.post(url(), agreement({ reviewDueOn: '2001-01-01' }));
    expect(early.status).toBe(400);
    expect(early.body.details[0].path).toBe('reviewDueOn');
    const noTitle = await c.do.post(url(), agreement({ title: '' }));
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.details[0].path).toBe('title');
  });

  it('HQ sees its own organization’s agreements everywhere, not another’s, and may not edit', async () => {
    await c.do.post(url(), agreement({ organizationId: w.orgB.id, title: 'Agency B agreement' }));
    const mine = await c.hq.get(url());
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(mine.body.items[0].abilities.canEdit).toBe(false);
    expect((await c.hq.patch(`/api/host-agreements/${id}`, { title: 'x' })).status).toBe(403);
    const theirs = await c.hqOther.get(url());
    expect(theirs.body.items.map((a: { title: string }) => a.title)).toEqual([
      'Agency B agreement',
    ]);
    expect((await c.hqOther.patch(`/api/host-agreements/${id}`, { title: 'x' })).status).toBe(404);
  });

  it('an SMT member reads, may not record: 403; another country and plain staff: 404', async () => {
    expect((await c.smt.get(url())).body.items).toHaveLength(2);
    expect((await c.smt.post(url(), agreement())).status).toBe(403);
    expect((await c.otherDo.get(url())).status).toBe(404);
    expect((await c.otherDo.patch(`/api/host-agreements/${id}`, { title: 'x' })).status).toBe(404);
    expect((await c.staff.get(url())).status).toBe(404);
  });
});
