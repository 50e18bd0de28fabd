import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { expectText, signIn, skip, useApp } from './server.ts';

/** Critical-incident stress support [003 ¶169] and host country agreements [003 Rec. 1]. */
describe.skipIf(skip)('stress support and host country agreements in Chromium', () => {
  const app = useApp();

  async function noHorizontalScroll(page: Page) {
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client + 1);
  }

  it('on a phone (390 px) the counsellor opens a follow-up and records a session', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.url, 'counsellor@fieldsafe.test');
    await page.goto(`${app.url}/stress-support`);
    await expectSome(page.getByTestId('support-case'), 'Ortega');
    const before = await page.getByTestId('support-case').count();
    await page.getByRole('button', { name: 'Open a follow-up' }).click();
    const form = page.getByTestId('open-case-form');
    await form.getByRole('searchbox').fill('Petrova');
    await form.locator('.picker-option').filter({ hasText: 'Petrova' }).first().click();
    await form
      .getByLabel('Crisis or incident')
      .selectOption({ label: 'Flash floods in the Northern Highlands' });
    await form.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="support-case"]').length > n,
      before,
    );
    const petrova = page.getByTestId('support-case').filter({ hasText: 'Petrova' });
    await expectSome(petrova, 'no follow-up planned');
    await petrova.getByRole('button', { name: 'Record a session' }).click();
    await petrova.getByTestId('session-form').getByRole('button', { name: 'Save' }).click();
    await expectSome(petrova.locator('.findings'), 'Individual session');
    await noHorizontalScroll(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a desktop (1280 px) the DO sees counts and no name', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, app.url, 'do@fieldsafe.test');
    await page.getByRole('link', { name: 'Stress support' }).click();
    const counts = page.getByTestId('support-counts');
    await counts.waitFor({ timeout: 20_000 });
    expect(
      Number(await page.getByTestId('count-peopleFollowed').locator('.stat-value').innerText()),
    ).toBeGreaterThan(0);
    await page.getByTestId('counsellors').waitFor();
    expect(await page.getByTestId('support-case').count()).toBe(0);
    const body = await page.locator('main').innerText();
    expect(body).not.toContain('Ortega');
    expect(body).toContain('Rahman');
    await noHorizontalScroll(page);
    await page.close();
  });

  it('the staff member reads their own follow-up and finds the counsellor', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, app.url, 'staff@fieldsafe.test');
    await page.goto(`${app.url}/stress-support`);
    await expectSome(page.getByTestId('my-support'), 'Ortega');
    await expectSome(page.getByTestId('counsellors'), 'Nadia Rahman');
    expect(await page.getByTestId('support-counts').count()).toBe(0);
    await page.close();
  });

  it('the pages have no serious or critical accessibility violation (axe-core)', async () => {
    const found: string[] = [];
    for (const [email, path] of [
      ['counsellor@fieldsafe.test', '/stress-support'],
      ['csa@fieldsafe.test', '/stress-support'],
      ['csa@fieldsafe.test', '/governance/agreements'],
    ] as const) {
      const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
      await signIn(page, app.url, email);
      await page.goto(`${app.url}${path}`);
      await page.waitForLoadState('networkidle');
      if (process.env.E2E_SCREENSHOTS)
        await page.screenshot({
          path: `${process.env.E2E_SCREENSHOTS}/${email.split('@')[0]}${path.replaceAll('/', '_')}.png`,
          fullPage: true,
        });
      for (const v of await seriousViolations(page)) found.push(`${email} ${path}: ${v}`);
      await page.close();
    }
    expect(found).toEqual([]);
  });

  for (const width of [390, 1280]) {
    it(`at ${width} px the CSA sees the flagged agreements and records a review`, async () => {
      const page = await app.browser.newPage({ viewport: { width, height: 900 } });
      await signIn(page, app.url, 'csa@fieldsafe.test');
      await page.goto(`${app.url}/governance/agreements`);
      await expectSome(page.getByTestId('hca-flagged'), '2');
      const wfp = page.getByTestId('hca-card').filter({ hasText: 'WFP' });
      await expectSome(wfp, 'Review overdue');
      await noHorizontalScroll(page);
      if (width === 1280) {
        await wfp.getByRole('button', { name: 'Edit' }).click();
        const form = page.getByTestId('hca-form');
        const next = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
        await form.getByLabel('Review due').fill(next);
        await form.getByRole('button', { name: 'Save' }).click();
        await expectSome(page.getByTestId('hca-card').filter({ hasText: 'WFP' }), 'Up to date');
        await expectSome(page.getByTestId('hca-flagged'), '1');
      }
      await page.close();
    });
  }
});

/** Waits until one of `locator`'s elements shows `text`. */
const expectSome = (locator: Locator, text: string) =>
  expectText(locator.filter({ hasText: text }), text);
