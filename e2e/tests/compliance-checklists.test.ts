import { describe, expect, it } from 'vitest';
import { expectText, overflow, skip, useApp } from './server.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/** Checklists per actor, spot checks [000 §30] and the system-wide rate [001 §36]. */
describe.skipIf(skip)('compliance checklists, spot checks and the system-wide rate', () => {
  const app = useApp();

  for (const vp of VIEWPORTS) {
    it(`${vp.name} (${vp.width} px): the CSA answers a checklist item and records a spot check; headquarters read the rate`, async () => {
      const csa = await app.signedIn('csa@fieldsafe.test', {
        viewport: vp,
        until: 'menu',
      });
      const page = csa.page;
      await page.goto(`${app.url}/compliance`);
      const lists = page.getByTestId('mission-checklists').first();
      await lists.waitFor({ timeout: 30_000 });
      await lists.locator('summary').click();
      const doList = page.getByTestId('actor-checklist').first();
      await expectText(doList, 'Designated Official');
      expect(await doList.locator('.pager').innerText()).toMatch(/1.5 of 8/);

      // A gap without a note is refused, with the note field named; with a note it is kept.
      const form = doList.getByTestId('checklist-answer');
      await form.locator('select[name="answers.0.answer"]').selectOption('not_compliant');
      await form.locator('button[type="submit"]').click();
      await expectText(form.locator('.field-error'), 'required when the item is not compliant');
      await form.locator('input[name="answers.0.note"]').fill(`Plan not signed (${vp.name})`);
      await form.locator('button[type="submit"]').click();
      await expectText(doList, `Plan not signed (${vp.name})`);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      const spot = page.getByTestId('spot-check-form');
      await spot.locator('input[name="checkedBy"]').fill(`CSA, ${vp.name} visit`);
      await spot.locator('textarea[name="items"]').fill('Trauma kits\nRadio log');
      await spot.locator('select[name="result"]').selectOption('not_confirmed');
      await spot.locator('button[type="submit"]').click();
      await expectText(page.getByTestId('spot-checks').locator('li'), `CSA, ${vp.name} visit`);
      expect(
        await page.getByRole('link', { name: 'System-wide implementation rate' }).count(),
      ).toBe(0);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      expect(csa.errors).toEqual([]);
      await csa.context.close();

      const hq = await app.signedIn('admin@fieldsafe.test', { viewport: vp, until: 'menu' });
      await hq.page.goto(`${app.url}/compliance/system`);
      const countries = hq.page.getByTestId('system-rate-countries');
      await countries.waitFor({ timeout: 30_000 });
      await expectText(countries, 'Nordavia (demo)');
      await expectText(hq.page.getByTestId('system-rate-overall'), 'All countries');
      expect(await hq.page.getByTestId('system-rate-csv').getAttribute('href')).toMatch(
        /^\/api\/compliance\/system-rate\.csv\?fromYear=\d{4}&toYear=\d{4}$/,
      );
      expect(await overflow(hq.page)).toBeLessThanOrEqual(0);
      expect(hq.errors).toEqual([]);
      await hq.context.close();
    });
  }
});
