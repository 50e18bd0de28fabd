import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween } from '../dates.ts';
import {
  DRILL_KINDS,
  drillsDue,
  radioCheckDue,
  reviewOverdue,
  riskBand,
  type HeldDrill,
} from './drills.ts';

const day = fc
  .integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2035, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const drill = fc.record({ kind: fc.constantFrom(...DRILL_KINDS), heldOn: day });

describe('drill risk band', () => {
  it('security level 4 (Substantial) and above is high-risk, below is low-risk', () => {
    expect(riskBand('1')).toBe('low');
    expect(riskBand('3')).toBe('low');
    expect(riskBand('4')).toBe('high');
    expect(riskBand('6')).toBe('high');
    expect(riskBand(null)).toBe('low');
    expect(riskBand('Substantial')).toBe('high');
    expect(riskBand('Moderate')).toBe('low');
  });
});

describe('next due drills', () => {
  it('evacuation drills are due six months after the last one in any area', () => {
    const [evac] = drillsDue('high', [{ kind: 'evacuation', heldOn: '2026-01-10' }], '2026-05-01');
    expect(evac).toMatchObject({ kind: 'evacuation', dueOn: '2026-07-10', overdue: false });
  });

  it('quick drills are due every six months in low-risk and every three months in high-risk areas', () => {
    const held: HeldDrill[] = [{ kind: 'quick', heldOn: '2026-01-31' }];
    expect(drillsDue('low', held, '2026-02-01')[1]?.dueOn).toBe('2026-07-31');
    expect(drillsDue('high', held, '2026-02-01')[1]?.dueOn).toBe('2026-04-30');
  });

  it('a drill is overdue the day after its due date, with the days counted', () => {
    const held: HeldDrill[] = [{ kind: 'evacuation', heldOn: '2026-01-10' }];
    expect(drillsDue('low', held, '2026-07-10')[0]?.overdue).toBe(false);
    expect(drillsDue('low', held, '2026-07-25')[0]).toMatchObject({
      overdue: true,
      daysOverdue: 15,
    });
  });

  it('a kind never drilled is overdue with no due date', () => {
    expect(drillsDue('low', [], '2026-01-01')).toEqual([
      expect.objectContaining({ kind: 'evacuation', dueOn: null, overdue: true }),
      expect.objectContaining({ kind: 'quick', dueOn: null, overdue: true }),
    ]);
  });

  it('only the latest drill held up to today counts, whatever the order', () => {
    fc.assert(
      fc.property(fc.array(drill, { maxLength: 12 }), day, (held, today) => {
        const a = drillsDue('high', held, today);
        const b = drillsDue('high', [...held].reverse(), today);
        expect(a).toEqual(b);
        for (const d of a) {
          const past = held.filter((h) => h.kind === d.kind && h.heldOn <= today);
          expect(d.lastHeldOn).toBe(
            past.length
              ? past
                  .map((h) => h.heldOn)
                  .sort()
                  .at(-1)
              : null,
          );
        }
      }),
    );
  });

  it('overdue exactly when the due date has passed, and the due date is after the last drill', () => {
    fc.assert(
      fc.property(fc.array(drill, { maxLength: 12 }), day, (held, today) => {
        for (const d of drillsDue('low', held, today)) {
          if (d.dueOn === null) expect(d.overdue).toBe(true);
          else {
            expect(d.dueOn > (d.lastHeldOn ?? '')).toBe(true);
            expect(d.overdue).toBe(today > d.dueOn);
            if (d.overdue) expect(d.daysOverdue).toBe(daysBetween(d.dueOn, today));
          }
        }
      }),
    );
  });

  it('a high-risk area is never due later than a low-risk one, and another drill never brings the due date forward', () => {
    fc.assert(
      fc.property(fc.array(drill, { maxLength: 8 }), drill, day, (held, extra, today) => {
        const high = drillsDue('high', held, today);
        const low = drillsDue('low', held, today);
        high.forEach((h, i) => {
          const l = low[i];
          if (h.dueOn && l?.dueOn) expect(h.dueOn <= l.dueOn).toBe(true);
        });
        const more = drillsDue('high', [...held, extra], today);
        more.forEach((m, i) => {
          const before = high[i]?.dueOn;
          if (before) expect(m.dueOn !== null && m.dueOn >= before).toBe(true);
        });
      }),
    );
  });

  it('adding months keeps the day, clamped to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 24 }), (d, n) => {
        expect(addMonths(d, n) >= d).toBe(true);
        expect(daysBetween(d, addMonths(d, n))).toBeLessThanOrEqual(n * 31);
      }),
    );
  });
});

describe('plan review', () => {
  it('a plan version is overdue for review once its review date has passed', () => {
    expect(reviewOverdue('2026-01-01', '2026-01-01')).toBe(false);
    expect(reviewOverdue('2026-01-01', '2026-01-02')).toBe(true);
    expect(reviewOverdue(null, '2026-01-02')).toBe(false);
  });
});

describe('routine radio checks', () => {
  it('a net never checked is due today, not yet late', () => {
    expect(radioCheckDue(null, '2026-12-06')).toEqual({ dueOn: '2026-12-06', overdue: false });
  });
  it('the next check is due a week after the last; late the day after', () => {
    expect(radioCheckDue('2026-12-01', '2026-12-08')).toEqual({
      dueOn: '2026-12-08',
      overdue: false,
    });
    expect(radioCheckDue('2026-12-01', '2026-12-09')).toEqual({
      dueOn: '2026-12-08',
      overdue: true,
    });
  });
});
