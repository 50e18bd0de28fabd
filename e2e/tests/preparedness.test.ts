import type { Browser, Locator, Page } from 'playwright-core';
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
if (skip)
  console.warn('e2e: /usr/bin/chromium not found: browser tests skipped (install Debian chromium)');

describe.skipIf(skip)('security plans and drills in Chromium', () => {
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

  it('the CSA opens the drills page and sees the overdue quick drill of high-risk Kessa', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'csa@fieldsafe.test');
    await page.getByRole('link', { name: 'Plans & drills' }).click();
    await page.getByRole('link', { name: 'Drills', exact: true }).click();
    const overdue = page.getByTestId('overdue-row');
    await expectText(overdue, 'Kessa');
    const text = await page.getByTestId('drills-overdue').innerText();
    expect(text).toContain('Quick drill');
    expect(text).toContain('High risk');
    expect(text).not.toContain('Port Amara (');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a staff member acknowledges the country security plan they were asked to read', async () => {
    const page = await browser.newPage();
    await signIn(page, 'staff@fieldsafe.test');
    await page.goto(`${server.url}/preparedness/plans`);
    const todo = page.getByTestId('plans-to-acknowledge');
    await expectText(todo, 'Meridia country security plan');
    await todo.getByRole('link', { name: 'Meridia country security plan' }).click();
    await page.getByTestId('acknowledge').click();
    await expectText(page.getByTestId('my-acknowledgement'), 'You acknowledged it');
    await page.goto(`${server.url}/preparedness/plans`);
    await page.getByText('Security plans', { exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('plans-to-acknowledge').count()).toBe(0);
    await page.close();
  });
});

async function expectText(locator: Locator, text: string) {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 20_000 });
  expect(await locator.first().innerText()).toContain(text);
}
