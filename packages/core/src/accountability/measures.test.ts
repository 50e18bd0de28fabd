import { describe, expect, it } from 'vitest';
import type { Finding } from '../registry/invariants.ts';
import {
  appraisalPeriod,
  MEASURE_COMPUTATIONS,
  MEASURE_TAGS,
  measure,
  measureAll,
  type MeasureFacts,
} from './measures.ts';

const registryFindings: Finding[] = [
  { code: 'PERSONNEL_LIST_STALE', severity: 'warning', message: 'stale', params: { org: 'A' } },
  { code: 'ZONE_WITHOUT_WARDEN', severity: 'error', message: 'zone', params: {}, zoneId: 'z1' },
  { code: 'APPOINTMENT_WITHOUT_LETTER', severity: 'warning', message: 'letter', params: {} },
  {
    code: 'HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX',
    severity: 'warning',
    message: 'annex',
    params: {},
  },
  { code: 'NO_DO', severity: 'error', message: 'no DO', params: {} },
];

/** A country where everything the system measures is wrong. */
const failing: MeasureFacts = {
  asOf: '2026-06-30',
  periodFrom: '2026-01-01',
  registryFindings,
  moss: { implemented: 1, partial: 1, notImplemented: 2, overdue: 1 },
  plans: [{ kind: 'area', title: 'North', areaId: 'a1', nextReviewOn: '2026-01-01' }],
  assessments: [{ title: 'SRA', areaId: null, reviewDue: '2026-03-01' }],
  drills: [],
  securityLevels: ['5'],
  incidents: { count: 4, late: 1 },
  smt: { lastHeldOn: '2025-12-01', minutesNotSent: 2 },
  training: { personnel: 10, withoutValid: 3 },
  radio: { lastHeldOn: null, missedPeople: 2 },
  clearances: { undecidedStarted: 1 },
  checkins: { overdue: 1 },
};

/** The same country with every duty met. */
const passing: MeasureFacts = {
  ...failing,
  registryFindings: [registryFindings[4] as Finding],
  moss: { implemented: 4, partial: 0, notImplemented: 0, overdue: 0 },
  plans: [{ kind: 'country', title: 'CSP', areaId: null, nextReviewOn: '2026-12-01' }],
  assessments: [{ title: 'SRA', areaId: null, reviewDue: '2026-12-01' }],
  drills: [
    { kind: 'evacuation', heldOn: '2026-05-01' },
    { kind: 'quick', heldOn: '2026-06-01' },
    { kind: 'relocation', heldOn: '2026-05-01' },
  ],
  incidents: { count: 4, late: 0 },
  smt: { lastHeldOn: '2026-06-01', minutesNotSent: 0 },
  training: { personnel: 10, withoutValid: 0 },
  radio: { lastHeldOn: '2026-06-20', missedPeople: 0 },
  clearances: { undecidedStarted: 0 },
  checkins: { overdue: 0 },
};

describe('measures of the Framework duties', () => {
  it('every measure tag is computed: it raises a finding when the duty is not met', () => {
    expect(Object.keys(MEASURE_COMPUTATIONS).sort()).toEqual([...MEASURE_TAGS].sort());
    for (const tag of MEASURE_TAGS) {
      const r = measure(tag, failing);
      expect(r.ok, tag).toBe(false);
      expect(r.findings.length, tag).toBeGreaterThan(0);
    }
  });

  it('every measure tag is met when the facts show the duty done', () => {
    for (const r of Object.values(measureAll(passing))) {
      expect(r.findings, r.tag).toEqual([]);
      expect(r.ok, r.tag).toBe(true);
    }
  });

  it('a registry finding counts only for the tag it speaks to', () => {
    expect(measure('personnel_list_age', failing).findings.map((x) => x.code)).toEqual([
      'PERSONNEL_LIST_STALE',
    ]);
    expect(measure('warden_zone_coverage', failing).findings[0]).toMatchObject({ zoneId: 'z1' });
  });

  it('MOSS compliance counts a partly implemented measure as half', () => {
    expect(measure('moss_compliance', failing).value).toBe(37); // (2 + 1) / 8 = 37.5 %
    expect(
      measure('moss_compliance', {
        ...failing,
        moss: { ...failing.moss, implemented: 0, partial: 0, notImplemented: 0 },
      }).findings[0]?.code,
    ).toBe('MOSS_NOT_ASSESSED');
  });

  it('a high-risk country needs more drills than a low-risk one [003 Rec. 4]', () => {
    // A quick drill held four months ago: in time at a low level (6 months), late at a high one (3).
    const drills = [
      { kind: 'evacuation' as const, heldOn: '2026-05-15' },
      { kind: 'quick' as const, heldOn: '2026-02-28' },
    ];
    const low = measure('drills_current', { ...passing, drills, securityLevels: ['2'] });
    const high = measure('drills_current', { ...passing, drills, securityLevels: ['5'] });
    expect(low.findings).toEqual([]);
    expect(high.findings.map((x) => x.params.drill)).toEqual(['quick']);
  });

  it('an appraisal year ends on 31 December, or today for the current year', () => {
    expect(appraisalPeriod(2025, '2026-06-30')).toEqual({ from: '2025-01-01', asOf: '2025-12-31' });
    expect(appraisalPeriod(2026, '2026-06-30')).toEqual({ from: '2026-01-01', asOf: '2026-06-30' });
  });
});
