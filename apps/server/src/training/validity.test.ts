import {
  addDays,
  addMonths,
  courseCatalogue,
  coursesHeld,
  type CertificateTerms,
  type LocalizedText,
} from '@fieldsafe/core';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, type Database } from '../db/client.ts';
import { testDatabase } from '../../test/harness.ts';
import { certificateValidOn } from './indicators.queries.ts';

const label = (text: string): LocalizedText => ({
  ar: text,
  en: text,
  es: text,
  fr: text,
  ru: text,
  zh: text,
});

describe('certificate validity in SQL', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  });
  afterAll(async () => database.close());

  const catalogue = courseCatalogue([
    { code: 'HOSTAGE', name: label('Hostage incident survival') },
    { code: 'FIRST_AID', name: label('First aid'), validityMonths: 48 },
  ]);
  // Days at month ends and leap days among the others: where adding months clamps the day.
  const days = fc.oneof(
    fc.constantFrom('2024-02-29', '2024-01-31', '2023-08-31', '2025-03-31', '2026-02-28'),
    fc.integer({ min: 0, max: 4000 }).map((d) => addDays('2016-01-01', d)),
  );
  const certificateNear = (day: string) =>
    fc.record<CertificateTerms>({
      course: fc.constantFrom('BSITF', 'ASITF', 'SSAFE', 'WSAT', 'HOSTAGE', 'FIRST_AID', 'OTHER'),
      // Issued about a validity before the day, a few days either side, or on the day itself.
      issuedOn: fc
        .tuple(
          fc.constantFrom(0, 1, 12, 35, 36, 37, 47, 48, 49, 72),
          fc.integer({ min: -3, max: 3 }),
        )
        .map(([months, d]) => addDays(addMonths(day, -months), d)),
      expiresOn: fc.option(
        fc.integer({ min: -2, max: 2 }).map((d) => addDays(day, d)),
        { nil: null, freq: 3 },
      ),
      refresherMonths: fc.option(fc.constantFrom(12, 24, 36, 48, 60), { nil: null, freq: 2 }),
    });

  it('says a certificate is valid on a day exactly when the rule in core does', async () => {
    await fc.assert(
      fc.asyncProperty(
        days.chain((day) =>
          fc.tuple(
            fc.constant(day),
            fc.array(certificateNear(day), { minLength: 1, maxLength: 60 }),
          ),
        ),
        async ([day, certs]) => {
          const values = sql.join(
            certs.map(
              (c, i) =>
                sql`(${i}::int, ${c.course}::text, ${c.issuedOn}::date, ${c.expiresOn ?? null}::date, ${c.refresherMonths ?? null}::int)`,
            ),
            sql`, `,
          );
          const column = (name: string) => sql.raw(`c.${name}`);
          const rows = await rowsOf<{ i: number; valid: boolean }>(
            database.db,
            sql`select c.i, ${certificateValidOn(
              {
                course: column('course'),
                issuedOn: column('issued_on'),
                expiresOn: column('expires_on'),
                refresherMonths: column('refresher_months'),
              },
              day,
              catalogue,
            )} as valid
              from (values ${values}) as c(i, course, issued_on, expires_on, refresher_months)
             order by c.i`,
          );
          expect(rows.map((r) => r.valid)).toEqual(
            certs.map((c) => coursesHeld([c], day, catalogue).has(c.course)),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
