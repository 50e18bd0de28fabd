/**
 * Security plans and drills (SPEC §7; seed 003 ¶62–65, Rec. 4): evacuation plans are drilled at
 * least every six months; 15-minute quick drills twice a year in low-risk areas and quarterly in
 * high-risk areas.
 */
import { addDays, addMonths, daysBetween } from '../dates.ts';

export const PLAN_KINDS = ['country', 'area', 'contingency', 'relocation_evacuation'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const DRILL_KINDS = ['evacuation', 'quick', 'relocation', 'other'] as const;
export type DrillKind = (typeof DRILL_KINDS)[number];

export type RiskBand = 'low' | 'high';

/**
 * The security level from which an area counts as high-risk for drills: 4 (Substantial) on the
 * 1–6 Security Level System. A level that is not a number (another scale) counts as high-risk
 * when it names a level of that height (substantial, high, extreme).
 */
export const HIGH_RISK_FROM_LEVEL = 4;

/** The drill band of an area from the security level in force there (null: none recorded). */
export function riskBand(level: string | null | undefined): RiskBand {
  if (level === null || level === undefined) return 'low';
  const n = Number(level);
  if (Number.isFinite(n) && level.trim() !== '') return n >= HIGH_RISK_FROM_LEVEL ? 'high' : 'low';
  return /substantial|high|extreme/i.test(level) ? 'high' : 'low';
}

/** The drills each band requires, with the longest interval between two of them, in months. */
export const REQUIRED_DRILLS: Record<RiskBand, readonly { kind: DrillKind; months: number }[]> = {
  low: [
    { kind: 'evacuation', months: 6 },
    { kind: 'quick', months: 6 },
  ],
  high: [
    { kind: 'evacuation', months: 6 },
    { kind: 'quick', months: 3 },
  ],
};

export interface HeldDrill {
  kind: DrillKind;
  /** The day the drill was held (recorded drills only). */
  heldOn: string;
}

export interface DrillDue {
  kind: DrillKind;
  months: number;
  lastHeldOn: string | null;
  /** The day the next drill is due; null when none was ever held (due now). */
  dueOn: string | null;
  overdue: boolean;
  /** Days past the due date; null when never drilled. */
  daysOverdue: number | null;
}

/**
 * The next due date of each drill a place requires, from its band and the drills held there.
 * A drill held after `today` (wrongly dated) does not count; a kind never drilled is overdue.
 */
export function drillsDue(band: RiskBand, held: readonly HeldDrill[], today: string): DrillDue[] {
  return REQUIRED_DRILLS[band].map(({ kind, months }) => {
    let last: string | null = null;
    for (const d of held) {
      if (d.kind === kind && d.heldOn <= today && (last === null || d.heldOn > last))
        last = d.heldOn;
    }
    if (last === null)
      return { kind, months, lastHeldOn: null, dueOn: null, overdue: true, daysOverdue: null };
    const dueOn = addMonths(last, months);
    const overdue = today > dueOn;
    return {
      kind,
      months,
      lastHeldOn: last,
      dueOn,
      overdue,
      daysOverdue: overdue ? daysBetween(dueOn, today) : null,
    };
  });
}

/** A plan version is overdue for review once its review date has passed. */
export function reviewOverdue(nextReviewOn: string | null, today: string): boolean {
  return nextReviewOn !== null && nextReviewOn < today;
}

/** Missed radio checks from which a person is flagged (seed 003 ¶67: "misses two radio checks"). */
export const RADIO_MISSES_FLAG = 2;

/**
 * Days between a warden zone's routine radio checks ("routine radio checks conducted and
 * recorded", MOSS): the seed sets no interval, so the usual weekly roll call is the default.
 */
export const RADIO_CHECK_EVERY_DAYS = 7;

/** When a net's next routine radio check is due (today when none was ever held), and whether it is late. */
export function radioCheckDue(
  lastHeldOn: string | null,
  today: string,
  everyDays = RADIO_CHECK_EVERY_DAYS,
): { dueOn: string; overdue: boolean } {
  const dueOn = lastHeldOn === null ? today : addDays(lastHeldOn, everyDays);
  return { dueOn, overdue: dueOn < today };
}
