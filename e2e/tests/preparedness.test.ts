import { describe, expect, it } from 'vitest';
import { expectText, signIn, skip, useApp } from './server.ts';

describe.skipIf(skip)('security plans and drills in Chromium', () => {
  const app = useApp();

  it('the CSA opens the drills page and sees the overdue quick drill of high-risk Kessa', async () => {
    const page = await app.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.url, 'csa@fieldsafe.test');
    await page.getByRole('link', { name: 'Plans & drills' }).click();
    await page.getByRole('link', { name: 'Drills', exact: true }).click();
    const overdue = page.getByTestId('overdue-row');
    await expectText(overdue, 'Kessa');
    const text = await page.getByTestId('drills-overdue').innerText();
    expect(text).toContain('Quick drill');
    expect(text).toContain('High risk');
    expect(text).not.toContain('Port Amara (');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a staff member acknowledges the country security plan they were asked to read', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.url, 'staff@fieldsafe.test');
    await page.goto(`${app.url}/preparedness/plans`);
    const todo = page.getByTestId('plans-to-acknowledge');
    await expectText(todo, 'Meridia country security plan');
    await todo.getByRole('link', { name: 'Meridia country security plan' }).click();
    await page.getByTestId('acknowledge').click();
    await expectText(page.getByTestId('my-acknowledgement'), 'You acknowledged it');
    await page.goto(`${app.url}/preparedness/plans`);
    await page.getByText('Security plans', { exact: true }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('plans-to-acknowledge').count()).toBe(0);
    await page.close();
  });
});
