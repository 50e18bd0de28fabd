import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { skip, useApp } from './server.ts';

const ARTEFACTS = path.resolve(import.meta.dirname, '../artifacts/moss');

const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
];

describe.skipIf(skip)('MOSS status list: paged, filtered, changed in bulk (CSA, in French)', () => {
  beforeAll(() => mkdir(ARTEFACTS, { recursive: true }));
  const app = useApp();

  const signedIn = (email: string, viewport: { width: number; height: number }) =>
    app.signedIn(email, { viewport, locale: 'fr', until: 'menu', apiErrors: true });

  const rows = (page: Page) => page.getByTestId('moss-status').locator('tbody tr');

  /** The list's total from its pager ("1–50 sur 1 234"), 0 when it says it is empty. */
  async function total(page: Page): Promise<number> {
    const section = page.locator('section[aria-labelledby="moss-status"]');
    await section.locator('.pager, .empty').first().waitFor({ timeout: 20_000 });
    if ((await section.locator('.empty').count()) > 0) return 0;
    const text = await section.locator('.pager span[aria-live]').innerText();
    return Number((text.split('sur')[1] ?? '').replace(/\D/g, ''));
  }

  for (const vp of VIEWPORTS) {
    it(`${vp.name} (${vp.width} px): a page of 50 rows at most, filters by location and MOSS area, one status for the selected rows`, async () => {
      const { context, page, errors } = await signedIn('csa@fieldsafe.test', vp);
      await page.goto(`${app.url}/compliance`);
      await page.getByTestId('moss-status').waitFor({ timeout: 30_000 });
      expect(await rows(page).count()).toBeLessThanOrEqual(50);
      expect(await page.locator('.pager').first().innerText()).toMatch(/sur/);

      // By MOSS area and status: the telecommunications measures not implemented.
      const section = page.locator('section[aria-labelledby="moss-status"]');
      await section.locator('select[name="mossArea"]').selectOption('telecommunications');
      await section.locator('select[name="status"]').selectOption('not_implemented');
      await page.waitForLoadState('networkidle');
      const before = await total(page);
      expect(before).toBeGreaterThan(0);
      for (const text of await rows(page).allInnerTexts()) expect(text).toContain('TEL-');

      await page.getByTestId('moss-select-page').check();
      const bulk = page.getByTestId('moss-bulk');
      await bulk.waitFor();
      const selected = await page
        .getByTestId('moss-select')
        .evaluateAll((boxes) => boxes.filter((b) => (b as HTMLInputElement).checked).length);
      expect(await bulk.innerText()).toContain(`${selected} ligne`);
      await bulk.locator('select[name="status"]').selectOption('not_applicable');
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(ARTEFACTS, `moss-bulk-fr-${vp.width}.png`) });
      await page.getByTestId('moss-bulk-apply').click();
      const done = page.getByTestId('moss-bulk-done');
      await done.waitFor({ timeout: 20_000 });
      expect(await done.innerText()).toMatch(new RegExp(`${selected} lignes? mises? à jour`));
      // The changed rows left the "not implemented" list.
      await page.waitForLoadState('networkidle');
      const left = await page
        .locator('.pager')
        .first()
        .innerText()
        .catch(() => '');
      if (before === selected && !left) expect(await rows(page).count()).toBeLessThan(before);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
