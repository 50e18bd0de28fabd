import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, startServer, type Started } from './server.ts';

const skip = !hasChromium && !process.env.CI;
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  })) as { id: string; impact: string | null; nodes: { target: string[] }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe.skipIf(skip)('sign-in, second factor and provisioning in the browser', () => {
  let server: Started;
  let browser: Browser;
  let secret = '';
  let recoveryCode = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function submitPassword(page: Page, email: string) {
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('fieldsafe-demo');
    await page.getByTestId('login-submit').click();
  }

  it('a system administrator signing in the first time sets up an authenticator app before anything else', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await submitPassword(page, 'admin@fieldsafe.test');
    await page.getByTestId('mfa-start').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('mfa-start').click();
    secret = await page.getByTestId('mfa-secret').inputValue();
    await page.getByTestId('mfa-code').fill('000000');
    await page.getByTestId('mfa-submit').click();
    await page.getByRole('alert').waitFor();
    await page.getByTestId('mfa-code').fill(await generate({ secret }));
    await page.getByTestId('mfa-submit').click();
    const codes = page.getByTestId('mfa-recovery-codes').locator('li');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    recoveryCode = (await codes.first().innerText()).trim();
    await page.getByTestId('mfa-continue').click();
    await page.locator('.app-header').waitFor();
    await page.close();
  });

  it('the administrator creates a SCIM token and adds a provider, which then shows on the sign-in page', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await submitPassword(page, 'admin@fieldsafe.test');
    // This 30-second step's code may be used already: the recovery code works once.
    await page.getByTestId('mfa-toggle').click();
    await page.getByTestId('mfa-code').fill(recoveryCode);
    await page.getByTestId('mfa-submit').click();
    await page.locator('.app-header').waitFor();
    await page.goto(`${server.url}/admin/identity`);
    await page.locator('#scim-org').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.locator('#scim-org').selectOption({ index: 1 });
    await page.locator('#scim-title ~ form input[name="name"]').fill('Entra ID');
    await page.locator('#scim-title ~ form button[type="submit"]').click();
    const token = page.locator('#scim-title ~ .alert-success input');
    await token.waitFor();
    expect(await token.inputValue()).toMatch(/^scim_/);

    const form = page.getByTestId('provider-form');
    await form.locator('input[name="name"]').fill('Agency Keycloak');
    await form.locator('input[name="issuer"]').fill('http://127.0.0.1:9/realms/agency');
    await form.locator('input[name="clientId"]').fill('fieldsafe');
    await form.locator('input[name="clientSecret"]').fill('secret');
    await page.locator('#provider-orgs').selectOption({ index: 0 });
    await form.locator('button[type="submit"]').click();
    await page
      .locator('div.table-wrap[aria-labelledby="providers-title"]')
      .getByRole('cell', { name: 'Agency Keycloak' })
      .waitFor();

    const signedOut = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signedOut.goto(`${server.url}/login`);
    const provider = signedOut.getByTestId('sso-provider');
    await provider.waitFor();
    expect(await provider.innerText()).toContain('Agency Keycloak');
    expect(await provider.getAttribute('href')).toMatch(/^\/api\/auth\/sso\/[0-9a-f-]+\/start\?/);
    expect(await seriousViolations(signedOut)).toEqual([]);
    await signedOut.goto(`${server.url}/login?ssoError=unknown_user`);
    await signedOut.getByTestId('sso-error').waitFor();
    await signedOut.close();

    // The audit trail: in the menu for the administrator (audit.read), a stacked list at 390 px.
    await page.goto(`${server.url}/`);
    await page.locator('.menu-toggle').click();
    await page.locator('#main-nav a[href="/audit"]').click();
    await page.getByTestId('audit-trail').waitFor();
    await page.locator('input[name="actor"]').fill('admin@fieldsafe.test');
    await page.locator('input[name="entity"]').fill('scim_token');
    await page.getByTestId('audit-trail').getByText('admin@fieldsafe.test').first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('input[name="entity"]').fill('no_such_record_kind');
    await page.getByTestId('audit-empty').waitFor();
    await page.close();
  });
});
