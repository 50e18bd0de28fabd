import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchBrowser,
  passSecondFactor,
  startServer,
  type Started,
} from './server.ts';

const skip = !hasChromium && !process.env.CI;
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page and returns the serious and critical violations, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no inline script) stays as it is.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

async function signIn(page: Page, url: string, email: string) {
  await page.goto(`${url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('fieldsafe-demo');
  await page.getByTestId('login-submit').click();
  await passSecondFactor(page, email);
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

const MAIN_PAGES = ['/', '/people', '/incidents', '/travel', '/compliance', '/crisis', '/training'];

describe.skipIf(skip)('accessibility (axe-core) of the main pages', () => {
  let server: Started;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('the login page has no serious or critical violation', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  for (const [who, email] of [
    ['staff member', 'staff@fieldsafe.test'],
    ['chief security adviser', 'csa@fieldsafe.test'],
  ] as const) {
    it(`the main pages seen by a ${who} have no serious or critical violation`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await signIn(page, server.url, email);
      const found: string[] = [];
      for (const path of MAIN_PAGES) {
        await page.goto(`${server.url}${path}`);
        await page.waitForLoadState('networkidle');
        for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
      }
      expect(found).toEqual([]);
      await page.close();
    });
  }
});
