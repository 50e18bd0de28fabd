import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/** Browser tests need Debian's Chromium (`apt-get install chromium`); CI installs it and must run them. */
export const skip = !hasChromium && !process.env.CI;
if (skip)
  console.warn('e2e: /usr/bin/chromium not found: browser tests skipped (install Debian chromium)');

const ROOT = path.resolve(import.meta.dirname, '../..');

export interface Started {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `npm start`'s entry point on a free port with a fresh embedded database: a copy of the
 * run's migrated demo database (made once by the global setup), or, given `dataDir`, that
 * directory as it is (`keep` leaves it in place when the server stops).
 */
export async function startServer(
  options: { dataDir?: string; keep?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<Started> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'fieldsafe-e2e-')));
  const template = options.dataDir ? null : inject('e2eTemplate');
  if (template) await cp(template, dataDir, { recursive: true });
  // As from a person's shell: no DATABASE_URL, and no NODE_ENV=test from Vitest (a web build
  // made under it would bundle React's development build, three times the size).
  const { DATABASE_URL: _ignored, NODE_ENV: _testMode, ...env } = process.env;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'scripts/start.mjs')], {
    cwd: ROOT,
    env: {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      FIELDSAFE_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      // Every browser of the suite signs in from this one loopback address.
      FIELDSAFE_RATE_LIMIT_LOGIN: '10000',
      FIELDSAFE_RATE_LIMIT_WRITES: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 200_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /Fieldsafe is running: (http:\/\/\S+)/.exec(output);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      if (!options.keep) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Chromium for a test file. Every page it opens is watched for Content-Security-Policy
 * violations reported in the console; closing the browser fails (so the file's `afterAll` fails)
 * when a page broke the policy.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const violations: string[] = [];
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args: Parameters<Browser['newPage']>) => {
    const page = await newPage(...args);
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  };
  const close = browser.close.bind(browser);
  browser.close = async (...args: Parameters<Browser['close']>) => {
    await close(...args);
    if (violations.length > 0)
      throw new Error(`Content-Security-Policy violations:\n${violations.join('\n')}`);
  };
  return browser;
}

/** The TOTP factors set up through the web app in this file's server, by e-mail. */
const factors = new Map<string, { secret: string; recoveryCodes: string[]; lastStep: number }>();

/**
 * After "Sign in": passes the second-factor page the way a person does when the user's roles
 * require one. On a user's first sign-in it sets up TOTP (reading the secret the page shows and
 * keeping the recovery codes); later it enters the current code, or a recovery code when this
 * 30-second step's code was already used (a code is never accepted twice).
 */
export async function passSecondFactor(page: Page, email: string): Promise<void> {
  const gate = page.getByTestId('second-factor');
  await gate.or(page.locator('.app-header')).first().waitFor({ timeout: 30_000 });
  if (!(await gate.isVisible())) return;
  const key = email.toLowerCase();
  const step = () => Math.floor(Date.now() / 30_000);
  const start = page.getByTestId('mfa-start');
  if (await start.isVisible()) {
    await start.click();
    const secret = await page.getByTestId('mfa-secret').inputValue();
    const s = step();
    await page.getByTestId('mfa-code').fill(await generate({ secret }));
    await page.getByTestId('mfa-submit').click();
    const list = page.getByTestId('mfa-recovery-codes');
    await list.waitFor();
    const recoveryCodes = (await list.locator('li').allInnerTexts()).map((c) => c.trim());
    factors.set(key, { secret, recoveryCodes, lastStep: s });
    await page.getByTestId('mfa-continue').click();
  } else {
    const factor = factors.get(key);
    if (!factor) throw new Error(`${email} has a second factor this test did not set up`);
    const s = step();
    if (s > factor.lastStep) {
      await page.getByTestId('mfa-code').fill(await generate({ secret: factor.secret }));
      factor.lastStep = s;
    } else {
      const code = factor.recoveryCodes.shift();
      if (!code) throw new Error(`${email}: no recovery code left`);
      await page.getByTestId('mfa-toggle').click();
      await page.getByTestId('mfa-code').fill(code);
    }
    await page.getByTestId('mfa-submit').click();
  }
  await gate.waitFor({ state: 'detached' });
}

/** The demo users' password (seed/demo.ts). */
export const PASSWORD = 'fieldsafe-demo';

/** Fills the sign-in form the page shows and submits it. */
export async function submitLogin(page: Page, email: string): Promise<void> {
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
}

export interface SignIn {
  /** Chosen with the sign-in page's language switcher first (no reload, the form stays). */
  locale?: string;
  /**
   * What shows that the app is ready: the dashboard's country name (the default), or the menu,
   * for roles and languages whose first page is another one.
   */
  until?: 'dashboard' | 'menu';
}

/**
 * Signs `email` in from the sign-in page as a person does: the language, the form, the second
 * factor the user's roles require; then waits until the app shows.
 */
export async function signIn(
  page: Page,
  url: string,
  email: string,
  { locale, until = 'dashboard' }: SignIn = {},
): Promise<void> {
  await page.goto(`${url}/login`);
  if (locale) {
    await page.locator('select.lang-switch').selectOption(locale);
    await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  }
  await submitLogin(page, email);
  await passSecondFactor(page, email);
  if (until === 'menu')
    await page.locator('#main-nav').waitFor({ state: 'attached', timeout: 30_000 });
  else await page.getByTestId('country-name').waitFor({ timeout: 30_000 });
}

export interface SignedIn {
  context: BrowserContext;
  page: Page;
  /** The page's uncaught errors (and, with `apiErrors`, the API's answers of 400 and more). */
  errors: string[];
}

/** A test file's server and browser (see `useApp`). */
export interface App {
  /** The server's address (`http://127.0.0.1:<port>`). */
  readonly url: string;
  readonly browser: Browser;
  /** A page in its own browser context (its own cookies), signed in as `email`. */
  signedIn(
    email: string,
    options?: SignIn & { viewport?: { width: number; height: number }; apiErrors?: boolean },
  ): Promise<SignedIn>;
}

/**
 * Starts the server (on its own copy of the demo database) and Chromium before the tests of the
 * `describe` it is called in, and stops them after. `env` adds to the server's environment.
 */
export function useApp(options: { env?: () => Promise<NodeJS.ProcessEnv> } = {}): App {
  let server: Started | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer({ env: await options.env?.() });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const app: App = {
    get url() {
      if (!server) throw new Error('the server is not started');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started');
      return browser;
    },
    async signedIn(email, { viewport, apiErrors, ...signInOptions } = {}) {
      // A page of its own context, watched for CSP violations like every `newPage`.
      const page = await app.browser.newPage(viewport ? { viewport } : {});
      const context = page.context();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      if (apiErrors)
        page.on('response', (r) => {
          if (r.url().includes('/api/') && r.status() >= 400)
            errors.push(`${r.request().method()} ${r.url()} → ${r.status()}`);
        });
      await signIn(page, app.url, email, signInOptions);
      return { context, page, errors };
    },
  };
  return app;
}

/** Waits until one of `locator`'s elements shows `text`, then expects the first to show it. */
export async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout: 20_000 });
  expect(await locator.first().innerText()).toContain(text);
}

/** How much wider than the viewport the page is, in CSS pixels (0 when it fits). */
export function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The date `days` from today, as YYYY-MM-DD (UTC, like the server). */
export function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
