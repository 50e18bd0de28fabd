import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, skip, useApp } from './server.ts';

const shots = process.env.FIELDSAFE_SCREENSHOTS;

/** The DO's evacuation/relocation decisions on the demo floods [002 Annex B ¶13, 003 ¶181–182]. */
describe.skipIf(skip)('evacuation and relocation decisions in Chromium', () => {
  const app = useApp();

  async function openFloods(page: Page) {
    await signIn(page, app.url, 'do@fieldsafe.test');
    await page.goto(`${app.url}/crisis`);
    await page
      .getByRole('link', { name: /Flash floods/ })
      .first()
      .click();
    await page.getByTestId('evacuation-list').waitFor({ timeout: 20_000 });
  }

  it('the DO sees the relocation reported to the USG, decides for a person and marks them moved', async () => {
    const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openFloods(page);
    const log = page.getByTestId('crisis-log');
    await expect.poll(() => log.innerText()).toContain('Reported to the USG');
    const counts = page.getByTestId('evacuation-counts');
    await expect.poll(() => counts.innerText()).toMatch(/2 decided, 2 moved, 4 arrived/);

    const row = page
      .getByTestId('evacuation-list')
      .locator('tbody tr', { hasNot: page.getByText('Relocation:') })
      .first();
    await row.getByRole('button', { name: 'Decide' }).click();
    await page.getByLabel('Destination').fill('UN compound, Kessa');
    await page
      .locator('form[aria-labelledby="decide-title"]')
      .getByRole('button', { name: 'Decide' })
      .click();
    await expect.poll(() => counts.innerText()).toMatch(/3 decided/);
    await page.getByRole('button', { name: 'Mark moved' }).first().click();
    await expect.poll(() => counts.innerText()).toMatch(/2 decided, 3 moved/);
    if (shots) {
      await page.locator('#crisis-log').evaluate((e) => e.scrollIntoView());
      await page.screenshot({ path: `${shots}/log-1280.png` });
      await page.locator('#crisis-evacuation').evaluate((e) => e.scrollIntoView());
      await page.screenshot({ path: `${shots}/evacuation-1280.png` });
    }

    // A DO decision in exigent circumstances shows the pending report to the USG.
    await page.getByLabel('Decision', { exact: true }).selectOption('relocation');
    await page.getByLabel('The DO acts in exigent circumstances').check();
    await page.getByLabel('Decision or note').fill('Relocate the Kessa team to the airport now');
    await page.getByRole('button', { name: 'Record', exact: true }).click();
    await expect.poll(() => log.innerText()).toContain('Report to the USG pending');
    await page.getByLabel('Reference of the report').fill('Code cable 17');
    await page.getByRole('button', { name: 'Record the report to the USG' }).click();
    await expect.poll(() => log.innerText()).toContain('ref. Code cable 17');
    await page.close();
  });

  it('fits a phone screen', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await openFloods(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    if (shots) {
      for (const [name, id] of [
        ['log', 'crisis-log'],
        ['evacuation', 'crisis-evacuation'],
      ] as const) {
        await page.locator(`#${id}`).evaluate((e) => e.scrollIntoView());
        await page.screenshot({ path: `${shots}/${name}-390.png` });
      }
    }
    await page.close();
  });
});
