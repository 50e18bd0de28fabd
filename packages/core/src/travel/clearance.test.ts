import { describe, expect, it } from 'vitest';
import { LOCALES } from '../locale/index.ts';
import { evaluateClearance } from './clearance.ts';
import { GOMA, JUBA, TRAINED, certificate, leg, request, traveller } from './clearance.fixtures.ts';
import type { ClearanceInput, Reason } from './types.ts';

const codes = (reasons: readonly Reason[]) => reasons.map((r) => r.code);
const blocking = (reasons: readonly Reason[]) => reasons.filter((r) => r.severity !== 'info');
const only = (...courses: string[]) => TRAINED.filter((c) => courses.includes(c.course));

function withCertificates(certificates: ClearanceInput['traveller']['certificates']) {
  return request({ traveller: traveller({ certificates }) });
}

describe('clearance: training', () => {
  it('a fully trained traveller to a field location is approved with an arrival briefing', () => {
    const decision = evaluateClearance(request());
    expect(decision.outcome).toBe('approve');
    expect(codes(decision.reasons)).toEqual(['ARRIVAL_BRIEFING_REQUIRED']);
    expect(decision.reasons[0]).toMatchObject({
      severity: 'info',
      legIndex: 0,
      locationId: 'L-JUBA',
    });
  });

  it('an expired Basic certificate refuses clearance with BSITF_EXPIRED', () => {
    const certs = [certificate('BSITF', '2021-01-10'), ...only('ASITF', 'SSAFE')];
    const decision = evaluateClearance(withCertificates(certs));
    expect(decision.outcome).toBe('refuse');
    expect(blocking(decision.reasons)).toMatchObject([
      {
        code: 'BSITF_EXPIRED',
        severity: 'refuse',
        legIndex: 0,
        details: { expiresOn: '2024-01-10', neededThrough: '2025-03-20' },
      },
    ]);
  });

  it('a certificate must stay valid on every day of travel, through the departure', () => {
    const expiresOnDeparture = certificate('BSITF', '2022-03-20');
    const expiresAfter = certificate('BSITF', '2022-03-21');
    const refused = evaluateClearance(
      withCertificates([expiresOnDeparture, ...only('ASITF', 'SSAFE')]),
    );
    expect(codes(blocking(refused.reasons))).toEqual(['BSITF_EXPIRED']);
    const approved = evaluateClearance(withCertificates([expiresAfter, ...only('ASITF', 'SSAFE')]));
    expect(approved.outcome).toBe('approve');
  });

  it('no Basic certificate refuses clearance with BSITF_MISSING', () => {
    const decision = evaluateClearance(withCertificates(only('ASITF', 'SSAFE')));
    expect(decision.outcome).toBe('refuse');
    expect(codes(blocking(decision.reasons))).toEqual(['BSITF_MISSING']);
  });

  it('a certificate dated after the evaluation day is not yet held', () => {
    const future = certificate('BSITF', '2025-03-05');
    const decision = evaluateClearance(withCertificates([future, ...only('ASITF', 'SSAFE')]));
    expect(codes(blocking(decision.reasons))).toEqual(['BSITF_MISSING']);
  });

  it('a headquarters destination does not require Advanced', () => {
    const decision = evaluateClearance({
      ...withCertificates(only('BSITF')),
      itinerary: { legs: [leg('L-NY', '2025-03-10', '2025-03-20')] },
    });
    expect(decision.outcome).toBe('approve');
    expect(codes(decision.reasons)).toEqual(['CLEARANCE_NOT_REQUIRED']);
  });

  it('a field destination without Advanced refuses with ASITF_REQUIRED_FOR_FIELD', () => {
    const decision = evaluateClearance(withCertificates(only('BSITF', 'SSAFE')));
    expect(decision.outcome).toBe('refuse');
    expect(codes(blocking(decision.reasons))).toEqual(['ASITF_REQUIRED_FOR_FIELD']);
  });
});

describe('clearance: SSAFE', () => {
  const untrained = traveller({ certificates: only('BSITF', 'ASITF') });

  it('SSAFE is required where the destination made it mandatory', () => {
    const decision = evaluateClearance(request({ traveller: untrained }));
    expect(codes(blocking(decision.reasons))).toEqual(['SSAFE_REQUIRED']);
    expect(decision.outcome).toBe('refuse');
  });

  it('SSAFE is not required where the destination has not made it mandatory', () => {
    const decision = evaluateClearance({
      ...request({ traveller: untrained }),
      itinerary: { legs: [leg('L-GOMA', '2025-03-10', '2025-03-20')] },
    });
    expect(decision.outcome).toBe('approve');
  });

  it('an exemption for the destination valid over the whole stay waives SSAFE', () => {
    const exempted = {
      ...untrained,
      ssafeExemptions: [{ locationId: 'L-JUBA', validUntil: '2025-03-20' }],
    };
    expect(evaluateClearance(request({ traveller: exempted })).outcome).toBe('approve');
  });

  it('an exemption ending before departure, or for another place, does not', () => {
    for (const exemption of [
      { locationId: 'L-JUBA', validUntil: '2025-03-19' },
      { locationId: 'L-JUBA', validFrom: '2025-03-11', validUntil: '2025-12-31' },
      { locationId: 'L-GOMA', validUntil: '2025-12-31' },
    ]) {
      const t = { ...untrained, ssafeExemptions: [exemption] };
      expect(codes(blocking(evaluateClearance(request({ traveller: t })).reasons))).toEqual([
        'SSAFE_REQUIRED',
      ]);
    }
  });

  it('SSAFE made mandatory after the stay does not apply; made mandatory during it does', () => {
    const later = { ...JUBA, ssafeMandatoryFrom: '2025-03-21' };
    const during = { ...JUBA, ssafeMandatoryFrom: '2025-03-15' };
    expect(
      evaluateClearance(request({ traveller: untrained, destinations: [later] })).outcome,
    ).toBe('approve');
    expect(
      evaluateClearance(request({ traveller: untrained, destinations: [during] })).outcome,
    ).toBe('refuse');
  });

  it('an SSAFE certificate past its refresher period refuses with SSAFE_EXPIRED', () => {
    const short = certificate('SSAFE', '2024-06-01', { refresherMonths: 6 });
    const decision = evaluateClearance(withCertificates([...only('BSITF', 'ASITF'), short]));
    expect(blocking(decision.reasons)).toMatchObject([
      { code: 'SSAFE_EXPIRED', details: { expiresOn: '2024-12-01' } },
    ]);
  });
});

describe('clearance: ceilings and sanctions', () => {
  it('staff ceiling reached refers instead of refusing', () => {
    const full = { ...JUBA, plannedHeadcount: 10 };
    const decision = evaluateClearance(request({ destinations: [full] }));
    expect(decision.outcome).toBe('refer');
    expect(blocking(decision.reasons)).toMatchObject([
      { code: 'STAFF_CEILING_REACHED', severity: 'refer', details: { ceiling: 10, headcount: 10 } },
    ]);
    expect(decision.referTo).toEqual([JUBA.approver]);
  });

  it('one place below its ceiling is not referred', () => {
    const nearlyFull = { ...JUBA, plannedHeadcount: 9 };
    expect(evaluateClearance(request({ destinations: [nearlyFull] })).outcome).toBe('approve');
  });

  it('the busiest planned day of the stay decides, from the headcount per date', () => {
    const byDate = {
      ...JUBA,
      plannedHeadcount: 0,
      headcountByDate: { '2025-03-12': 10, '2025-03-25': 50 },
    };
    const decision = evaluateClearance(request({ destinations: [byDate] }));
    expect(blocking(decision.reasons)).toMatchObject([
      { code: 'STAFF_CEILING_REACHED', details: { headcount: 10, peakOn: '2025-03-12' } },
    ]);
    const quiet = { ...byDate, headcountByDate: { '2025-03-25': 50 } };
    expect(evaluateClearance(request({ destinations: [quiet] })).outcome).toBe('approve');
  });

  it('a ceiling on international staff does not count a locally recruited traveller', () => {
    const full = { ...JUBA, plannedHeadcount: 10, staffCeilingAppliesTo: 'international' as const };
    const local = traveller({ category: 'local' });
    expect(evaluateClearance(request({ destinations: [full], traveller: local })).outcome).toBe(
      'approve',
    );
    expect(evaluateClearance(request({ destinations: [full] })).outcome).toBe('refer');
  });

  it('an organization sanctioned in the destination country is refused', () => {
    const sanction = {
      id: 'S1',
      organizationId: 'O-UNICEF',
      locationId: 'C-SS',
      from: '2025-01-01',
      until: null,
    };
    const decision = evaluateClearance(request({ sanctions: [sanction] }));
    expect(decision.outcome).toBe('refuse');
    expect(blocking(decision.reasons)).toMatchObject([
      { code: 'ORGANIZATION_SANCTIONED', severity: 'refuse', details: { sanctionIds: ['S1'] } },
    ]);
  });

  it('a sanction on another organization, or lifted before arrival, does not refuse', () => {
    const base = { id: 'S1', locationId: 'L-JUBA', from: '2025-01-01' };
    const sanctions = [
      { ...base, organizationId: 'O-WFP', until: null },
      { ...base, organizationId: 'O-UNICEF', until: '2025-03-09' },
      { ...base, organizationId: 'O-UNICEF', from: '2025-03-21', until: null },
    ];
    expect(evaluateClearance(request({ sanctions })).outcome).toBe('approve');
  });
});

describe('clearance: itinerary', () => {
  const itinerary = (...legs: ReturnType<typeof leg>[]) => request({ itinerary: { legs } });
  const invalid = (input: ClearanceInput) =>
    evaluateClearance(input)
      .reasons.filter((r) => r.code === 'ITINERARY_INVALID')
      .map((r) => [r.legIndex, r.details.problem]);

  it('an itinerary without legs is refused with ITINERARY_INVALID', () => {
    const decision = evaluateClearance(itinerary());
    expect(decision.outcome).toBe('refuse');
    expect(invalid(itinerary())).toEqual([[null, 'no-legs']]);
  });

  it('a leg arriving after it departs is refused, naming the leg', () => {
    expect(invalid(itinerary(leg('L-JUBA', '2025-03-10', '2025-03-09')))).toEqual([
      [0, 'arrival-after-departure'],
    ]);
  });

  it('a leg starting before the previous one ends is refused, naming the leg', () => {
    const legs = [
      leg('L-JUBA', '2025-03-10', '2025-03-20'),
      leg('L-GOMA', '2025-03-20', '2025-03-22'),
      leg('L-JUBA', '2025-03-21', '2025-03-25'),
      leg('L-GOMA', '2025-03-01', '2025-03-05'),
    ];
    expect(invalid(itinerary(...legs))).toEqual([
      [2, 'overlaps-previous'],
      [3, 'overlaps-previous'],
    ]);
  });

  it('malformed dates and unknown destinations are refused, naming the leg', () => {
    const legs = [
      leg('L-JUBA', '2025-02-30', '2025-03-02'),
      leg('L-MARS', '2025-03-10', '2025-03-11'),
    ];
    expect(invalid(itinerary(...legs))).toEqual([
      [0, 'invalid-dates'],
      [1, 'unknown-destination'],
    ]);
  });
});

describe('clearance: the decision', () => {
  it('all reasons are listed together', () => {
    const sanction = {
      id: 'S9',
      organizationId: 'O-UNICEF',
      locationId: 'L-GOMA',
      from: '2020-01-01',
      until: null,
    };
    const decision = evaluateClearance({
      ...request({ traveller: traveller({ certificates: [certificate('BSITF', '2020-01-01')] }) }),
      itinerary: {
        legs: [
          leg('L-JUBA', '2025-03-10', '2025-03-20'),
          leg('L-GOMA', '2025-03-19', '2025-03-25'),
        ],
      },
      destinations: [{ ...JUBA, plannedHeadcount: 12 }, GOMA],
      sanctions: [sanction],
    });
    expect(decision.outcome).toBe('refuse');
    expect(decision.reasons.map((r) => `${r.legIndex}:${r.code}`)).toEqual([
      '0:BSITF_EXPIRED',
      '0:ASITF_REQUIRED_FOR_FIELD',
      '0:SSAFE_REQUIRED',
      '0:STAFF_CEILING_REACHED',
      '0:ARRIVAL_BRIEFING_REQUIRED',
      '1:ITINERARY_INVALID',
      '1:ORGANIZATION_SANCTIONED',
      '1:BSITF_EXPIRED',
      '1:ASITF_REQUIRED_FOR_FIELD',
      '1:ARRIVAL_BRIEFING_REQUIRED',
    ]);
    expect(decision.referTo).toEqual([JUBA.approver]);
  });

  it('every reason says what is wrong in each of the six UN languages', () => {
    const decision = evaluateClearance(withCertificates([]));
    const missing = decision.reasons.find((r) => r.code === 'BSITF_MISSING');
    expect(missing?.message).toMatchObject({
      en: 'Leg 1 (Juba): a valid Basic Security in the Field certificate is required.',
      fr: 'Étape 1 (Juba) : un certificat Sécurité de base sur le terrain valide est requis.',
      es: 'Tramo 1 (Juba): se requiere un certificado válido de Seguridad Básica sobre el Terreno.',
    });
    for (const r of decision.reasons) {
      expect(r.message.en).toMatch(/^Leg 1 \(Juba\): /);
      expect(r.message.fr).toMatch(/^Étape 1 \(Juba\) : /);
      expect(r.message.ar).toMatch(/^المرحلة 1 \(Juba\): /);
      expect(r.message.zh).toMatch(/^第 1 段 \(Juba\)：/);
      for (const locale of LOCALES) expect(r.message[locale].length).toBeGreaterThan(20);
    }
  });

  it('a date in a reason is written in the reader’s language, not as YYYY-MM-DD', () => {
    const certs = [certificate('BSITF', '2021-01-10'), ...only('ASITF', 'SSAFE')];
    const decision = evaluateClearance(withCertificates(certs));
    const expired = decision.reasons.find((r) => r.code === 'BSITF_EXPIRED');
    expect(expired?.message.fr).toContain('10 janv. 2024');
    expect(expired?.message.en).toContain('10 Jan 2024');
    expect(expired?.message.en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('a malformed evaluation date is a programming error, thrown', () => {
    expect(() => evaluateClearance(request({ evaluatedOn: '01/03/2025' }))).toThrow(RangeError);
  });
});
