import { describe, expect, it } from 'vitest';
import { expectText, inDays, overflow, skip, useApp } from './server.ts';

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
  ['warden@fieldsafe.test', ['home-myZones', 'home-toReach', 'home-radioChecksDue']],
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
    [
      'home-activeCrises',
      'home-decideClearances',
      'home-decideRisks',
      'home-decideLevels',
      'home-decideSsafe',
    ],
  ],
  // The UNICEF representative, also DO a.i., works in French.
  ['rep@fieldsafe.test', ['home-decideClearances', 'home-activeCrises']],
  ['admin@fieldsafe.test', ['home-overview']],
];

describe.skipIf(skip)('each role’s home in Chromium, on a phone and a laptop', () => {
  const app = useApp();

  const signedIn = (email: string, viewport = DESKTOP) => app.signedIn(email, { viewport });

  for (const [email, sections] of ROLES) {
    it(`${email.split('@')[0]}: the home shows its sections, at 390 px and 1280 px, without horizontal scroll`, async () => {
      const { page, errors } = await signedIn(email, PHONE);
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        await page.goto(`${app.url}/`);
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

  it('the warden’s radio checks due link to the radio-check log; the DO’s SSAFE exemption to its decision', async () => {
    const warden = await signedIn('warden@fieldsafe.test', PHONE);
    const radio = warden.page.getByTestId('home-radioChecksDue');
    await radio.getByRole('link', { name: 'Harbour' }).waitFor({ timeout: 20_000 });
    expect(await radio.innerText()).toMatch(/next check due|overdue since/);
    await radio.getByRole('link', { name: 'Harbour' }).click();
    await warden.page.waitForURL(/\/preparedness\/radio$/);
    expect(warden.errors).toEqual([]);
    await warden.page.context().close();

    const { page, errors } = await signedIn('do@fieldsafe.test', PHONE);
    const ssafe = page.getByTestId('home-decideSsafe');
    const link = ssafe.getByRole('link', { name: /Kessa/ });
    await link.waitFor({ timeout: 20_000 });
    expect(await ssafe.innerText()).toContain('renew it or let it lapse');
    await link.click();
    await page.waitForURL(/\/training#ssafe-exemption$/);
    await page.getByTestId('ssafe-exemptions').waitFor({ timeout: 20_000 });
    // The link lands on the section, not at the top of a long phone page.
    await expect
      .poll(() => page.locator('#ssafe-exemption').evaluate((h) => h.getBoundingClientRect().top))
      .toBeLessThan(200);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('the CSA records an incident and finds it on their home, with a link to it', async () => {
    const { page, errors } = await signedIn('csa@fieldsafe.test', PHONE);
    await page.goto(`${app.url}/incidents/new`);
    const form = page.getByTestId('incident-form');
    await form.waitFor();
    await form.locator('select[name="category"]').selectOption({ index: 1 });
    await form.locator('[name="title"]').fill(INCIDENT);
    await form.locator('[name="narrative"]').fill('Two armed men took a bag from a staff member.');
    const area = form.locator('select[name="areaId"]');
    if ((await area.count()) > 0) await area.selectOption({ index: 1 });
    await page.getByTestId('incident-submit').click();
    await page.waitForURL(/\/incidents\/[0-9a-f-]{36}/, { timeout: 20_000 });
    await page.goto(`${app.url}/`);
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
    await staff.page.goto(`${app.url}/travel`);
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
    // Course names replace their codes once the course list has loaded.
    await expectText(page.getByTestId('clearance-training'), 'Basic Security');
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
    await page.goto(`${app.url}/risk`);
    const first = page.getByTestId('risk-assessments').locator('a').first();
    await first.waitFor({ timeout: 20_000 });
    // The page's other sections still loading above the list would move the link under the
    // click (a busy machine: the click then lands on what took its place).
    await page.locator('.loading').first().waitFor({ state: 'detached', timeout: 20_000 });
    await first.click();
    await page.waitForURL(/\/risk\/assessments\/[0-9a-f-]{36}$/, { timeout: 20_000 });
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

  it('a broadcast in a crisis reaches the warden as a way to the call list, not a paragraph of names', async () => {
    const csa = await signedIn('csa@fieldsafe.test', DESKTOP);
    const csrf = (await csa.page.context().cookies()).find((c) => c.name === 'fs_csrf')?.value;
    const headers = { 'x-csrf-token': csrf ?? '' };
    const home = await csa.page.request.get(`${app.url}/api/home`);
    const countryId = ((await home.json()) as { countryId: string }).countryId;
    const crisis = await csa.page.request.post(`${app.url}/api/crises`, {
      headers,
      data: { countryId, title: 'E2E: curfew across Meridia' },
    });
    expect(crisis.status()).toBe(201);
    const crisisId = ((await crisis.json()) as { id: string }).id;
    const sent = await csa.page.request.post(`${app.url}/api/broadcasts`, {
      headers,
      data: { countryId, crisisId, title: 'Stay indoors', body: 'Curfew from 18:00.' },
    });
    expect(sent.status()).toBe(201);
    expect(((await sent.json()) as { wardensNotified: number }).wardensNotified).toBeGreaterThan(0);
    await csa.page.context().close();

    const { page, errors } = await signedIn('warden@fieldsafe.test', PHONE);
    // The broadcast's cascade (the crisis's own declaration cascades to the warden too).
    const cascade = page
      .getByTestId('notification')
      .filter({ hasText: 'Stay indoors' })
      .filter({ has: page.getByTestId('open-call-list') });
    const open = cascade.getByTestId('open-call-list');
    for (let i = 0; i < 30 && !(await open.isVisible()); i++) {
      await page.goto(`${app.url}/notifications`);
      await page.getByTestId('notifications-list').waitFor({ timeout: 20_000 });
      if (!(await open.isVisible())) await page.waitForTimeout(1000);
    }
    // The names are folded away; the way to the call list is one tap.
    expect(await cascade.locator('details').getAttribute('open')).toBeNull();
    await open.click();
    await page.waitForURL(new RegExp(`/crisis/${crisisId}#call-list$`));
    const list = page.getByTestId('call-list');
    await list.waitFor({ timeout: 20_000 });
    expect(await list.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('staff change a running scheduled check-in from the web, which only the API could do', async () => {
    const { page, errors } = await signedIn('staff@fieldsafe.test', PHONE);
    await page.goto(`${app.url}/travel`);
    const scheduled = page.getByTestId('travel-scheduled');
    await scheduled.waitFor({ timeout: 20_000 });
    await scheduled.locator('[name="label"]').first().fill('E2E: night shift at the warehouse');
    await scheduled.getByRole('button', { name: 'Start scheduled check-ins' }).click();
    await scheduled.getByText('E2E: night shift at the warehouse').waitFor({ timeout: 20_000 });
    await scheduled.getByTestId('schedule-edit-open').first().click();
    const form = scheduled.getByTestId('schedule-edit');
    await form.locator('[name="label"]').fill('E2E: night and morning shift');
    await form.locator('[name="everyMinutes"]').fill('60');
    await form.getByRole('button', { name: 'Save the changes' }).click();
    await form.waitFor({ state: 'detached', timeout: 20_000 });
    await scheduled.getByText('E2E: night and morning shift').waitFor({ timeout: 20_000 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
