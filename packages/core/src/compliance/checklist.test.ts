import { describe, expect, it } from 'vitest';
import { applyChecklistAnswers, checklistSummary, type ChecklistAnswer } from './checklist.ts';

const items = ['DO.1', 'DO.3', 'DO.4', 'DO.10'];
const answer = (item: string, a: ChecklistAnswer['answer'], note: string | null = null) => ({
  item,
  answer: a,
  note,
  verified: false,
});

describe('filling an actor’s checklist [001 §35, 000 §30]', () => {
  it('a later answer to the same item replaces the earlier one, in checklist order', () => {
    const first = applyChecklistAnswers(items, [], [answer('DO.4', 'not_compliant', 'No plan')]);
    if (!first.ok) throw new Error(first.error.message);
    const second = applyChecklistAnswers(items, first.value, [
      answer('DO.4', 'compliant'),
      answer('DO.1', 'not_applicable'),
    ]);
    expect(second).toEqual({
      ok: true,
      value: [answer('DO.1', 'not_applicable'), answer('DO.4', 'compliant')],
    });
  });

  it('refuses an item that is not on the actor’s checklist, naming the answer', () => {
    const res = applyChecklistAnswers(
      items,
      [],
      [answer('DO.1', 'compliant'), answer('CSA.1', 'compliant')],
    );
    expect(res).toEqual({
      ok: false,
      error: { path: 'answers.1.item', message: 'not on this checklist' },
    });
  });

  it('a gap (partly or not compliant) needs a note saying what is missing, so remedial action can be recommended [000 §30]', () => {
    const res = applyChecklistAnswers(items, [], [answer('DO.3', 'partly', '  ')]);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.path).toBe('answers.0.note');
    expect(applyChecklistAnswers(items, [], [answer('DO.3', 'compliant')]).ok).toBe(true);
  });
});

describe('checklist summary', () => {
  it('counts each answer, the unanswered items and the answers verified on site [001 §35]', () => {
    const s = checklistSummary(items, [
      { ...answer('DO.1', 'compliant'), verified: true },
      answer('DO.3', 'partly', 'Plan not reviewed'),
      answer('DO.4', 'not_applicable'),
    ]);
    expect(s.counts).toEqual({
      compliant: 1,
      partly: 1,
      not_compliant: 0,
      not_applicable: 1,
      unanswered: 1,
    });
    expect(s.verified).toBe(1);
  });

  it('the rate is compliant over applicable answers: not applicable and unanswered items are left out', () => {
    const s = checklistSummary(items, [
      answer('DO.1', 'compliant'),
      answer('DO.3', 'partly', 'x'),
      answer('DO.4', 'not_applicable'),
    ]);
    expect(s.rate).toEqual({ numerator: 1, denominator: 2, percent: 50 });
    expect(checklistSummary(items, [answer('DO.4', 'not_applicable')]).rate).toBeNull();
  });
});
