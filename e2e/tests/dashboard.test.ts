import { describe, expect, it } from 'vitest';
import { expectText, passSecondFactor, signIn, skip, submitLogin, useApp } from './server.ts';

describe.skipIf(skip)('web app in Chromium', () => {
  const app = useApp();

  it('the Designated Official signs in and sees the country dashboard with its structure and warnings', async () => {
    const page = await app.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${app.url}/`);
    await submitLogin(page, 'do@fieldsafe.test');
    await passSecondFactor(page, 'do@fieldsafe.test');
    await expectText(page.getByTestId('country-name'), 'Meridia');
    await expectText(page.getByTestId('structure-tree'), 'Port Amara');
    await expectText(page.getByTestId('structure-tree'), 'Airport Road');
    // The demo leaves the Airport Road zone without a warden: the invariant report says so.
    await expectText(page.getByTestId('invariants-panel'), 'Airport Road');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a warden sees only the personnel of their zone', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.url, 'warden@fieldsafe.test');
    await page.goto(`${app.url}/people`);
    const table = page.getByTestId('people-table');
    await table.waitFor();
    await expectText(table, 'Harbour');
    const text = await table.innerText();
    expect(text).not.toContain('Hillside');
    expect(text).not.toContain('Kessa');
    await page.close();
  });
});
