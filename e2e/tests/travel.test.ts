import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectText, inDays, skip, useApp } from './server.ts';

const PURPOSE = 'E2E monitoring visit to the Kessa clinic';
const COMMENT = 'Travel in convoy, report on arrival';
const ADVISORY = 'E2E: bridge closed south of Kessa';
const FILED = 'E2E family visit to Kessa';

describe.skipIf(skip)('travel clearance in Chromium', () => {
  const app = useApp();

  const signedIn = (email: string) => app.signedIn(email);

  /** The card of the request made in this test. */
  const card = (page: Page) =>
    page.getByTestId('travel-request').filter({ hasText: PURPOSE }).first();

  it('a staff member requests travel to Kessa and sees the decision with its reasons', async () => {
    const { page, errors } = await signedIn('staff@fieldsafe.test');
    await page.goto(`${app.url}/travel`);
    const form = page.getByTestId('travel-form');
    await form.waitFor();
    await form.locator('[name="purpose"]').fill(PURPOSE);
    // The destinations load with the country's structure.
    await expectOption(form.locator('[name="legs.0.destinationId"]'), 'Kessa');
    await form.locator('[name="legs.0.destinationId"]').selectOption({ label: 'Kessa' });
    await form.locator('[name="legs.0.arrivalOn"]').fill(inDays(20));
    await form.locator('[name="legs.0.departureOn"]').fill(inDays(24));
    await form.locator('button[type="submit"]').click();
    const mine = card(page);
    await mine.waitFor({ timeout: 20_000 });
    expect(await mine.getByTestId('travel-request-status').innerText()).toContain('Pending');
    const text = await mine.innerText();
    expect(text).toContain('Kessa');
    expect(text).toContain('may be approved');
    // Every reason is listed (or that there is nothing to report).
    expect(text).toMatch(/Reasons/);
    const reasons = await mine.getByTestId('travel-reasons').locator('li').count();
    if (reasons === 0) expect(text).toContain('every check passed');
    // The approver of Kessa (Northern Highlands) is the ASC.
    expect(text).toContain('ASC');
    // The form is reset for the next request.
    expect(await form.locator('[name="purpose"]').inputValue()).toBe('');
    // A staff member neither issues advisories nor sets ceilings.
    expect(await page.getByTestId('advisory-form').count()).toBe(0);
    expect(await page.getByTestId('ceiling-form').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the ASC of the area sees it in the queue and approves it with a comment', async () => {
    const { page, errors } = await signedIn('asc@fieldsafe.test');
    await page.goto(`${app.url}/travel/queue`);
    const pending = card(page);
    await pending.waitFor({ timeout: 20_000 });
    await pending.locator('[name="comment"]').fill(COMMENT);
    await pending.getByTestId('travel-approve').click();
    // Decided: it leaves the queue.
    await pending.waitFor({ state: 'detached', timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the staff member sees the request approved, with the clearance number and the comment', async () => {
    const { page, errors } = await signedIn('staff@fieldsafe.test');
    await page.goto(`${app.url}/travel`);
    const mine = card(page);
    await mine.waitFor({ timeout: 20_000 });
    expect(await mine.getByTestId('travel-request-status').innerText()).toContain('Approved');
    const text = await mine.innerText();
    expect(text).toMatch(/SC-\d{8}-[0-9A-F]{8}/);
    expect(text).toContain(COMMENT);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('an advisory issued by the CSA appears in the staff member’s travel page', async () => {
    const csa = await signedIn('csa@fieldsafe.test');
    await csa.page.goto(`${app.url}/travel`);
    const form = csa.page.getByTestId('advisory-form');
    await form.waitFor({ timeout: 20_000 });
    await expectOption(form.locator('[name="locationId"]'), 'Kessa');
    await form.locator('[name="locationId"]').selectOption({ label: 'Kessa' });
    await form.locator('[name="title"]').fill(ADVISORY);
    await form.locator('[name="body"]').fill('Use the northern road; allow two extra hours.');
    await form.locator('button[type="submit"]').click();
    await form.getByText('traveller(s) notified').waitFor({ timeout: 20_000 });
    await expectText(csa.page.getByTestId('travel-advisories'), ADVISORY);
    expect(csa.errors).toEqual([]);
    await csa.page.context().close();

    const staff = await signedIn('staff@fieldsafe.test');
    await staff.page.goto(`${app.url}/travel`);
    await expectText(staff.page.getByTestId('travel-advisories'), ADVISORY);
    // Bound for Kessa, the staff member is told at once, in the notification centre.
    await staff.page.goto(`${app.url}/notifications`);
    await expectText(staff.page.getByTestId('notifications-list'), ADVISORY);
    expect(staff.errors).toEqual([]);
    await staff.page.context().close();
  });

  it('the Designated Official sets a staff ceiling in travel admin and finds it on the risk assessment', async () => {
    const { page, errors } = await signedIn('do@fieldsafe.test');
    await page.goto(`${app.url}/travel`);
    const table = page.getByTestId('ceilings-table');
    // The demo's Kessa ceiling comes from its security risk assessment.
    await expectText(table, 'Kessa');
    const form = page.getByTestId('ceiling-form');
    await form.locator('[name="locationId"]').selectOption({ label: 'Kessa' });
    expect(await form.locator('[name="ceiling"]').inputValue()).toBe('120');
    await form.locator('[name="ceiling"]').fill('90');
    await form.locator('button[type="submit"]').click();
    await form.getByText('Ceiling set to 90').waitFor({ timeout: 20_000 });
    const row = table.locator('tr').filter({ hasText: 'Kessa' });
    await expectText(row, '90');
    await row.getByRole('link').click();
    await page.waitForURL(/\/risk\/assessments\//);
    await expectText(page.locator('main'), 'Staff ceiling: 90');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the UNICEF representative requests clearance for a dependant; the request says who filed it [004 ¶27]', async () => {
    const { page, errors } = await signedIn('rep@fieldsafe.test');
    await page.goto(`${app.url}/travel`);
    const form = page.getByTestId('travel-form');
    await form.waitFor();
    const traveller = form.locator('[name="travellerId"]');
    // Only those the server says rep@ may file for: their dependants and UNICEF's personnel.
    await traveller
      .locator('optgroup option')
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 });
    const spouse = await traveller.locator('option').nth(1).getAttribute('value');
    await traveller.selectOption(spouse ?? '');
    await form.locator('[name="purpose"]').fill(FILED);
    await expectOption(form.locator('[name="legs.0.destinationId"]'), 'Kessa');
    await form.locator('[name="legs.0.destinationId"]').selectOption({ label: 'Kessa' });
    await form.locator('[name="legs.0.arrivalOn"]').fill(inDays(60));
    await form.locator('[name="legs.0.departureOn"]').fill(inDays(62));
    await form.locator('button[type="submit"]').click();
    const filed = page.getByTestId('travel-request').filter({ hasText: FILED }).first();
    await filed.waitFor({ timeout: 20_000 });
    expect(await filed.getByTestId('travel-filed-by').innerText()).toMatch(/Petrova/);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

async function expectOption(select: Locator, label: string) {
  await select.locator('option', { hasText: label }).first().waitFor({
    state: 'attached',
    timeout: 20_000,
  });
}
