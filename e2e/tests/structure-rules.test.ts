import { describe, expect, it } from 'vitest';
import { expectText, overflow, skip, useApp } from './server.ts';

/** Structure rules [002 Annex B ¶16–24]: the DO sees the flags and confirms a CSA/SA a.i. */
describe.skipIf(skip)('structure rules in Chromium', () => {
  const app = useApp();

  it('on a phone (390 px) the DO sees the structure flags and the security cell with its chair', async () => {
    const { page, errors } = await app.signedIn('do@fieldsafe.test', {
      viewport: { width: 390, height: 844 },
    });
    await page.goto(`${app.url}/appointments`);
    await expectText(page.getByTestId('structure-flags'), 'police component');
    for (const flag of ['without the DO’s written confirmation', 'although Meridia', 'no end date'])
      await page
        .getByTestId('appointment-flags')
        .filter({ hasText: flag })
        .first()
        .waitFor({ timeout: 20_000 });
    expect(await overflow(page)).toBeLessThanOrEqual(1);

    await page.goto(`${app.url}/governance/smt`);
    await page.getByLabel('Body').selectOption('security_cell');
    await expectText(page.getByTestId('cell-members'), 'Chair');
    await expectText(page.locator('main'), 'convoys of two vehicles');
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 1280 px the DO confirms the CSA/SA ad interim in writing and the flag goes', async () => {
    const { page, errors } = await app.signedIn('do@fieldsafe.test', {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${app.url}/appointments`);
    const unconfirmed = page.getByTestId('appointment-flags').filter({
      hasText: 'without the DO’s written confirmation',
    });
    await unconfirmed.first().waitFor({ timeout: 20_000 });
    await page.getByRole('button', { name: 'Confirm ad interim' }).first().click();
    const form = page.getByTestId('confirm-ad-interim');
    await form.getByLabel('Reference of the written confirmation').fill('DO/XM/2026/AI-1');
    await form.getByRole('button', { name: 'Confirm ad interim' }).click();
    await expectText(page.getByTestId('ad-interim'), 'DO/XM/2026/AI-1');
    await expect.poll(() => unconfirmed.count(), { timeout: 20_000 }).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});
