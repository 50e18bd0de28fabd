import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MANAGEMENT_LEVELS,
  STAFF_TYPES,
  indicatorCsvRows,
  isSpecializedCourse,
  rate,
  trainingIndicators,
  type IndicatorPerson,
} from './indicators.ts';
import { coursesHeldByPerson, type Certificate } from './training.ts';

/** The indicators of people with these certificates (which courses each holds, by the rule). */
function indicatorsOf(input: {
  people: Omit<IndicatorPerson, 'held'>[];
  certificates: Certificate[];
  onDate: string;
}) {
  const held = coursesHeldByPerson(input.certificates, input.onDate);
  return trainingIndicators({
    people: input.people.map((p) => ({ ...p, held: held.get(p.personId) ?? [] })),
    onDate: input.onDate,
  });
}

const ON = '2024-05-31';

function person(id: string, o: Partial<IndicatorPerson> = {}): Omit<IndicatorPerson, 'held'> {
  return {
    personId: id,
    staffType: 'international_professional',
    managementLevel: 'staff',
    field: true,
    ssafeRequired: false,
    roleCourses: [],
    securityPersonnel: false,
    ...o,
  };
}

let n = 0;
const cert = (personId: string, course: string, issuedOn = '2023-01-01'): Certificate => ({
  id: `c${n++}`,
  personId,
  course,
  issuedOn,
});

describe('training indicators', () => {
  it('rates are valid over required, one decimal, null when nobody is required', () => {
    expect(rate(2, 3)).toEqual({ required: 3, valid: 2, percent: 66.7 });
    expect(rate(0, 0)).toEqual({ required: 0, valid: 0, percent: null });
  });

  it('core training is BSITF and ASITF; everything else is specialized', () => {
    expect(isSpecializedCourse('BSITF')).toBe(false);
    expect(isSpecializedCourse('ASITF')).toBe(false);
    expect(
      ['SSAFE', 'WSAT', 'DO_TRAINING', 'SMT_TRAINING', 'HOSTAGE'].every(isSpecializedCourse),
    ).toBe(true);
  });

  it('Advanced is required only in the field; an expired certificate does not count', () => {
    const r = indicatorsOf({
      people: [person('A'), person('B', { field: false }), person('C')],
      certificates: [
        cert('A', 'BSITF'),
        cert('A', 'ASITF'),
        cert('B', 'BSITF'),
        cert('C', 'BSITF', '2020-01-01'),
        cert('C', 'ASITF', '2020-01-01'),
      ],
      onDate: ON,
    });
    expect(r.total.basic).toEqual({ required: 3, valid: 2, percent: 66.7 });
    expect(r.total.advanced).toEqual({ required: 2, valid: 1, percent: 50 });
    expect(r.total.core).toEqual({ required: 3, valid: 2, percent: 66.7 });
  });

  it('SSAFE counts only where mandatory, and DO/SMT training only for those appointed', () => {
    const r = indicatorsOf({
      people: [
        person('DO', { managementLevel: 'senior', roleCourses: ['DO_TRAINING'] }),
        person('SMT', { managementLevel: 'senior', roleCourses: ['SMT_TRAINING'] }),
        person('S', { ssafeRequired: true }),
        person('X'),
      ],
      certificates: [
        cert('DO', 'DO_TRAINING'),
        cert('S', 'SSAFE', '2019-01-01'),
        cert('X', 'WSAT'),
        cert('X', 'SSAFE'),
      ],
      onDate: ON,
    });
    expect(r.total.ssafe).toEqual({ required: 1, valid: 0, percent: 0 });
    expect(r.total.roleTraining).toEqual({ required: 2, valid: 1, percent: 50 });
    expect(r.total.specialized).toEqual({ required: 3, valid: 1, percent: 33.3 });
    // X holds WSAT and SSAFE without needing them; DO holds DO training; S's SSAFE has expired.
    expect(r.total.specializedHolders).toBe(2);
    const senior = r.byManagementLevel.find((x) => x.group === 'senior');
    expect(senior?.roleTraining.percent).toBe(50);
  });

  it('a certificate issued after the report date does not count', () => {
    const r = indicatorsOf({
      people: [person('A', { field: false })],
      certificates: [cert('A', 'BSITF', '2024-06-01')],
      onDate: ON,
    });
    expect(r.total.basic.valid).toBe(0);
  });

  it('lists every staff type and management level in order, and "unspecified" only when used', () => {
    const r = indicatorsOf({
      people: [person('A'), person('B', { staffType: null, managementLevel: null })],
      certificates: [],
      onDate: ON,
    });
    expect(r.byStaffType.map((x) => x.group)).toEqual([...STAFF_TYPES, 'unspecified']);
    expect(r.byManagementLevel.map((x) => x.group)).toEqual([...MANAGEMENT_LEVELS, 'unspecified']);
    const clean = indicatorsOf({ people: [person('A')], certificates: [], onDate: ON });
    expect(clean.byStaffType.map((x) => x.group)).toEqual([...STAFF_TYPES]);
  });

  it('security personnel form a group of their own, and a person listed twice counts once', () => {
    const r = indicatorsOf({
      people: [person('A', { securityPersonnel: true }), person('A'), person('B')],
      certificates: [cert('A', 'BSITF')],
      onDate: ON,
    });
    expect(r.securityPersonnel.headcount).toBe(1);
    expect(r.securityPersonnel.basic.percent).toBe(100);
    expect(r.total.headcount).toBe(2);
  });

  it('the CSV has one line per group, ending with the total', () => {
    const r = indicatorsOf({ people: [person('A')], certificates: [], onDate: ON });
    const rows = indicatorCsvRows(r);
    expect(rows).toHaveLength(STAFF_TYPES.length + MANAGEMENT_LEVELS.length + 2);
    expect(rows.at(-1)?.slice(0, 6)).toEqual(['total', 'all', 1, 1, 0, 0]);
  });

  it('property: each dimension partitions the total; valid never exceeds required', () => {
    const arbPerson = fc.record({
      personId: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5', 'P6'),
      staffType: fc.constantFrom(null, ...STAFF_TYPES),
      managementLevel: fc.constantFrom(null, ...MANAGEMENT_LEVELS),
      field: fc.boolean(),
      ssafeRequired: fc.boolean(),
      roleCourses: fc.subarray(['DO_TRAINING', 'SMT_TRAINING']),
      securityPersonnel: fc.boolean(),
    });
    const arbCert = fc.record({
      id: fc.uuid(),
      personId: fc.constantFrom('P1', 'P2', 'P3', 'P4', 'P5', 'P6'),
      course: fc.constantFrom('BSITF', 'ASITF', 'SSAFE', 'DO_TRAINING', 'SMT_TRAINING', 'WSAT'),
      issuedOn: fc.constantFrom('2019-01-01', '2022-06-30', '2024-05-31', '2024-06-01'),
    });
    fc.assert(
      fc.property(fc.array(arbPerson, { maxLength: 12 }), fc.array(arbCert), (people, certs) => {
        const r = indicatorsOf({ people, certificates: certs, onDate: ON });
        for (const rows of [r.byStaffType, r.byManagementLevel]) {
          expect(rows.reduce((s, x) => s + x.headcount, 0)).toBe(r.total.headcount);
          for (const key of ['basic', 'advanced', 'ssafe', 'roleTraining', 'core'] as const) {
            expect(rows.reduce((s, x) => s + x[key].valid, 0)).toBe(r.total[key].valid);
            expect(rows.reduce((s, x) => s + x[key].required, 0)).toBe(r.total[key].required);
          }
        }
        for (const key of [
          'basic',
          'advanced',
          'ssafe',
          'roleTraining',
          'core',
          'specialized',
        ] as const)
          expect(r.total[key].valid).toBeLessThanOrEqual(r.total[key].required);
        expect(r.total.basic.required).toBe(r.total.headcount);
      }),
    );
  });
});
