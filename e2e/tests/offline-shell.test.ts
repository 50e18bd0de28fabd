import { describe, expect, it } from 'vitest';
import { signIn, skip, useApp } from './server.ts';

describe.skipIf(skip)('the Workbox service worker keeps the app shell', () => {
  const app = useApp();

  it('once opened online, the app and the incident report form open offline (a page never visited included); a report sent offline is kept and sent once back online', async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, app.url, 'staff@fieldsafe.test');
    // The worker is installed (precache complete) and active.
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            return reg?.active?.state ?? 'none';
          }),
        { timeout: 60_000 },
      )
      .toBe('activated');
    await page.reload();
    expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.getByTestId('country-name').waitFor({ timeout: 30_000 });

    await context.setOffline(true);
    await page.goto(`${app.url}/incidents/new`);
    await page.getByTestId('incident-form').waitFor({ timeout: 20_000 });
    const category = page.locator('select[name="category"]');
    await category.locator('option').nth(1).waitFor({ state: 'attached', timeout: 20_000 });

    // A report sent offline is kept on the device, then sent once when the link is back.
    const title = 'E2E: road blocked at the bridge, reported offline';
    const form = page.getByTestId('incident-form');
    await category.selectOption({ index: 1 });
    await form.locator('[name="title"]').fill(title);
    await form.locator('[name="narrative"]').fill('Burning tyres across the road at 07:10.');
    await page.getByTestId('incident-submit').click();
    await page.getByTestId('incident-kept').waitFor({ timeout: 20_000 });
    const waiting = () =>
      page.evaluate(
        () => (JSON.parse(localStorage.getItem('fs_incident_queue') ?? '[]') as unknown[]).length,
      );
    expect(await waiting()).toBe(1);
    await context.setOffline(false);
    await expect.poll(waiting, { timeout: 60_000 }).toBe(0);
    const mine = await page.request.get(`${app.url}/api/incidents?q=${encodeURIComponent(title)}`);
    const found = ((await mine.json()) as { items: { title: string }[] }).items.filter(
      (i) => i.title === title,
    );
    expect(found).toHaveLength(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('leaves the no-JavaScript check-in page and the API to the server', async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/login`);
    await expect
      .poll(
        () =>
          page.evaluate(async () => {
            const reg = await navigator.serviceWorker.getRegistration();
            return reg?.active?.state ?? 'none';
          }),
        { timeout: 60_000 },
      )
      .toBe('activated');
    const res = await page.goto(`${app.url}/checkin/not-a-token`);
    expect(await res?.text()).not.toContain('<div id="root">');
    const api = await page.goto(`${app.url}/api/nothing-here`);
    expect(api?.status()).toBe(404);
    await context.close();
  });
});
