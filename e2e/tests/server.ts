import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'otplib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

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
  options: { dataDir?: string; keep?: boolean } = {},
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
