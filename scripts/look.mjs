// Scratch: screenshots of pages as demo roles, at 390 and 1280 px, in a language (not committed).
import path from 'node:path';
import { generate } from 'otplib';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';

const [lang = 'fr', ...specs] = process.argv.slice(2); // spec: role:/path
const server = await startDemoServer('fieldsafe-look-');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
async function signIn(page, email) {
  await page.goto(`${server.url}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('fieldsafe-demo');
  await page.getByTestId('login-submit').click();
  const gate = page.getByTestId('second-factor');
  await gate.or(page.locator('.app-header')).first().waitFor({ timeout: 30_000 });
  if (await gate.isVisible()) {
    await page.getByTestId('mfa-start').click();
    const secret = await page.getByTestId('mfa-secret').inputValue();
    await page.getByTestId('mfa-code').fill(await generate({ secret }));
    await page.getByTestId('mfa-submit').click();
    await page.getByTestId('mfa-recovery-codes').waitFor();
    await page.getByTestId('mfa-continue').click();
    await gate.waitFor({ state: 'detached' });
  }
}
try {
  const byRole = new Map();
  for (const s of specs) { const [r, p] = s.split(':'); byRole.set(r, [...(byRole.get(r) ?? []), p]); }
  for (const [role, paths] of byRole) {
    const context = await browser.newContext({ viewport: { width: 390, height: 900 }, locale: lang, extraHTTPHeaders: { 'accept-language': lang } });
    const page = await context.newPage();
    await signIn(page, `${role}@fieldsafe.test`);
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(async (l) => { await fetch('/api/auth/me/locale', { method: 'PUT', headers: { 'content-type': 'application/json', 'x-csrf-token': document.cookie.match(/fs_csrf=([^;]+)/)?.[1] ?? '' }, body: JSON.stringify({ locale: l }) }); }, lang);
      for (const p of paths) {
        await page.goto(`${server.url}${p}`);
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(800);
        const errors = await page.locator('.error, [role=alert]').allInnerTexts();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        const file = `/tmp/shots/${role}${p.replace(/[/?=&]/g, '_')}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        console.log(file, overflow ? 'OVERFLOW' : '', errors.length ? `ALERTS: ${errors.join(' | ').slice(0, 200)}` : '');
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
