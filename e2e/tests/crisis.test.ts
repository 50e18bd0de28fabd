import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, skip, useApp } from './server.ts';

describe.skipIf(skip)('crisis accountability in Chromium', () => {
  const app = useApp();
  let boardUrl = '';

  async function count(page: Page, id: string): Promise<number> {
    return Number(await page.getByTestId(id).innerText());
  }

  it('the CSA declares a crisis for the capital area and the board counts everyone there as still to answer', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.url, 'csa@fieldsafe.test');
    await page.goto(`${app.url}/crisis`);
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
    const inbox = await app.browser.newPage();
    await signIn(inbox, app.url, 'staff@fieldsafe.test');
    let link: string | null = null;
    for (let i = 0; i < 40 && !link; i++) {
      const res = await inbox.request.get(`${app.url}/api/notifications`);
      const body = (await res.json()) as { items: { link: string | null }[] };
      link = body.items.find((n) => n.link?.startsWith('/checkin/'))?.link ?? null;
      if (!link) await inbox.waitForTimeout(500);
    }
    expect(link).not.toBeNull();
    await inbox.close();

    const phone = await app.browser.newContext({ javaScriptEnabled: false });
    const page = await phone.newPage();
    await page.goto(`${app.url}${link}`);
    await page.getByLabel('I am safe').check();
    await page.getByRole('button').click();
    expect(await page.locator('body').innerText()).toContain(
      'Thank you. Your answer has been recorded',
    );
    await phone.close();
  });

  it('the board shows the answer and one fewer still to reach', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.url, 'csa@fieldsafe.test');
    await page.goto(boardUrl);
    await page.getByTestId('crisis-counts').waitFor();
    expect(await count(page, 'count-safe')).toBe(1);
    expect(await count(page, 'count-no-answer')).toBe((await count(page, 'count-total')) - 1);
    await page.close();
  });
});
