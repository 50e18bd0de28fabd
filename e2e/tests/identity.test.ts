import { generate } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { overflow, skip, submitLogin, useApp } from './server.ts';

describe.skipIf(skip)('sign-in, second factor and provisioning in the browser', () => {
  const app = useApp();
  let secret = '';
  let recoveryCode = '';

  async function submitPassword(page: Page, email: string) {
    await page.goto(`${app.url}/login`);
    await submitLogin(page, email);
  }

  it('a system administrator signing in the first time sets up an authenticator app before anything else', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
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
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await submitPassword(page, 'admin@fieldsafe.test');
    // This 30-second step's code may be used already: the recovery code works once.
    await page.getByTestId('mfa-toggle').click();
    await page.getByTestId('mfa-code').fill(recoveryCode);
    await page.getByTestId('mfa-submit').click();
    await page.locator('.app-header').waitFor();
    await page.goto(`${app.url}/admin/identity`);
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

    const signedOut = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signedOut.goto(`${app.url}/login`);
    const provider = signedOut.getByTestId('sso-provider');
    await provider.waitFor();
    expect(await provider.innerText()).toContain('Agency Keycloak');
    expect(await provider.getAttribute('href')).toMatch(/^\/api\/auth\/sso\/[0-9a-f-]+\/start\?/);
    expect(await seriousViolations(signedOut)).toEqual([]);
    await signedOut.goto(`${app.url}/login?ssoError=unknown_user`);
    await signedOut.getByTestId('sso-error').waitFor();
    await signedOut.close();

    // The audit trail: in the menu for the administrator (audit.read), a stacked list at 390 px.
    await page.goto(`${app.url}/`);
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
