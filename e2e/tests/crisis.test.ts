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

describe.skipIf(skip)('crisis accountability in Chromium', () => {
  let server: Started;
  let browser: Browser;
  let boardUrl = '';

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function signIn(page: Page, email: string) {
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('fieldsafe-demo');
    await page.getByTestId('login-submit').click();
    await passSecondFactor(page, email);
    await page.getByTestId('country-name').waitFor();
  }

  async function count(page: Page, id: string): Promise<number> {
    return Number(await page.getByTestId(id).innerText());
  }

  it('the CSA declares a crisis for the capital area and the board counts everyone there as still to answer', async () => {
    const page = await browser.newPage();
    await signIn(page, 'csa@fieldsafe.test');
    await page.goto(`${server.url}/crisis`);
    await page.getByRole('button', { name: 'Declare a crisis' }).click();
    await page.getByLabel('Area').selectOption({ label: 'Port Amara (capital)' });
    await page.getByLabel('What is happening').fill('Explosion near the port');
    await page.locator('form').getByRole('button', { name: 'Declare a crisis' }).click();
    await page.getByTestId('crisis-counts').waitFor({ timeout: 20_000 });
    boardUrl = page.url();
    const total = await count(page, 'count-total');
    expect(total).toBeGreaterThan(10);
    expect(await count(page, 'count-no-answer')).toBe(total);
    expect(await count(page, 'count-safe')).toBe(0);
    await page.close();
  });

  it('on a phone browser without JavaScript, a staff member answers "safe" from the link of their check-in message', async () => {
    // The link arrives as an in-app notification (and by e-mail/SMS where configured).
    const app = await browser.newPage();
    await signIn(app, 'staff@fieldsafe.test');
    let link: string | null = null;
    for (let i = 0; i < 40 && !link; i++) {
      const res = await app.request.get(`${server.url}/api/notifications`);
      const body = (await res.json()) as { items: { link: string | null }[] };
      link = body.items.find((n) => n.link?.startsWith('/checkin/'))?.link ?? null;
      if (!link) await app.waitForTimeout(500);
    }
    expect(link).not.toBeNull();
    await app.close();

    const phone = await browser.newContext({ javaScriptEnabled: false });
    const page = await phone.newPage();
    await page.goto(`${server.url}${link}`);
    await page.getByLabel('I am safe').check();
    await page.getByRole('button').click();
    expect(await page.locator('body').innerText()).toContain(
      'Thank you. Your answer has been recorded',
    );
    await phone.close();
  });

  it('the board shows the answer and one fewer still to reach', async () => {
    const page = await browser.newPage();
    await signIn(page, 'csa@fieldsafe.test');
    await page.goto(boardUrl);
    await page.getByTestId('crisis-counts').waitFor();
    expect(await count(page, 'count-safe')).toBe(1);
    expect(await count(page, 'count-no-answer')).toBe((await count(page, 'count-total')) - 1);
    await page.close();
  });
});
