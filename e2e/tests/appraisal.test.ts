import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchBrowser,
  passSecondFactor,
  startServer,
  type Started,
} from './server.ts';

// Browser tests need Debian's Chromium (`apt-get install chromium`); CI installs it and must run them.
const skip = !hasChromium && !process.env.CI;

/** Measured responsibilities and the appraisal indicators [004 ¶34–38, 003 Rec. 3, 5]. */
describe.skipIf(skip)('measured duties and appraisal indicators in Chromium', () => {
  let server: Started;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('fieldsafe-demo');
    await page.getByTestId('login-submit').click();
    await passSecondFactor(page, email);
    await page.getByTestId('country-name').waitFor({ timeout: 20_000 });
  }

  it('on a phone (390 px) the DO reads the appraisal indicators and may download them', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'do@fieldsafe.test');
    await page.goto(`${server.url}/governance/appraisal`);
    const holder = page.getByTestId('appraisal-holder').first();
    await holder.waitFor({ timeout: 20_000 });
    await holder.locator('summary').click();
    await expect.poll(() => holder.textContent()).toMatch(/Radio checks|SMT meetings/);
    const href = await page.getByTestId('appraisal-csv').getAttribute('href');
    expect(href).toMatch(/\/appraisal\.csv\?year=\d{4}$/);
    await page.goto(`${server.url}/me`);
    await page.getByText('The system cannot measure this duty').first().waitFor();
    const [scroll, client] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scroll).toBeLessThanOrEqual(client + 1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('staff see no appraisal tab: the server gives them no ability to read it', async () => {
    const page = await browser.newPage();
    await signIn(page, 'staff@fieldsafe.test');
    await page.goto(`${server.url}/governance/recommendations`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('link', { name: 'Appraisal indicators' }).count()).toBe(0);
    await page.close();
  });
});
