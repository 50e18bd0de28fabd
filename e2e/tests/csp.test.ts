import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { passSecondFactor, skip, submitLogin, useApp } from './server.ts';

/** Every page the server serves works under its Content-Security-Policy: no violation logged. */
describe.skipIf(skip)('pages under the Content-Security-Policy', () => {
  const app = useApp();

  /** Console messages that report a CSP violation, and uncaught page errors. */
  function watch(page: Page) {
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(`page error: ${e.message}`));
    return violations;
  }

  it('the web app, the API documentation, the check-in page and the printable report load without a CSP violation', async () => {
    const page = await app.browser.newPage();
    const violations = watch(page);
    const first = await page.goto(`${app.url}/`);
    expect(first?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(first?.headers()['cache-control']).toBe('no-cache');
    await submitLogin(page, 'do@fieldsafe.test');
    await passSecondFactor(page, 'do@fieldsafe.test');
    await page.getByTestId('country-name').waitFor({ timeout: 30_000 });
    const asset = await page.evaluate(
      () => document.querySelector<HTMLScriptElement>('script[src*="/assets/"]')?.src ?? '',
    );
    expect(asset).toMatch(/\/assets\//);
    const assetRes = await page.request.get(asset);
    expect(assetRes.headers()['cache-control']).toBe('public, max-age=31536000, immutable');

    // Every page of every role's menu is loaded under the policy by the crawl (crawl.test.ts);
    // these are the pages reached from within others.
    for (const path of ['/incidents/statistics', '/budgets', '/preparedness/plans']) {
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState('networkidle');
    }

    const me = (await (await page.request.get(`${app.url}/api/auth/me`)).json()) as {
      homeCountryId: string | null;
      appointments: { countryId: string | null }[];
    };
    const countryId = me.homeCountryId ?? me.appointments.find((a) => a.countryId)?.countryId;
    expect(countryId).toBeTruthy();
    const report = await page.goto(
      `${app.url}/api/countries/${countryId}/non-compliance-report.html?year=2026`,
    );
    expect(report?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    const docs = await page.goto(`${app.url}/api/docs`);
    expect(docs?.status()).toBe(200);
    await page.locator('.swagger-ui .info').first().waitFor({ timeout: 30_000 });

    const checkin = await page.goto(`${app.url}/checkin/not.a-real-token-0123456789`);
    expect(checkin?.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBeTruthy();
    const headers = checkin?.headers() ?? {};
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['x-content-type-options']).toBe('nosniff');

    expect(violations).toEqual([]);
    await page.close();
  });

  it('the policy is in force: an inline script is refused and the refusal is seen', async () => {
    // A page of its own context: the deliberate violation must not fail the suite's watcher.
    const context = await app.browser.newContext();
    const page = await context.newPage();
    const violations = watch(page);
    await page.goto(`${app.url}/login`);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeFalsy();
    expect(violations.join('\n')).toMatch(/Content Security Policy/);
    await context.close();
  });
});
