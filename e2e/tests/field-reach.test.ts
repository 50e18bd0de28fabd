import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { signIn, skip, useApp } from './server.ts';

/** A free loopback port for the demo's local SMS gateway. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Issue 14 in Chromium: two-way SMS through the demo's local gateway, scheduled check-ins. */
describe.skipIf(skip)('field reach in Chromium (demo mode with the local SMS gateway)', () => {
  let gateway = '';
  // The demo staff member Tomás Ortega's phone (UK drama range, see seed/demo.ts).
  const TOMAS = '+441134960006';
  const app = useApp({
    env: async () => {
      const port = await freePort();
      gateway = `http://127.0.0.1:${port}`;
      return { FIELDSAFE_SMS_LOCAL_GATEWAY_PORT: String(port) };
    },
  });

  it('a crisis declared with its reminder schedule is answered by an SMS reply typed on the local gateway’s page, and the board says so', async () => {
    const page = await app.browser.newPage();
    await signIn(page, app.url, 'csa@fieldsafe.test');
    await page.goto(`${app.url}/crisis`);
    await page.getByRole('button', { name: 'Declare a crisis' }).click();
    await page.getByLabel('Area').selectOption({ label: 'Port Amara (capital)' });
    await page.getByLabel('What is happening').fill('Storm over the capital');
    await page.getByLabel('First reminder (SMS and e-mail)').fill('20');
    await page.locator('form').getByRole('button', { name: 'Declare a crisis' }).click();
    await page.getByTestId('crisis-counts').waitFor({ timeout: 20_000 });
    const boardUrl = page.url();

    // The check-in SMS reaches the local gateway; Tomás answers from his phone.
    const phone = await app.browser.newPage();
    await expect
      .poll(
        async () => {
          await phone.goto(gateway);
          return phone.locator('body').innerText();
        },
        { timeout: 30_000 },
      )
      .toContain(TOMAS);
    await phone.getByLabel('From').fill(TOMAS);
    await phone.getByLabel('Text').fill('1');
    await phone.getByRole('button', { name: 'Send reply' }).click();
    await expect
      .poll(
        async () => {
          await phone.goto(gateway);
          return phone.locator('body').innerText();
        },
        { timeout: 30_000 },
      )
      .toContain('Thank you. Recorded: SAFE for Tomás Ortega');

    await page.goto(boardUrl);
    await page.getByTestId('crisis-counts').waitFor();
    // The call list shows the still silent first: show those who answered safe.
    await page.locator('#call-list select[name="status"]').selectOption('safe');
    await expect.poll(() => page.getByTestId('answered-by-sms').count()).toBeGreaterThan(0);
    await page.close();
    await phone.close();
  });

  it('a staff member working alone sets scheduled check-ins on My travel, checks in and cancels them, on a phone and a desktop screen', async () => {
    const page = await app.browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, app.url, 'staff@fieldsafe.test');
    await page.goto(`${app.url}/travel`);
    const section = page.getByTestId('travel-scheduled');
    await section.getByLabel('Where or what').fill('Warehouse night shift');
    await section.getByLabel('Every (minutes)').fill('60');
    await section.getByRole('button', { name: 'Start scheduled check-ins' }).click();
    await expect.poll(() => section.innerText()).toContain('Warehouse night shift');
    // The first check-in is due in an hour.
    await expect.poll(() => section.innerText()).toContain('Not started');
    await expect.poll(() => section.innerText()).toContain('Next check-in:');
    await section.getByRole('button', { name: 'Check in now' }).first().click();
    await expect(section.getByRole('alert').count()).resolves.toBe(0);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    // On a desktop screen too, then cancelled: no more due times.
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
    await section.getByRole('button', { name: 'Cancel these check-ins' }).first().click();
    await expect.poll(() => section.innerText()).not.toContain('Warehouse night shift');
    await expect(section.getByRole('alert').count()).resolves.toBe(0);
    await page.close();
  });
});
