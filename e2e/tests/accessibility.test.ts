import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { signIn, skip, useApp } from './server.ts';

const MAIN_PAGES = ['/', '/people', '/incidents', '/travel', '/compliance', '/crisis', '/training'];

describe.skipIf(skip)('accessibility (axe-core) of the main pages', () => {
  const app = useApp();

  it('the login page has no serious or critical violation', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${app.url}/login`);
    await page.getByTestId('login-email').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  for (const [who, email] of [
    ['staff member', 'staff@fieldsafe.test'],
    ['chief security adviser', 'csa@fieldsafe.test'],
  ] as const) {
    it(`the main pages seen by a ${who} have no serious or critical violation`, async () => {
      const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
      await signIn(page, app.url, email, { until: 'menu' });
      const found: string[] = [];
      for (const path of MAIN_PAGES) {
        await page.goto(`${app.url}${path}`);
        await page.waitForLoadState('networkidle');
        for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
      }
      expect(found).toEqual([]);
      await page.close();
    });
  }
});
