// `node scripts/screenshots.mjs`: the screenshots of the README's tour of each role's home.
// Starts a fresh server (embedded database, demo country) as `npm start` does, signs in as each
// demo role in Chromium (CHROMIUM_PATH, default /usr/bin/chromium) — setting up the second factor
// the way a person does on a first sign-in — and saves the home as seen on a 1280 px laptop
// screen (the viewport, not the whole page) to docs/tour/<role>.png.
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'otplib';
import { chromium } from 'playwright-core';
import { startDemoServer } from './demo-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'docs/tour');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const VIEWPORT = { width: 1280, height: 800 };
/** The demo logins of the README's tour, in its order. */
const ROLES = ['staff', 'warden', 'csa', 'asc', 'do', 'rep', 'admin'];

/** Signs in; on a first sign-in that needs a second factor, sets one up as a person would. */
async function signIn(page, url, email) {
  await page.goto(`${url}/login`);
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

await mkdir(out, { recursive: true });
const server = await startDemoServer('fieldsafe-tour-');
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const role of ROLES) {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await signIn(page, server.url, `${role}@fieldsafe.test`);
    await page.goto(`${server.url}/`);
    await page.getByTestId('country-name').waitFor({ timeout: 30_000 });
    await page.locator('[data-testid^="home-"]').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const file = path.join(out, `${role}.png`);
    await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    console.log(`${path.relative(root, file)}  ${Math.round((await stat(file)).size / 1024)} KB`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
