import { describe, expect, it } from 'vitest';
import { expectText, inDays, overflow, skip, useApp } from './server.ts';

/** "Saving Lives Together" partners and what each is given [002 ¶4, 003 ¶140]. */
describe.skipIf(skip)('SLT partners in Chromium', () => {
  const app = useApp();

  it('at 1280 px the CSA sees the expired MoU flagged and what each partner is given', async () => {
    const { page, errors } = await app.signedIn('csa@fieldsafe.test', {
      viewport: { width: 1280, height: 900 },
      apiErrors: true,
    });
    await page.goto(`${app.url}/governance/partners`);
    await expectText(page.getByTestId('slt-flagged'), 'Partners needing attention: 1');
    const cards = page.getByTestId('slt-card');
    const alliance = cards.filter({ hasText: 'Highlands Relief Alliance' });
    const water = cards.filter({ hasText: 'Meridia Water Partnership' });
    await expectText(water, 'MoU expired — nothing shared');
    await alliance.getByRole('button', { name: 'What this partner sees' }).click();
    await expectText(alliance.getByTestId('slt-feed'), 'Port Amara security risk assessment 2026');
    await water.getByRole('button', { name: 'What this partner sees' }).click();
    await expectText(water.getByTestId('slt-feed-empty'), 'the MoU is not in force');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 390 px the DO records a partner without horizontal scrolling', async () => {
    const { page, errors } = await app.signedIn('do@fieldsafe.test', {
      viewport: { width: 390, height: 844 },
      apiErrors: true,
    });
    await page.goto(`${app.url}/governance/partners`);
    await page.getByRole('button', { name: 'Record a partner' }).click();
    const form = page.getByTestId('slt-form');
    await form.locator('input[name="name"]').fill('Coastal Medical Corps');
    await form.locator('input[name="mouReference"]').fill('SLT/XM/2026/07');
    await form.locator('input[name="mouSignedOn"]').fill(inDays(-10));
    await form.locator('input[name="mouExpiresOn"]').fill(inDays(700));
    await form.getByRole('button', { name: 'Save' }).click();
    const card = page.getByTestId('slt-card').filter({ hasText: 'Coastal Medical Corps' });
    await expectText(card, 'Sharing');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
