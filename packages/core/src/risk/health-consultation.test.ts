import { describe, expect, it } from 'vitest';
import { whoConsultationIssues, type WhoConsultation } from './health-consultation.ts';

const complete: WhoConsultation = {
  consultedWith: 'Director-General of WHO',
  consultedThrough: 'USG for Safety and Security',
  consultedOn: '2026-01-10',
  reference: 'DSS/OUSG/2026/004',
};
const none: WhoConsultation = {
  consultedWith: null,
  consultedThrough: null,
  consultedOn: null,
  reference: null,
};

describe('WHO consultation for a change solely for health reasons [002 §16]', () => {
  it('a change that is not solely for health reasons needs no consultation', () => {
    expect(whoConsultationIssues(false, none, '2026-01-11')).toEqual([]);
  });

  it('needs who at WHO was consulted, through whom (the USG), when, and the reference', () => {
    const fields = whoConsultationIssues(true, none, '2026-01-11').map((i) => i.field);
    expect(fields).toEqual(['consultedWith', 'consultedThrough', 'consultedOn', 'reference']);
    const blank = { ...complete, reference: '  ' };
    expect(whoConsultationIssues(true, blank, '2026-01-11').map((i) => i.field)).toEqual([
      'reference',
    ]);
  });

  it('the consultation must precede the change: a consultation after effectiveFrom is refused', () => {
    expect(whoConsultationIssues(true, complete, '2026-01-10')).toEqual([]);
    expect(whoConsultationIssues(true, complete, '2026-01-09')).toEqual([
      expect.objectContaining({ field: 'consultedOn' }),
    ]);
  });
});
