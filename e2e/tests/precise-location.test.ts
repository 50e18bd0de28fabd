import { describe, expect, it } from 'vitest';
import { expectText, overflow, skip, useApp } from './server.ts';

describe.skipIf(skip)('precise location in Chromium', () => {
  const app = useApp();

  it('the DO activates precise location for the capital at 1280 px; a staff member there sees the banner at 390 px', async () => {
    const { page, errors } = await app.signedIn('do@fieldsafe.test', {
      viewport: { width: 1280, height: 900 },
    });
    await page.goto(`${app.url}/crisis`);
    const section = page.getByTestId('precise-location');
    // The demo's activations: one in force for the Northern Highlands, one ended last month.
    await expectText(section.getByTestId('location-activation'), 'Northern Highlands');
    await section.getByRole('button', { name: 'Activate precise location' }).click();
    await section.getByLabel('Area').selectOption({ label: 'Port Amara (capital)' });
    await section.getByLabel('Reason').fill('Unrest near the port: locate those who ask for help');
    await section
      .locator('form')
      .getByRole('button', { name: 'Activate precise location' })
      .click();
    await expectText(section.getByTestId('location-activation'), 'Port Amara (capital)');
    expect(errors).toEqual([]);
    await page.context().close();

    const staff = await app.signedIn('staff@fieldsafe.test', {
      viewport: { width: 390, height: 844 },
    });
    const banner = staff.page.getByTestId('location-banner');
    await expectText(banner, 'Precise location is active in Port Amara (capital)');
    // On every page, not only the first.
    await staff.page.goto(`${app.url}/training/me`);
    await expectText(staff.page.getByTestId('location-banner'), 'Port Amara (capital)');
    expect(await overflow(staff.page)).toBeLessThanOrEqual(0);
    expect(staff.errors).toEqual([]);
    await staff.context.close();
  });
});
