import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasChromium,
  launchBrowser,
  passSecondFactor,
  startServer,
  type Started,
} from './server.ts';

// Browser tests need Debian's Chromium (`apt-get install chromium`); CI installs it and must run them.
const skip = !hasChromium && !process.env.CI;
if (skip)
  console.warn('e2e: /usr/bin/chromium not found: browser tests skipped (install Debian chromium)');

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const INCIDENT = 'E2E: armed robbery at the Harbour market';
const PURPOSE = 'E2E: clinic visit needing the DO';

/** The sections each demo role's home shows (data-testid `home-<key>`). */
const ROLES: [string, string[]][] = [
  [
    'staff@fieldsafe.test',
    ['home-myClearances', 'home-myTraining', 'home-myPlans', 'levels-in-force'],
  ],
  ['warden@fieldsafe.test', ['home-myZones', 'home-toReach']],
  [
    'csa@fieldsafe.test',
    [
      'home-activeCrises',
      'home-clearancesWaiting',
      'home-incidentsWaiting',
      'home-overdueDrills',
      'home-overdueFindings',
      'home-overdueReviews',
      'home-invariantErrors',
    ],
  ],
  ['asc@fieldsafe.test', ['home-activeCrises', 'home-decideClearances']],
  [
    'do@fieldsafe.test',
    ['home-activeCrises', 'home-decideClearances', 'home-decideRisks', 'home-decideLevels'],
  ],
  // The UNICEF representative, also DO a.i., works in French.
  ['rep@fieldsafe.test', ['home-decideClearances', 'home-activeCrises']],
  ['admin@fieldsafe.test', ['home-overview']],
];

describe.skipIf(skip)('each role’s home in Chromium, on a phone and a laptop', () => {
  let server: Started;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page in its own browser context (its own cookies), signed in as `email`. */
  async function signedIn(email: string, viewport = DESKTOP) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill('fieldsafe-demo');
    await page.getByTestId('login-submit').click();
    await passSecondFactor(page, email);
    await page.getByTestId('country-name').waitFor({ timeout: 20_000 });
    return { page, errors };
  }

  /** How much wider than the viewport the page is (0 when it fits). */
  const overflow = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

  for (const [email, sections] of ROLES) {
    it(`${email.split('@')[0]}: the home shows its sections, at 390 px and 1280 px, without horizontal scroll`, async () => {
      const { page, errors } = await signedIn(email, PHONE);
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        await page.goto(`${server.url}/`);
        for (const id of sections) await page.getByTestId(id).waitFor({ timeout: 20_000 });
        // Every section has words: a list of links or its empty-state sentence.
        for (const id of sections) {
          const text = (await page.getByTestId(id).innerText()).trim();
          expect(text.split('\n').length, `${id} of ${email}`).toBeGreaterThan(1);
        }
        await page.waitForLoadState('networkidle');
        const wide = await page.evaluate(() =>
          Array.from(document.querySelectorAll('body *'))
            .filter(
              (e) =>
                e.getBoundingClientRect().right > window.innerWidth + 0.5 &&
                !e.parentElement?.closest('.table-wrap'),
            )
            .slice(0, 8)
            .map(
              (e) =>
                `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)} ${(e.textContent ?? '').slice(0, 40)}`,
            ),
        );
        expect(
          await overflow(page),
          `${email} at ${viewport.width} px: ${wide.join(' | ')}`,
        ).toBeLessThanOrEqual(0);
      }
      if (email.startsWith('admin')) {
        // The overview's country picker opens a country's sections.
        await page
          .getByTestId('home-overview')
          .getByRole('row', { name: /Meridia/ })
          .getByRole('button')
          .click();
        await page.getByTestId('home-invariantErrors').waitFor({ timeout: 20_000 });
        expect(await page.getByTestId('country-name').innerText()).toContain('Meridia');
      }
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('the CSA records an incident and finds it on their home, with a link to it', async () => {
    const { page, errors } = await signedIn('csa@fieldsafe.test', PHONE);
    await page.goto(`${server.url}/incidents/new`);
    const form = page.getByTestId('incident-form');
    await form.waitFor();
    await form.locator('select[name="category"]').selectOption({ index: 1 });
    await form.locator('[name="title"]').fill(INCIDENT);
    await form.locator('[name="narrative"]').fill('Two armed men took a bag from a staff member.');
    const area = form.locator('select[name="areaId"]');
    if ((await area.count()) > 0) await area.selectOption({ index: 1 });
    await page.getByTestId('incident-submit').click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}/, { timeout: 20_000 });
    await page.goto(`${server.url}/`);
    const waiting = page.getByTestId('home-incidentsWaiting');
    await waiting.getByRole('link', { name: INCIDENT }).waitFor({ timeout: 20_000 });
    await waiting.getByRole('link', { name: INCIDENT }).click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}/);
    await page.getByText(INCIDENT).first().waitFor({ timeout: 20_000 });
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the DO approves a clearance with the destination’s level, crises, advisories, ceiling, training and every rule in view', async () => {
    const staff = await signedIn('staff@fieldsafe.test');
    await staff.page.goto(`${server.url}/travel`);
    const form = staff.page.getByTestId('travel-form');
    await form.waitFor();
    await form.locator('[name="purpose"]').fill(PURPOSE);
    const destination = form.locator('[name="legs.0.destinationId"]');
    await destination
      .locator('option', { hasText: 'Kessa' })
      .first()
      .waitFor({ state: 'attached' });
    await destination.selectOption({ label: 'Kessa' });
    await form.locator('[name="legs.0.arrivalOn"]').fill(inDays(30));
    await form.locator('[name="legs.0.departureOn"]').fill(inDays(33));
    await form.locator('button[type="submit"]').click();
    await staff.page
      .getByTestId('travel-request')
      .filter({ hasText: PURPOSE })
      .first()
      .waitFor({ timeout: 20_000 });
    await staff.page.context().close();

    const { page, errors } = await signedIn('do@fieldsafe.test', PHONE);
    const decide = page.getByTestId('home-decideClearances');
    const link = decide.getByRole('link', { name: new RegExp(PURPOSE) });
    await link.waitFor({ timeout: 20_000 });
    await link.click();
    await page.waitForURL(/\/travel\/requests\/[0-9a-f-]{36}/);
    const context = page.getByTestId('clearance-context');
    await context.waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('clearance-level').innerText()).toMatch(
      /Level \d|No security level/,
    );
    await page.getByTestId('clearance-crises').waitFor();
    await page.getByTestId('clearance-advisories').waitFor();
    expect(await page.getByTestId('clearance-ceiling').innerText()).toMatch(/planned/);
    expect(await page.getByTestId('clearance-training').innerText()).toContain('Basic Security');
    const checks = await page.getByTestId('clearance-checks').innerText();
    for (const rule of [
      'Itinerary',
      'clearance sanction',
      'Basic security training',
      'Staff ceiling',
    ])
      expect(checks).toContain(rule);
    expect(await page.getByTestId('travel-outcome').innerText()).not.toContain('Rules:');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByTestId('travel-approve').click();
    await page
      .getByTestId('travel-request-status')
      .filter({ hasText: 'Approved' })
      .waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('a new risk-assessment version keeps its review date and saves', async () => {
    const { page, errors } = await signedIn('csa@fieldsafe.test', PHONE);
    await page.goto(`${server.url}/risk`);
    const first = page.getByTestId('risk-assessments').locator('a').first();
    await first.waitFor({ timeout: 20_000 });
    await first.click();
    await page.waitForURL(/\/risk\/assessments\/[0-9a-f-]{36}$/);
    const original = page.url();
    const before = await page
      .getByText(/^Version \d+/)
      .first()
      .innerText();
    const version = Number(/Version (\d+)/.exec(before)?.[1] ?? '0');
    await page.getByRole('link', { name: 'New version of this assessment' }).click();
    await page.waitForURL(/from=/);
    // The review date is carried over, not left empty.
    const reviewDue = page.locator('input[name="reviewDue"]');
    await page.getByRole('button', { name: '5. Review' }).click();
    await reviewDue.waitFor({ timeout: 20_000 });
    expect(await reviewDue.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByRole('button', { name: 'Record the assessment' }).click();
    await page
      .waitForURL(/\/risk\/assessments\/[0-9a-f-]{36}$/, { timeout: 20_000 })
      .catch(async (e: unknown) => {
        throw new Error(
          `${page.url()} ${await page.locator('.alert, .field-error').allInnerTexts()} ${String(e)}`,
        );
      });
    expect(page.url()).not.toBe(original);
    await page
      .getByText(`Version ${version + 1} `)
      .first()
      .waitFor({ timeout: 20_000 });
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

/** An ISO date `days` from today. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
