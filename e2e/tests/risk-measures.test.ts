import { describe, expect, it } from 'vitest';
import { expectText, overflow, skip, useApp } from './server.ts';

const PHONE = { width: 390, height: 844 };

describe.skipIf(skip)('risk mitigation measures linked to MOSS (CSA, 390 px)', () => {
  const app = useApp();

  it('the assessment shows a linked measure’s status and flags the risk; a new version links a measure picked from the searchable MOSS list', async () => {
    const { page, errors, context } = await app.signedIn('csa@fieldsafe.test', {
      viewport: PHONE,
      apiErrors: true,
    });
    await page.goto(`${app.url}/risk`);
    const link = page
      .getByTestId('risk-assessments')
      .getByRole('link', { name: 'Port Amara', exact: true });
    await link.waitFor({ timeout: 20_000 });
    await link.click();
    await page.waitForURL(/\/risk\/assessments\/[0-9a-f-]{36}$/);

    // The demo's blast film is linked to PRE-08, which the country did not adopt: not in place.
    const explosive = page.getByTestId('risk-item').filter({ hasText: 'explosive device' });
    await expectText(explosive, 'Relies on a MOSS measure not in place');
    const blastFilm = explosive.getByTestId('risk-measure').filter({ hasText: 'PRE-08' });
    expect(await blastFilm.innerText()).toContain('Not in place');
    // Acceptable risk per programme goal: the road-block risk is above what routine projects accept.
    const roadBlock = page.getByTestId('risk-item').filter({ hasText: 'road block' });
    await expectText(roadBlock, 'Above what “Routine development projects” accepts');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('link', { name: 'New version of this assessment' }).click();
    await page.waitForURL(/from=/);
    await page.getByRole('button', { name: '4. Decisions' }).click();
    const rows = page.getByTestId('measure-row');
    await rows.first().waitFor({ timeout: 20_000 });
    const before = await page.locator('input[name^="risks.0.measures."][name$=".text"]').count();
    await page.getByRole('button', { name: 'Add a measure' }).first().click();
    const n = before;
    await page
      .locator(`input[name="risks.0.measures.${n}.text"]`)
      .fill('E2E: radio checks twice a day');
    await page.locator(`input[name="risks.0.measures.${n}.mossCode.search"]`).fill('radio checks');
    const pick = page.locator(`select[name="risks.0.measures.${n}.mossCode"]`);
    // The search narrows the list to the matching measures (and "not a MOSS measure").
    await expect.poll(() => pick.locator('option').count()).toBeLessThanOrEqual(3);
    await pick.selectOption('TEL-05');
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: '5. Review' }).click();
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page.waitForURL(/\/risk\/assessments\/[0-9a-f-]{36}$/, { timeout: 20_000 });
    const robbery = page.getByTestId('risk-item').first();
    await expectText(robbery, 'E2E: radio checks twice a day');
    expect(await robbery.innerText()).toContain('TEL-05');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
