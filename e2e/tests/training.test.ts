import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectText, inDays, skip, useApp } from './server.ts';

describe.skipIf(skip)('training pages in Chromium', () => {
  const app = useApp();

  /** A page signed in as `email`, on the training page. */
  async function signIn(email: string) {
    const signed = await app.signedIn(email);
    await signed.page.goto(`${app.url}/training`);
    return signed;
  }

  it('the Designated Official makes SSAFE mandatory at a duty station and grants an exemption, and both are listed', async () => {
    const { page, errors } = await signIn('do@fieldsafe.test');
    const mandate = page.getByTestId('ssafe-mandate-form');
    await mandate.getByLabel('Duty station or area').selectOption({ label: 'Lira Bay' });
    await mandate.getByLabel('Decided by').fill('SMT meeting of 3 November');
    await mandate.getByLabel('Refresher every (months)').fill('24');
    await mandate.getByRole('button', { name: 'Make mandatory' }).click();
    await expectText(mandate, 'SSAFE is now mandatory there.');
    await expectText(page.getByTestId('ssafe-mandates'), 'Lira Bay');
    await expectText(page.getByTestId('ssafe-mandates'), 'SMT meeting of 3 November');
    const row = page.getByTestId('ssafe-mandates').locator('tr', { hasText: 'Lira Bay' });
    expect(await row.innerText()).toContain('24');

    const exemption = page.getByTestId('ssafe-exemption-form');
    await exemption.getByLabel('Person').fill('Ortega');
    await exemption
      .getByRole('button', { name: /Ortega/ })
      .first()
      .click();
    await expectText(exemption, 'UNICEF-DEMO');
    await exemption.getByLabel('Duty station or area').selectOption({ label: 'Lira Bay' });
    await exemption.getByLabel('Reason').fill('Short assignment, escorted movements only');
    await exemption.getByLabel('Valid until').fill(inDays(60));
    await exemption.getByRole('button', { name: 'Grant exemption' }).click();
    await expectText(exemption, 'Exemption recorded.');
    const listed = page.getByTestId('ssafe-exemptions');
    await expectText(listed, 'Ortega');
    await expectText(listed, 'Lira Bay');
    await expectText(listed, 'Short assignment');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a missing reason is shown next to the field, and nothing is listed', async () => {
    const { page } = await signIn('do@fieldsafe.test');
    const exemption = page.getByTestId('ssafe-exemption-form');
    await exemption.getByLabel('Person').fill('Haile');
    await exemption.getByRole('button', { name: /Haile/ }).first().click();
    await exemption.getByLabel('Duty station or area').selectOption({ label: 'Kessa' });
    await exemption.getByLabel('Valid until').fill(inDays(30));
    await exemption.getByRole('button', { name: 'Grant exemption' }).click();
    await expectText(exemption.locator('.field-invalid', { hasText: 'Reason' }), 'Reason');
    expect(await page.getByTestId('ssafe-exemptions').innerText()).not.toContain('Haile');
    await page.close();
  });

  it('the CSA previews and imports a certificate CSV and sees the summary', async () => {
    const { page, errors } = await signIn('csa@fieldsafe.test');
    const form = page.getByTestId('certificate-import-form');
    const csv = [
      'staff_id,organization,course,issued_on,expires_on',
      `DSS-DEMO-MARC,DSS,WSAT,${inDays(-20)},`,
      `UNICEF-DEMO-ELENA,UNICEF,WSAT,${inDays(-20)},`,
    ].join('\n');
    await form.getByLabel('CSV file').setInputFiles({
      name: 'certificates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await form.getByRole('button', { name: 'Preview' }).click();
    const summary = page.getByTestId('certificate-import-summary');
    await expectText(summary, 'No errors: the file can be imported.');
    expect(await stat(summary, 'Rows')).toBe('2');
    expect(await stat(summary, 'To create')).toBe('2');
    await form.getByRole('button', { name: 'Import', exact: true }).click();
    await expectText(summary, 'Certificates imported.');
    expect(await stat(summary, 'Created')).toBe('2');

    // The same file again changes nothing.
    await form.getByRole('button', { name: 'Preview' }).click();
    await expectText(summary, 'No errors');
    expect(await stat(summary, 'Unchanged')).toBe('2');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a bad certificate line is reported with its line and column', async () => {
    const { page } = await signIn('csa@fieldsafe.test');
    const form = page.getByTestId('certificate-import-form');
    const csv = [
      'staff_id,organization,course,issued_on,expires_on',
      `DSS-DEMO-MARC,DSS,NOPE,${inDays(-20)},`,
    ].join('\n');
    await form.getByLabel('CSV file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await form.getByRole('button', { name: 'Preview' }).click();
    await expectText(page.getByTestId('certificate-import-errors'), 'course');
    expect(await form.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.close();
  });

  it('the CSA opens the training indicators by staff type and management level', async () => {
    const { page, errors } = await signIn('csa@fieldsafe.test');
    // The CSA sees the SSAFE decisions but only the DO makes them.
    await expectText(page.getByTestId('ssafe-mandates'), 'Kessa');
    expect(await page.getByTestId('ssafe-mandate-form').count()).toBe(0);
    expect(await page.getByTestId('ssafe-exemption-form').count()).toBe(0);
    const byType = page.getByTestId('indicators-staff-type');
    await expectText(byType, 'General service / local staff (G)');
    await expectText(byType, 'Security personnel');
    await expectText(byType, 'All personnel');
    const byLevel = page.getByTestId('indicators-management-level');
    await expectText(byLevel, 'Senior management');
    // Every demo person has a staff type: no "Not recorded" line.
    expect(await byType.innerText()).not.toContain('Not recorded');
    expect(await page.getByTestId('indicators-csv').getAttribute('href')).toContain(
      '/api/training/indicators.csv?countryId=',
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** The value of a labelled stat in an import summary. */
async function stat(summary: Locator, label: string): Promise<string> {
  const box = summary.locator('.stat').filter({
    has: summary.page().locator('.stat-label', { hasText: new RegExp(`^${label}$`) }),
  });
  await box.first().waitFor({ timeout: 20_000 });
  return (await box.first().locator('.stat-value').innerText()).trim();
}
