import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PASSWORD, skip, useApp } from './server.ts';

/** Budgets of issue 13: the JavaScript a route downloads, gzipped, in kB (1,000 bytes). */
const LOGIN_BUDGET_KB = 100;
const DASHBOARD_BUDGET_KB = 150;

interface Measured {
  kb: number;
  files: string[];
}

/**
 * Opens `path` in a fresh context (empty cache, no service worker) and adds up the scripts it
 * downloads until the page is idle, each gzipped (level 9, as Vite reports it): what a first
 * visit costs on a slow link, whatever the server's compression.
 */
async function measure(context: BrowserContext, url: string, ready: (p: Page) => Promise<void>) {
  const page = await context.newPage();
  const scripts = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response
        .body()
        .then((body) => {
          scripts.set(new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length);
        })
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  await ready(page);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
  const files = [...scripts].map(([p, n]) => `${p} ${(n / 1000).toFixed(1)} kB`);
  return { kb: bytes / 1000, files } satisfies Measured;
}

describe.skipIf(skip)('JavaScript a route downloads on a first visit (gzipped)', () => {
  const app = useApp();

  const fresh = () =>
    app.browser.newContext({ viewport: { width: 390, height: 844 }, serviceWorkers: 'block' });

  it(`the login page loads at most ${LOGIN_BUDGET_KB} kB of JavaScript`, async () => {
    const context = await fresh();
    const m = await measure(context, `${app.url}/login`, (p) =>
      p.getByTestId('login-submit').waitFor(),
    );
    await context.close();
    console.log(`login: ${m.kb.toFixed(1)} kB\n  ${m.files.join('\n  ')}`);
    expect(m.kb, m.files.join('\n')).toBeLessThanOrEqual(LOGIN_BUDGET_KB);
  });

  it(`a staff member's dashboard loads at most ${DASHBOARD_BUDGET_KB} kB of JavaScript`, async () => {
    const context = await fresh();
    const res = await context.request.post(`${app.url}/api/auth/login`, {
      data: { email: 'staff@fieldsafe.test', password: PASSWORD },
    });
    expect(res.status()).toBe(200);
    const m = await measure(context, `${app.url}/`, (p) =>
      p.getByTestId('home-myClearances').waitFor({ timeout: 30_000 }),
    );
    await context.close();
    console.log(`dashboard: ${m.kb.toFixed(1)} kB\n  ${m.files.join('\n  ')}`);
    expect(m.kb, m.files.join('\n')).toBeLessThanOrEqual(DASHBOARD_BUDGET_KB);
  });
});
