import { describe, expect, it } from 'vitest';
import {
  closeFinding,
  escalationStage,
  DEFAULT_ESCALATION_THRESHOLDS,
  ESCALATION_STAGES,
  parseEscalationThresholds,
  implementationRate,
  isClosedOnTime,
  isFindingDue,
  isFindingOverdue,
  isFindingVerified,
  type ComplianceFinding,
  type EscalationStage,
} from './findings.ts';

const finding = (overrides: Partial<ComplianceFinding> = {}): ComplianceFinding => ({
  id: 'F-1',
  severity: 'major',
  deadline: '2025-01-31',
  closedOn: null,
  evidence: [],
  verifiedBy: null,
  ...overrides,
});

describe('verification before closing', () => {
  it('refuses to close a finding with neither evidence nor verifier', () => {
    const result = closeFinding(finding(), { closedOn: '2025-01-20' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('FINDING_NOT_VERIFIED');
    expect(result.error.message).toContain('F-1 must be verified');
  });

  it('does not count blank evidence or a blank verifier', () => {
    expect(isFindingVerified({ evidence: ['  '], verifiedBy: '' })).toBe(false);
  });

  it('closes a finding verified by evidence given when closing', () => {
    const result = closeFinding(finding({ evidence: ['photo-1'] }), {
      closedOn: '2025-01-20',
      evidence: ['radio-log-jan'],
    });
    expect(result).toEqual({
      ok: true,
      value: finding({ closedOn: '2025-01-20', evidence: ['photo-1', 'radio-log-jan'] }),
    });
  });

  it('closes a finding verified by a named verifier', () => {
    const result = closeFinding(finding(), { closedOn: '2025-01-20', verifiedBy: 'person-csa' });
    expect(result.ok && result.value.verifiedBy).toBe('person-csa');
  });

  it('closes a finding verified before, with no new evidence', () => {
    const result = closeFinding(finding({ verifiedBy: 'person-fsco' }), { closedOn: '2025-02-03' });
    expect(result.ok).toBe(true);
  });

  it('refuses to close a finding twice', () => {
    const closed = finding({ closedOn: '2025-01-10', verifiedBy: 'p' });
    const result = closeFinding(closed, { closedOn: '2025-01-20' });
    expect(result.ok ? null : result.error.code).toBe('FINDING_ALREADY_CLOSED');
  });

  it.each(['2025-02-30', '20/01/2025', '', 20250120])('refuses the closing date %j', (closedOn) => {
    const result = closeFinding(finding({ verifiedBy: 'p' }), { closedOn });
    expect(result.ok ? null : result.error).toMatchObject({
      code: 'INVALID_DATE',
      field: 'closedOn',
    });
  });

  it('does not change the finding it is given', () => {
    const original = finding();
    closeFinding(original, { closedOn: '2025-01-20', evidence: ['e'] });
    expect(original).toEqual(finding());
  });
});

describe('escalation of an open finding', () => {
  it('[000 §30] default thresholds: focal point 1, USG 30, Executive Head 60, HLCM 90 days past the deadline', () => {
    expect(DEFAULT_ESCALATION_THRESHOLDS).toEqual({
      focal_point: 1,
      usg: 30,
      executive_head: 60,
      hlcm: 90,
    });
  });

  it('[000 §30] the focal point first, then the USG, who brings it to the Executive Head', () => {
    const order = ESCALATION_STAGES.filter((s) => s !== 'none');
    expect(order).toEqual(['focal_point', 'usg', 'executive_head', 'hlcm']);
  });

  it('a deployment may set its own thresholds', () => {
    const mine = parseEscalationThresholds('2, 14, 28, 120');
    expect(mine).toEqual({
      ok: true,
      value: { focal_point: 2, usg: 14, executive_head: 28, hlcm: 120 },
    });
    if (!mine.ok) return;
    expect(escalationStage(finding(), '2025-02-01', mine.value)).toBe('none');
    expect(escalationStage(finding(), '2025-02-14', mine.value)).toBe('usg');
    expect(escalationStage(finding(), '2025-02-28', mine.value)).toBe('executive_head');
    expect(escalationStage(finding(), '2025-05-01', mine.value)).toBe('executive_head');
  });

  it.each(['1,30,90', '0,30,60,90', '1,30,30,90', '1,60,30,90', 'a,b,c,d', '1,30,60,90,120'])(
    'refuses the thresholds %s',
    (text) => {
      expect(parseEscalationThresholds(text).ok).toBe(false);
    },
  );

  it.each<[string, string, EscalationStage]>([
    ['10 days before the deadline', '2025-01-21', 'none'],
    ['on the deadline', '2025-01-31', 'none'],
    ['1 day past the deadline', '2025-02-01', 'focal_point'],
    ['29 days past the deadline', '2025-03-01', 'focal_point'],
    ['30 days past the deadline', '2025-03-02', 'usg'],
    ['59 days past the deadline', '2025-03-31', 'usg'],
    ['60 days past the deadline', '2025-04-01', 'executive_head'],
    ['89 days past the deadline', '2025-04-30', 'executive_head'],
    ['90 days past the deadline', '2025-05-01', 'hlcm'],
    ['a year past the deadline', '2026-01-31', 'hlcm'],
  ])('%s (%s) is escalated to: %s', (_name, today, stage) => {
    expect(escalationStage(finding(), today)).toBe(stage);
  });

  it('never escalates a closed finding', () => {
    const closed = finding({ closedOn: '2025-03-01', verifiedBy: 'p' });
    expect(escalationStage(closed, '2026-01-01')).toBe('none');
  });

  it('counts days across a leap day', () => {
    const leap = finding({ deadline: '2024-02-28' });
    expect(escalationStage(leap, '2024-03-29')).toBe('usg'); // 30 days with 29 Feb
    expect(escalationStage(leap, '2024-03-28')).toBe('focal_point');
  });

  it('is overdue only when open and past the deadline', () => {
    expect(isFindingOverdue(finding(), '2025-01-31')).toBe(false);
    expect(isFindingOverdue(finding(), '2025-02-01')).toBe(true);
    expect(isFindingOverdue(finding({ closedOn: '2025-02-05' }), '2025-03-01')).toBe(false);
  });

  it('refuses a malformed date of today', () => {
    expect(() => escalationStage(finding(), '1 Feb 2025')).toThrow(RangeError);
  });
});

describe('implementation rate', () => {
  const today = '2025-03-01';

  it('is closed-on-time ÷ due', () => {
    const findings = [
      finding({ id: 'on-time', closedOn: '2025-01-31' }), // closed on the deadline
      finding({ id: 'early', closedOn: '2025-01-02' }),
      finding({ id: 'late', closedOn: '2025-02-10' }),
      finding({ id: 'overdue' }), // open, deadline passed
      finding({ id: 'not-yet', deadline: '2025-03-01' }), // open, due today: not counted yet
      finding({ id: 'future', deadline: '2025-06-30' }), // open, not due
    ];
    expect(implementationRate(findings, today)).toEqual({
      due: 4,
      closedOnTime: 2,
      rate: { numerator: 1, denominator: 2, percent: 50 },
    });
  });

  it('counts a finding closed ahead of a future deadline as closed on time', () => {
    const early = finding({ deadline: '2025-06-30', closedOn: '2025-02-01' });
    expect(isFindingDue(early, today)).toBe(true);
    expect(implementationRate([early], today).rate?.percent).toBe(100);
  });

  it('has no rate when nothing is due', () => {
    expect(implementationRate([], today)).toEqual({ due: 0, closedOnTime: 0, rate: null });
    const notDue = finding({ deadline: '2025-12-31' });
    expect(implementationRate([notDue], today).rate).toBeNull();
  });

  it('treats closing on the deadline as on time and the day after as late', () => {
    expect(isClosedOnTime(finding({ closedOn: '2025-01-31' }))).toBe(true);
    expect(isClosedOnTime(finding({ closedOn: '2025-02-01' }))).toBe(false);
    expect(isClosedOnTime(finding())).toBe(false);
  });

  it('rounds to one decimal', () => {
    const findings = [
      finding({ id: 'a', closedOn: '2025-01-01' }),
      finding({ id: 'b', closedOn: '2025-01-01' }),
      finding({ id: 'c' }),
    ];
    expect(implementationRate(findings, today).rate?.percent).toBe(66.7);
  });
});
