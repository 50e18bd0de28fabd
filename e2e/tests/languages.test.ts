import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { overflow, signIn, skip, useApp } from './server.ts';

/** Screenshots of the pages in Arabic and Chinese, kept as artefacts (gitignored). */
const ARTEFACTS = path.resolve(import.meta.dirname, '../artifacts/languages');

/** The main pages a staff member and a security adviser open. */
const PAGES = [
  '/',
  '/people',
  '/appointments',
  '/travel',
  '/training',
  '/incidents',
  '/crisis',
  '/preparedness',
  '/me',
];

describe.skipIf(skip)('the six UN languages in Chromium', () => {
  beforeAll(() => mkdir(ARTEFACTS, { recursive: true }));
  const app = useApp();

  it('in Arabic the app is right-to-left and the main pages fit a 390 px phone', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.url, 'csa@fieldsafe.test', { locale: 'ar' });
    const widths: Record<string, number> = {};
    for (const p of PAGES) {
      await page.goto(`${app.url}${p}`);
      await page.locator('main h1, main h2').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
      widths[p] = await overflow(page);
      await page.screenshot({
        path: path.join(
          ARTEFACTS,
          `ar-390${p === '/' ? '-dashboard' : p.replaceAll('/', '-')}.png`,
        ),
      });
    }
    expect(widths).toEqual(Object.fromEntries(PAGES.map((p) => [p, 0])));
    // Arabic text, not English, in the navigation.
    await expect(page.locator('nav').first().innerText()).resolves.toContain('لوحة المعلومات');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('switching language changes the words without reloading the page or its data', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Every request the dashboard makes, to wait until it has loaded all its data: `networkidle`
    // is already reached on a page that loaded before, while queries still chain (appointments,
    // then the organizations they name).
    let pending = 0;
    let last = Date.now();
    const track = (change: number) => (r: { url(): string }) => {
      if (!r.url().includes('/api/')) return;
      pending += change;
      last = Date.now();
    };
    page.on('request', track(1));
    page.on('requestfinished', track(-1));
    page.on('requestfailed', track(-1));
    await signIn(page, app.url, 'csa@fieldsafe.test', { locale: 'en' });
    await page.getByTestId('country-name').waitFor();
    while (pending > 0 || Date.now() - last < 1500) await page.waitForTimeout(100);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/')) apiCalls.push(r.url());
    });
    await page.locator('select.lang-switch').selectOption('es');
    await page.getByTestId('country-name').waitFor();
    await page.locator('nav').first().filter({ hasText: 'Panel' }).waitFor();
    await page.locator('select.lang-switch').selectOption('ar');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    // Same document (no reload), and no data was fetched again (only the profile's language saved).
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(apiCalls.filter((u) => !u.includes('/api/auth/me/locale'))).toEqual([]);
    await page.screenshot({ path: path.join(ARTEFACTS, 'ar-1280-dashboard.png') });
    await context.close();
  });

  it('in Chinese the pages show CJK text with a real font, not empty boxes', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, app.url, 'staff@fieldsafe.test', { locale: 'zh' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    await expect(page.locator('nav').first().innerText()).resolves.toContain('概览');
    // Two different ideographs drawn with the page's font: with no CJK font both are the same
    // "missing glyph" box.
    const distinct = await page.evaluate(() => {
      const draw = (ch: string) => {
        const c = document.createElement('canvas');
        c.width = 40;
        c.height = 40;
        const g = c.getContext('2d');
        if (!g) return '';
        g.font = `32px ${getComputedStyle(document.body).fontFamily}`;
        g.fillText(ch, 2, 32);
        return c.toDataURL();
      };
      return draw('概') !== draw('览') && draw('概') !== draw('\u{10FFFD}');
    });
    expect(distinct).toBe(true);
    for (const p of ['/', '/travel', '/crisis']) {
      await page.goto(`${app.url}${p}`);
      await page.locator('main h1, main h2').first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      await page.screenshot({
        path: path.join(
          ARTEFACTS,
          `zh-390${p === '/' ? '-dashboard' : p.replaceAll('/', '-')}.png`,
        ),
      });
    }
    await context.close();
  });

  it('why an assessment awaits review reads in the reader’s language, not in English', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, app.url, 'csa@fieldsafe.test', { locale: 'fr' });
    await page.goto(`${app.url}/risk`);
    await page.getByRole('link', { name: 'Kessa' }).first().click();
    const flag = page.getByRole('status').filter({ hasText: 'À réexaminer' });
    await expect(flag.innerText()).resolves.toMatch(
      /Niveau de sécurité porté à 4 pour Northern Highlands à compter du 1 mars 2026/,
    );
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTEFACTS, 'fr-390-risk-flag.png') });
    await context.close();
  });
});
