import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '../seed/demo.ts';
import { signIn } from '../../test/factories.ts';
import { testApp, type TestApp } from '../../test/harness.ts';

interface Duty {
  n: number;
  measure: string | null;
  measurable: boolean;
  status: { ok: boolean; findings: { code: string }[] } | null;
}

describe('measured duties and the appraisal export in the demo data', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await testApp();
    await seedDemo(t.database.db);
  }, 60_000);

  it('the demo DO sees every measurable duty with its measured state, the rest marked', async () => {
    const d = await signIn(t.app, 'do@fieldsafe.test', DEMO_PASSWORD);
    const res = await d.get('/api/responsibilities');
    const duties = (res.body.items as { role: string; responsibilities: Duty[] }[]).find(
      (i) => i.role === 'DO',
    )?.responsibilities;
    expect(duties).toBeDefined();
    for (const r of duties ?? []) {
      if (r.measure) expect(r.status, `duty ${r.n}`).not.toBeNull();
      else expect(r.measurable, `duty ${r.n}`).toBe(false);
    }
    // Duty 13: the operational communications system, measured by the radio checks.
    expect(duties?.find((r) => r.n === 13)?.measure).toBe('radio_checks');
  });

  it('the demo DO exports this year’s appraisal indicators, some met and some not', async () => {
    const d = await signIn(t.app, 'do@fieldsafe.test', DEMO_PASSWORD);
    const countryId = (await d.get('/api/auth/me')).body.appointments[0].countryId as string;
    const year = new Date().getUTCFullYear();
    const res = await d.get(`/api/countries/${countryId}/appraisal?year=${year}`);
    expect(res.status).toBe(200);
    const holders = res.body.holders as { role: string; met: number; measured: number }[];
    expect(holders.map((h) => h.role)).toEqual(expect.arrayContaining(['DO', 'CSA', 'WARDEN']));
    const all = holders.reduce((n, h) => n + h.measured, 0);
    const met = holders.reduce((n, h) => n + h.met, 0);
    expect(met).toBeGreaterThan(0);
    expect(met).toBeLessThan(all);
    const csv = await d.get(`/api/countries/${countryId}/appraisal.csv?year=${year}`);
    expect(String(csv.body).trim().split('\n').length).toBe(all + 1);
  });
});
