import type { ActorAppointment, MeasureFinding } from '@fieldsafe/core';
import { describe, expect, it } from 'vitest';
import { concerns } from './measures.service.ts';

const asc: ActorAppointment = {
  role: 'ASC',
  countryId: 'c1',
  areaId: 'a1',
  zoneId: null,
  organizationId: null,
};
const finding = (over: Partial<MeasureFinding>): MeasureFinding => ({
  code: 'PLAN_REVIEW_OVERDUE',
  message: 'm',
  params: {},
  ...over,
});

describe('which measured findings concern an appointment holder', () => {
  it('a finding about an area concerns the holders whose scope covers that area only', () => {
    expect(concerns(asc, finding({ areaId: 'a1' }))).toBe(true);
    expect(concerns(asc, finding({ areaId: 'a2' }))).toBe(false);
  });

  it('a country-wide measure concerns every holder in the country', () => {
    expect(concerns(asc, finding({ code: 'SMT_MEETING_OVERDUE' }))).toBe(true);
  });

  it('a registry finding outside the holder’s area stays with those who cover it', () => {
    expect(concerns(asc, finding({ code: 'APPOINTMENT_WITHOUT_LETTER' }))).toBe(false);
    const dO: ActorAppointment = { ...asc, role: 'DO', areaId: null };
    expect(concerns(dO, finding({ code: 'APPOINTMENT_WITHOUT_LETTER' }))).toBe(true);
  });
});
