import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Request } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { overflow, signIn, skip, useApp } from './server.ts';

/** Screenshots of every page each role reaches from the menu (gitignored artefacts). */
const ARTEFACTS = path.resolve(import.meta.dirname, '../artifacts/crawl');

/** Every demo role (the sign-in page lists them). */
const ROLES = ['staff', 'warden', 'asc', 'csa', 'do', 'rep', 'admin', 'counsellor'];

/**
 * Waits until no request (the API's, or a page's code loading) has been in flight for a moment
 * since the call: queries chain on some pages, and a page's code loads before its queries start.
 * A live stream (server-sent events) stays open by design and is not waited for.
 */
function quiet(page: Page) {
  let pending = 0;
  let last = 0;
  const track = (change: number) => (r: Request) => {
    if (r.resourceType() === 'eventsource') return;
    pending += change;
    last = Date.now();
  };
  page.on('request', track(1));
  page.on('requestfinished', track(-1));
  page.on('requestfailed', track(-1));
  return async () => {
    const since = Date.now();
    const deadline = since + 20_000;
    while ((pending > 0 || Date.now() - Math.max(last, since) < 400) && Date.now() < deadline)
      await page.waitForTimeout(100);
  };
}

describe.skipIf(skip)('every menu item of every demo role, on a phone in French', () => {
  beforeAll(() => mkdir(ARTEFACTS, { recursive: true }));
  const app = useApp();

  it.each(ROLES)(
    'the %s reaches every page of their menu with no error box, no refused request and no sideways scrolling',
    async (role) => {
      // A page of its own context, watched for Content-Security-Policy violations (`launchBrowser`):
      // every page of every menu is loaded under the policy here.
      const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
      const problems: string[] = [];
      let at = '/';
      page.on('response', (r) => {
        if (r.url().includes('/api/') && r.status() >= 400)
          problems.push(
            `${at}: ${r.request().method()} ${new URL(r.url()).pathname} → ${r.status()}`,
          );
      });
      page.on('pageerror', (e) => problems.push(`${at}: script error ${e.message}`));
      const settle = quiet(page);
      await signIn(page, app.url, `${role}@fieldsafe.test`, { locale: 'fr', until: 'menu' });
      const links = await page
        .locator('#main-nav a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(links.length).toBeGreaterThan(3);
      for (const link of links) {
        at = link;
        // As on a phone: the menu button, then the item (the app stays loaded between pages; the
        // router has changed the address when the click returns, and some items redirect).
        await page.locator('.menu-toggle').click();
        await page.locator(`#main-nav a[href="${link}"]`).click();
        await settle();
        const boxes = await page.locator('main [role=alert].alert-error').allInnerTexts();
        for (const b of boxes) problems.push(`${link}: error box “${b.trim()}”`);
        const wide = await overflow(page);
        if (wide > 0) problems.push(`${link}: ${wide} px wider than the phone`);
        await page.screenshot({
          path: path.join(
            ARTEFACTS,
            `${role}-fr-390${link === '/' ? '-home' : link.replaceAll('/', '-')}.png`,
          ),
          fullPage: false,
        });
      }
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});
