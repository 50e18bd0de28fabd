import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CORE_COURSES,
  CORE_COURSE_CODES,
  EXPIRING_WITHIN_DAYS,
  bestCertificate,
  certificateExpiry,
  certificateStatus,
  courseCatalogue,
  coursesHeld,
  indexByCourse,
  isCoreCourseCode,
  isValidThrough,
  validityMonthsOf,
  type Certificate,
  type LocalizedText,
} from './training.ts';
import { addDays } from '../dates.ts';

function cert(course: string, issuedOn: string, extra: Partial<Certificate> = {}): Certificate {
  return { id: `${course}-${issuedOn}`, personId: 'P1', course, issuedOn, ...extra };
}

/** A course name, the same in the six languages (the rules under test do not read it). */
function label(text: string): LocalizedText {
  return { ar: text, en: text, es: text, fr: text, ru: text, zh: text };
}

describe('courses', () => {
  it('Basic and Advanced Security in the Field certificates are valid three years', () => {
    expect(CORE_COURSES.BSITF.validityMonths).toBe(36);
    expect(CORE_COURSES.ASITF.validityMonths).toBe(36);
    expect(CORE_COURSES.ASITF.requirement).toBe('field');
  });

  it('the core course codes are a closed, typed set', () => {
    expect(CORE_COURSE_CODES).toEqual([
      'BSITF',
      'ASITF',
      'SSAFE',
      'DO_TRAINING',
      'SMT_TRAINING',
      'WSAT',
    ]);
    expect(isCoreCourseCode('WSAT')).toBe(true);
    expect(isCoreCourseCode('toString')).toBe(false);
  });

  it('other courses are data, with an optional validity in months', () => {
    const catalogue = courseCatalogue([
      { code: 'FIRST_AID', name: label('First aid'), validityMonths: 24 },
      { code: 'HOSTAGE', name: label('Hostage incident') },
    ]);
    expect(validityMonthsOf(cert('FIRST_AID', '2024-01-01'), catalogue)).toBe(24);
    expect(certificateExpiry(cert('FIRST_AID', '2024-01-01'), catalogue)).toBe('2026-01-01');
    expect(certificateExpiry(cert('HOSTAGE', '2024-01-01'), catalogue)).toBeNull();
  });

  it('an other course may not reuse a core code or have a non-positive validity', () => {
    const name = label('x');
    expect(() => courseCatalogue([{ code: 'BSITF', name }])).toThrow(/Duplicate/);
    expect(() => courseCatalogue([{ code: 'X', name, validityMonths: 0 }])).toThrow(RangeError);
  });
});

describe('certificate expiry', () => {
  it('a Basic certificate expires three calendar years after issue', () => {
    expect(certificateExpiry(cert('BSITF', '2021-05-10'))).toBe('2024-05-10');
  });

  it('a certificate issued on 29 February expires on 28 February three years later', () => {
    expect(certificateExpiry(cert('ASITF', '2024-02-29'))).toBe('2027-02-28');
  });

  it('an explicit expiry on the certificate wins over the computed one', () => {
    expect(certificateExpiry(cert('BSITF', '2021-05-10', { expiresOn: '2022-01-01' }))).toBe(
      '2022-01-01',
    );
  });

  it('SSAFE uses the refresher period of its course record, three years by default', () => {
    expect(certificateExpiry(cert('SSAFE', '2024-01-15'))).toBe('2027-01-15');
    expect(certificateExpiry(cert('SSAFE', '2024-01-15', { refresherMonths: 18 }))).toBe(
      '2025-07-15',
    );
  });

  it('a refresher period is ignored for courses with a fixed validity', () => {
    expect(certificateExpiry(cert('BSITF', '2024-01-15', { refresherMonths: 6 }))).toBe(
      '2027-01-15',
    );
  });

  it('DO, SMT and women’s security awareness training do not expire', () => {
    expect(certificateExpiry(cert('DO_TRAINING', '2001-01-01'))).toBeNull();
    expect(certificateStatus(cert('WSAT', '2001-01-01'), '2030-01-01')).toBe('valid');
  });
});

describe('certificate status', () => {
  const basic = cert('BSITF', '2021-05-10');

  it('is expired from the expiry date on', () => {
    expect(certificateStatus(basic, '2024-05-09')).toBe('expiring');
    expect(certificateStatus(basic, '2024-05-10')).toBe('expired');
  });

  it(`is expiring within ${EXPIRING_WITHIN_DAYS} days of expiry, valid before`, () => {
    expect(certificateStatus(basic, addDays('2024-05-10', -EXPIRING_WITHIN_DAYS))).toBe('expiring');
    expect(certificateStatus(basic, addDays('2024-05-10', -EXPIRING_WITHIN_DAYS - 1))).toBe(
      'valid',
    );
  });

  it('a certificate is valid through a day before its expiry, and not before its issue', () => {
    expect(isValidThrough(basic, '2021-05-10', '2024-05-09')).toBe(true);
    expect(isValidThrough(basic, '2021-05-10', '2024-05-10')).toBe(false);
    expect(isValidThrough(basic, '2021-05-09', '2022-01-01')).toBe(false);
  });
});

describe('best certificate', () => {
  const old = cert('BSITF', '2018-01-01');
  const recent = cert('BSITF', '2022-01-01');
  const advanced = cert('ASITF', '2023-01-01');

  it('picks the certificate of the course that lasts longest', () => {
    expect(bestCertificate([old, advanced, recent], 'BSITF', '2024-01-01')).toBe(recent);
  });

  it('ignores certificates issued after the date, and may return an expired one', () => {
    expect(bestCertificate([old, recent], 'BSITF', '2021-06-01')).toBe(old);
    expect(bestCertificate([recent], 'BSITF', '2021-06-01')).toBeNull();
    expect(bestCertificate([advanced], 'BSITF', '2024-01-01')).toBeNull();
  });

  it('a certificate that never expires beats one that does', () => {
    const catalogue = courseCatalogue([{ code: 'HOSTAGE', name: label('H') }]);
    const dated = cert('HOSTAGE', '2020-01-01', { id: 'dated', expiresOn: '2099-01-01' });
    const forever = cert('HOSTAGE', '2010-01-01', { id: 'forever' });
    expect(bestCertificate([dated, forever], 'HOSTAGE', '2024-01-01', catalogue)).toBe(forever);
    expect(bestCertificate([forever, dated], 'HOSTAGE', '2024-01-01', catalogue)).toBe(forever);
  });

  it('does not depend on the order of the certificates', () => {
    const arb = fc.array(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        personId: fc.constant('P1'),
        course: fc.constantFrom('BSITF', 'ASITF'),
        issuedOn: fc.constantFrom('2019-02-28', '2020-02-29', '2021-06-30', '2022-12-31'),
        expiresOn: fc.option(fc.constantFrom('2023-01-01', '2025-06-30'), { nil: undefined }),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(arb, fc.func(fc.integer()), (certs, key) => {
        const shuffled = [...certs].sort((a, b) => key(a.id + a.issuedOn) - key(b.id + b.issuedOn));
        const a = bestCertificate(certs, 'BSITF', '2024-01-01');
        const b = bestCertificate(shuffled, 'BSITF', '2024-01-01');
        expect(b && certificateExpiry(b)).toEqual(a && certificateExpiry(a));
        expect(b?.issuedOn).toEqual(a?.issuedOn);
        expect(b?.id).toEqual(a?.id);
      }),
    );
  });

  it('indexes certificates by course in one pass', () => {
    const index = indexByCourse([old, advanced, recent]);
    expect(index.get('BSITF')).toEqual([old, recent]);
    expect(index.get('ASITF')).toEqual([advanced]);
    expect(index.get('SSAFE')).toBeUndefined();
  });
});

describe('courses held on a day', () => {
  const catalogue = courseCatalogue([
    { code: 'HOSTAGE', name: label('H') },
    { code: 'FIRST_AID', name: label('F'), validityMonths: 48 },
  ]);
  const certificates = fc.array(
    fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd'),
      personId: fc.constant('P1'),
      course: fc.constantFrom('BSITF', 'ASITF', 'SSAFE', 'WSAT', 'HOSTAGE', 'FIRST_AID'),
      issuedOn: fc.integer({ min: 0, max: 4000 }).map((d) => addDays('2015-01-31', d)),
      expiresOn: fc.option(
        fc.integer({ min: 0, max: 5000 }).map((d) => addDays('2015-01-31', d)),
        { nil: null },
      ),
      refresherMonths: fc.option(fc.integer({ min: 1, max: 72 }), { nil: null }),
    }),
    { maxLength: 10 },
  );
  const days = fc.integer({ min: 0, max: 5000 }).map((d) => addDays('2015-01-31', d));

  it('are those whose best certificate has not expired on the day', () => {
    fc.assert(
      fc.property(certificates, days, (certs, day) => {
        const held = coursesHeld(certs, day, catalogue);
        for (const course of catalogue.keys()) {
          const best = bestCertificate(certs, course, day, catalogue);
          const expected = best !== null && certificateStatus(best, day, catalogue) !== 'expired';
          expect(held.has(course)).toBe(expected);
        }
      }),
    );
  });
});
