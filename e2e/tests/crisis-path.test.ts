import type { Locator, Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './axe.ts';
import { inDays, overflow, skip, useApp } from './server.ts';

/** A phone and a laptop. */
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/**
 * Issue 13: the crisis path never drops a person, the warden's call list, and the notification
 * centre — each at 390 px and at 1280 px.
 */
describe.skipIf(skip)('people first: crisis prompt, call list, notification centre', () => {
  const app = useApp();

  const signedIn = (email: string, viewport: { width: number; height: number }) =>
    app.signedIn(email, { viewport });

  /** The page is no wider than the viewport (no horizontal page scroll). */
  const expectNoHorizontalScroll = async (page: Page) =>
    expect(await overflow(page)).toBeLessThanOrEqual(0);

  async function text(locator: Locator): Promise<string> {
    await locator.first().waitFor({ timeout: 20_000 });
    return locator.first().innerText();
  }

  it('an incident report made offline goes through the same outbox and is sent when back online (390 px)', async () => {
    const title = 'E2E roadblock reported offline';
    const { context, page, errors } = await signedIn('staff@fieldsafe.test', VIEWPORTS[0]);
    await page.goto(`${app.url}/incidents/new`);
    const category = page.locator('select[name="category"]');
    await category.locator('option').nth(1).waitFor({ state: 'attached', timeout: 20_000 });
    await context.setOffline(true);
    await category.selectOption({ index: 1 });
    await page.locator('input[name="title"]').fill(title);
    await page.locator('textarea[name="narrative"]').fill('Armed men stopped the convoy.');
    await page.locator('form button[type="submit"]').click();
    const banner = page.getByTestId('incident-queue-banner');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.innerText()).toContain('1 report waiting to be sent');
    await context.setOffline(false);
    await banner.waitFor({ state: 'detached', timeout: 20_000 });
    await page.goto(`${app.url}/incidents`);
    await page.getByText(title).first().waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const vp of VIEWPORTS) {
    describe(`${vp.name} (${vp.width} px)`, () => {
      const title = `E2E flooding (${vp.width})`;
      let boardUrl = '';

      it('the CSA declares a crisis for the capital', async () => {
        const { context, page } = await signedIn('csa@fieldsafe.test', vp);
        await page.goto(`${app.url}/crisis`);
        await page.getByRole('button', { name: 'Declare a crisis' }).click();
        await page.getByLabel('Area').selectOption({ label: 'Port Amara (capital)' });
        await page.getByLabel('What is happening').fill(title);
        await page.locator('form').getByRole('button', { name: 'Declare a crisis' }).click();
        await page.getByTestId('crisis-counts').waitFor({ timeout: 20_000 });
        boardUrl = page.url();
        await context.close();
      });

      it('staff is asked "Are you safe?" on any page, answers offline, and the answer is sent once when back online', async () => {
        const { context, page, errors } = await signedIn('staff@fieldsafe.test', vp);
        const prompt = page.getByTestId('crisis-prompt-item').filter({ hasText: title });
        // On the home page and on another page alike.
        expect(await text(prompt)).toContain('Are you safe?');
        await page.goto(`${app.url}/travel`);
        expect(await text(prompt)).toContain('Are you safe?');
        await page.waitForLoadState('networkidle');
        expect(await seriousViolations(page)).toEqual([]);

        // No connection: the answer is kept on the device and shown as waiting.
        await context.setOffline(true);
        await prompt.getByRole('button', { name: 'I am safe' }).click();
        await prompt.getByTestId('checkin-waiting').waitFor();
        expect(await prompt.innerText()).toContain('waiting to be sent');
        // It survives navigation in the app (to a page already loaded: the home page).
        await page.locator('a.brand').click();
        await page.waitForURL(`${app.url}/`);
        await prompt.getByTestId('checkin-waiting').waitFor();

        // The connection returns but the server's answer is lost on the way: the server has
        // recorded the answer, the device does not know and keeps it.
        const answers: { repeated: boolean; status: string }[] = [];
        const lose = async (route: Route) => {
          const response = await route.fetch();
          answers.push((await response.json()) as { repeated: boolean; status: string });
          await route.abort('connectionreset');
        };
        await page.route('**/api/crises/*/checkin', lose);
        await context.setOffline(false);
        await expect.poll(() => answers.length, { timeout: 20_000 }).toBeGreaterThan(0);
        await prompt.getByTestId('checkin-waiting').waitFor();
        // It survives a reload (the app tries again on start).
        await page.reload();
        await prompt.getByTestId('checkin-waiting').waitFor({ timeout: 20_000 });
        await expect.poll(() => answers.length, { timeout: 20_000 }).toBeGreaterThan(1);

        // Now the answer arrives: the server says it had it already, and the prompt says recorded.
        await page.unroute('**/api/crises/*/checkin', lose);
        const final = page.waitForResponse((r) => /\/api\/crises\/[^/]+\/checkin$/.test(r.url()));
        await context.setOffline(true);
        await context.setOffline(false);
        const last = (await (await final).json()) as { repeated: boolean; status: string };
        await prompt.getByTestId('checkin-recorded').waitFor({ timeout: 20_000 });
        expect(await prompt.innerText()).toContain('I am safe');
        expect(answers[0]).toMatchObject({ status: 'safe', repeated: false });
        expect(answers.slice(1).every((a) => a.repeated)).toBe(true);
        expect(last).toMatchObject({ status: 'safe', repeated: true });
        expect(await page.getByTestId('checkin-waiting').count()).toBe(0);
        expect(errors).toEqual([]);
        await context.close();
      });

      it('the board counts the answer once', async () => {
        const { context, page } = await signedIn('csa@fieldsafe.test', vp);
        await page.goto(boardUrl);
        await page.getByTestId('crisis-counts').waitFor();
        await expect
          .poll(async () => Number(await page.getByTestId('count-safe').innerText()))
          .toBe(1);
        await context.close();
      });

      it('the warden works the call list: tap to call, filter, record reached / no answer', async () => {
        const { context, page, errors } = await signedIn('warden@fieldsafe.test', vp);
        await page.goto(boardUrl);
        const list = page.locator('#call-list');
        const rows = list.getByTestId('call-row');
        await rows.first().waitFor({ timeout: 20_000 });
        await expectNoHorizontalScroll(page);
        // A table with tap-to-call numbers.
        expect(await list.locator('table').count()).toBe(1);
        expect(await list.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
        const left = async () =>
          Number((await list.locator('.badge').first().innerText()).match(/\d+/)?.[0]);
        const before = await left();
        expect(before).toBeGreaterThan(1);

        // Only those still to reach, then one name.
        await list.locator('select[name="status"]').selectOption('no_answer');
        await expect
          .poll(async () =>
            (await rows.locator('.badge').allInnerTexts()).every((b) => b === 'No answer'),
          )
          .toBe(true);
        const first = rows.first();
        const name = (await first.locator('strong').first().innerText()).trim();
        await list.locator('input[name="q"]').fill(name.split(',')[0]!);
        await expect.poll(() => rows.count()).toBeGreaterThan(0);
        const row = rows.filter({ hasText: name }).first();

        // The phone did not answer: recorded, the person stays on the list.
        await row.getByRole('button', { name: `${name}: no answer` }).click();
        await row.getByTestId('last-call').waitFor({ timeout: 20_000 });
        expect(await row.getByTestId('last-call').innerText()).toContain('No answer');
        expect(await left()).toBe(before);

        // Called again, reached and safe: off the list of those still to reach.
        await row.getByRole('button', { name: `${name} reached: safe` }).click();
        await expect.poll(left, { timeout: 20_000 }).toBe(before - 1);
        await list.locator('select[name="status"]').selectOption('safe');
        const safe = rows.filter({ hasText: name }).first();
        expect(await text(safe)).toContain('Safe');
        await expectNoHorizontalScroll(page);
        expect(await seriousViolations(page)).toEqual([]);
        expect(errors).toEqual([]);
        await context.close();
      });

      it('the traveller is told of the clearance decision in the notification centre', async () => {
        const purpose = `E2E notified visit (${vp.width})`;
        const staff = await signedIn('staff@fieldsafe.test', vp);
        await staff.page.goto(`${app.url}/travel`);
        const form = staff.page.getByTestId('travel-form');
        await form.waitFor();
        await form.locator('[name="purpose"]').fill(purpose);
        await form
          .locator('[name="legs.0.destinationId"] option', { hasText: 'Kessa' })
          .first()
          .waitFor({ state: 'attached', timeout: 20_000 });
        await form.locator('[name="legs.0.destinationId"]').selectOption({ label: 'Kessa' });
        await form.locator('[name="legs.0.arrivalOn"]').fill(inDays(30));
        await form.locator('[name="legs.0.departureOn"]').fill(inDays(33));
        await form.locator('button[type="submit"]').click();
        await staff.page
          .getByTestId('travel-request')
          .filter({ hasText: purpose })
          .first()
          .waitFor({ timeout: 20_000 });

        const asc = await signedIn('asc@fieldsafe.test', vp);
        await asc.page.goto(`${app.url}/travel/queue`);
        const pending = asc.page.getByTestId('travel-request').filter({ hasText: purpose }).first();
        await pending.waitFor({ timeout: 20_000 });
        await pending.locator('[name="comment"]').fill('Convoy only');
        await pending.getByTestId('travel-approve').click();
        await pending.waitFor({ state: 'detached', timeout: 20_000 });
        await asc.context.close();

        // The bell counts it on any page; the centre lists it and opens the request.
        await staff.page.goto(`${app.url}/incidents`);
        await staff.page.getByTestId('notification-count').waitFor({ timeout: 70_000 });
        await staff.page.getByTestId('notification-bell').click();
        const note = staff.page.getByTestId('notification').filter({ hasText: purpose }).first();
        expect(await text(note)).toContain('Travel cleared');
        expect(await note.innerText()).toMatch(/SC-\d{8}-[0-9A-F]{8}/);
        await expectNoHorizontalScroll(staff.page);
        expect(await seriousViolations(staff.page)).toEqual([]);
        await note.getByRole('link', { name: `Travel cleared: ${purpose}` }).click();
        await staff.page.waitForURL(/\/travel#request-/);
        await staff.page
          .getByTestId('travel-request')
          .filter({ hasText: purpose })
          .first()
          .waitFor({ timeout: 20_000 });
        // Opening it marked it read.
        await staff.page.goto(`${app.url}/notifications`);
        const read = staff.page.getByTestId('notification').filter({ hasText: purpose }).first();
        expect(await text(read)).toContain('Read');
        expect(staff.errors).toEqual([]);
        await staff.context.close();
      });
    });
  }
});
