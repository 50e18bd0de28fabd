/**
 * What the system measures of the duties in the Framework for Accountability (seed 002 Annex B;
 * issue 17, Build 4 and 6): each measurable duty names a measure tag, and each tag is computed
 * here from plain facts about a country, as findings (none: the duty is met as far as the system
 * can see). The same computation feeds "My responsibilities" and the yearly appraisal export
 * [004 ¶34–38; 003 Rec. 3, 5].
 */
import { addDays, daysBetween } from '../dates.ts';
import {
  drillsDue,
  RADIO_MISSES_FLAG,
  reviewOverdue,
  riskBand,
  type HeldDrill,
} from '../preparedness/drills.ts';
import { smtMeetingOverdue } from '../governance/smt.ts';
import type { Finding, InvariantCode } from '../registry/invariants.ts';

/** Every measure tag a duty may carry. */
export const MEASURE_TAGS = [
  'moss_compliance',
  'security_plan_current',
  'drills_current',
  'sra_current',
  'personnel_list_age',
  'incident_reporting',
  'training_completion',
  'radio_checks',
  'smt_meetings',
  'warden_zone_coverage',
  'appointment_letters',
  'clearance_management',
  'whereabouts_known',
  'host_agreement',
] as const;
export type MeasureTag = (typeof MEASURE_TAGS)[number];

export function isMeasureTag(value: unknown): value is MeasureTag {
  return typeof value === 'string' && (MEASURE_TAGS as readonly string[]).includes(value);
}

/** Findings a measure raises from facts outside the registry's invariant check. */
export const MEASURE_CODES = [
  'MOSS_NOT_IMPLEMENTED',
  'MOSS_NOT_ASSESSED',
  'PLAN_REVIEW_OVERDUE',
  'PLAN_MISSING',
  'DRILL_OVERDUE',
  'DRILL_NEVER_HELD',
  'SRA_REVIEW_OVERDUE',
  'SRA_MISSING',
  'INCIDENT_REPORTED_LATE',
  'TRAINING_NOT_VALID',
  'RADIO_CHECK_OVERDUE',
  'RADIO_CHECKS_MISSED',
  'SMT_MEETING_OVERDUE',
  'SMT_MINUTES_NOT_SENT',
  'CLEARANCE_UNDECIDED',
  'CHECKIN_OVERDUE',
] as const;
export type MeasureCode = (typeof MEASURE_CODES)[number];

/** The invariant findings that speak to a tag (the registry computes them). */
export const REGISTRY_MEASURES: Partial<Record<MeasureTag, readonly InvariantCode[]>> = {
  personnel_list_age: ['PERSONNEL_LIST_STALE'],
  warden_zone_coverage: ['ZONE_WITHOUT_WARDEN'],
  appointment_letters: [
    'APPOINTMENT_WITHOUT_LETTER',
    'APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE',
    'APPOINTMENT_EXPIRED',
  ],
  host_agreement: [
    'HOST_AGREEMENT_REVIEW_OVERDUE',
    'HOST_AGREEMENT_NO_REVIEW_DATE',
    'HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX',
  ],
};

/** An incident reported later than this after it happened counts as reported late. */
export const INCIDENT_REPORT_HOURS = 24;
/**
 * A country or area whose radio net has not been checked for this long is flagged against the
 * DO's duty. Deliberately longer than the routine cadence (`RADIO_CHECK_EVERY_DAYS`, a week):
 * a warden is reminded as soon as a weekly check is late; the accountability measure flags a net
 * left unchecked for a month, a lapse of the system rather than a late roll call.
 */
export const RADIO_CHECK_MAX_DAYS = 31;
/** Default: an SMT that has not met for this long is flagged (the governance page's default). */
export const SMT_MEETING_MAX_DAYS = 90;
/** The core course every personnel member holds valid [002 Annex B, personnel 10]. */
export const REQUIRED_COURSE = 'BSITF';
/** The plan every country keeps (country security plan) [003 Rec. 4]. */
export const REQUIRED_PLAN_KIND = 'country';

/** What the measures need to know about one country, as of one day. */
export interface MeasureFacts {
  /** The day the measures are taken (`YYYY-MM-DD`). */
  asOf: string;
  /** The first day of the period counted (incidents, meetings, radio checks): usually a year. */
  periodFrom: string;
  /** The registry's invariant findings for the country (personnel lists, wardens, appointments…). */
  registryFindings: readonly Finding[];
  /** MOSS measure statuses recorded at the country's locations. */
  moss: { implemented: number; partial: number; notImplemented: number; overdue: number };
  /** Plans of the country with their current version's next review date (null: never published). */
  plans: readonly {
    kind: string;
    title: string;
    areaId: string | null;
    nextReviewOn: string | null;
  }[];
  /** Current (not superseded) security risk assessments. */
  assessments: readonly { title: string; areaId: string | null; reviewDue: string }[];
  /** Drills held in the country, and the security levels in force (for the required drills). */
  drills: readonly HeldDrill[];
  securityLevels: readonly string[];
  /** Incidents that happened in the period, and how many of them were reported late. */
  incidents: { count: number; late: number };
  /** The SMT's meetings: the last one held, and those held in the period without minutes sent to DSS. */
  smt: { lastHeldOn: string | null; minutesNotSent: number };
  /** Active personnel in the country, and those without a valid required course on `asOf`. */
  training: { personnel: number; withoutValid: number };
  /** Radio checks: the last one held, and people who missed RADIO_MISSES_FLAG or more in the period. */
  radio: { lastHeldOn: string | null; missedPeople: number };
  /** Travel requests still pending on `asOf` although their travel has begun. */
  clearances: { undecidedStarted: number };
  /** Active check-in schedules whose last check-in is overdue on `asOf`. */
  checkins: { overdue: number };
}

/** A measure's finding, worded from `code` and `params` like the invariant findings. */
export interface MeasureFinding {
  code: MeasureCode | InvariantCode;
  message: string;
  params: Record<string, string | number>;
  areaId?: string;
  zoneId?: string;
  organizationId?: string;
}

/** What the system sees of one tag: met when there are no findings. */
export interface MeasureResult {
  tag: MeasureTag;
  ok: boolean;
  /** The indicator's headline number (its meaning is the tag's: a count, or a percentage). */
  value: number | null;
  findings: MeasureFinding[];
}

function f(
  code: MeasureCode,
  message: string,
  params: Record<string, string | number> = {},
  areaId?: string | null,
): MeasureFinding {
  return areaId ? { code, message, params, areaId } : { code, message, params };
}

type Computed = { value: number | null; findings: MeasureFinding[] };

function registry(tag: MeasureTag, facts: MeasureFacts): Computed {
  const codes = REGISTRY_MEASURES[tag] ?? [];
  const findings = facts.registryFindings
    .filter((x) => codes.includes(x.code))
    .map((x): MeasureFinding => {
      const out: MeasureFinding = { code: x.code, message: x.message, params: x.params };
      if (x.areaId) out.areaId = x.areaId;
      if (x.zoneId) out.zoneId = x.zoneId;
      if (x.organizationId) out.organizationId = x.organizationId;
      return out;
    });
  return { value: findings.length, findings };
}

/** How each tag is computed; the map is total over MEASURE_TAGS (the unit test checks it). */
export const MEASURE_COMPUTATIONS: Readonly<Record<MeasureTag, (facts: MeasureFacts) => Computed>> =
  {
    moss_compliance: ({ moss }) => {
      const assessed = moss.implemented + moss.partial + moss.notImplemented;
      const findings: MeasureFinding[] = [];
      if (assessed === 0) findings.push(f('MOSS_NOT_ASSESSED', 'No MOSS status is recorded.'));
      if (moss.notImplemented + moss.overdue > 0)
        findings.push(
          f(
            'MOSS_NOT_IMPLEMENTED',
            `${moss.notImplemented} MOSS measures not implemented, ${moss.overdue} past their due date.`,
            { count: moss.notImplemented, overdue: moss.overdue },
          ),
        );
      // Compliance rate in percent (a partial measure counts half), as the MOSS page does.
      const value =
        assessed === 0 ? null : Math.floor(((moss.implemented * 2 + moss.partial) * 50) / assessed);
      return { value, findings };
    },
    security_plan_current: ({ plans, asOf }) => {
      const findings: MeasureFinding[] = [];
      if (!plans.some((p) => p.kind === REQUIRED_PLAN_KIND && p.nextReviewOn !== null))
        findings.push(
          f('PLAN_MISSING', 'No country security plan is published.', { kind: 'country' }),
        );
      for (const p of plans) {
        if (p.nextReviewOn !== null && reviewOverdue(p.nextReviewOn, asOf))
          findings.push(
            f(
              'PLAN_REVIEW_OVERDUE',
              `The plan "${p.title}" was due for review on ${p.nextReviewOn}.`,
              { title: p.title, date: p.nextReviewOn },
              p.areaId,
            ),
          );
      }
      return { value: plans.filter((p) => p.nextReviewOn !== null).length, findings };
    },
    drills_current: ({ drills, securityLevels, asOf }) => {
      const band = securityLevels.some((l) => riskBand(l) === 'high') ? 'high' : 'low';
      const due = drillsDue(band, drills, asOf).filter((d) => d.overdue);
      return {
        value: drills.filter((d) => d.heldOn <= asOf).length,
        findings: due.map((d) =>
          d.dueOn
            ? f('DRILL_OVERDUE', `The ${d.kind} drill was due on ${d.dueOn}.`, {
                drill: d.kind,
                date: d.dueOn,
              })
            : f('DRILL_NEVER_HELD', `No ${d.kind} drill has been held.`, { drill: d.kind }),
        ),
      };
    },
    sra_current: ({ assessments, asOf }) => {
      const findings: MeasureFinding[] = [];
      if (assessments.length === 0)
        findings.push(f('SRA_MISSING', 'No security risk assessment is in force.'));
      for (const a of assessments) {
        if (a.reviewDue < asOf)
          findings.push(
            f(
              'SRA_REVIEW_OVERDUE',
              `The assessment "${a.title}" was due for review on ${a.reviewDue}.`,
              { title: a.title, date: a.reviewDue },
              a.areaId,
            ),
          );
      }
      return { value: assessments.length, findings };
    },
    personnel_list_age: (facts) => registry('personnel_list_age', facts),
    warden_zone_coverage: (facts) => registry('warden_zone_coverage', facts),
    appointment_letters: (facts) => registry('appointment_letters', facts),
    host_agreement: (facts) => registry('host_agreement', facts),
    incident_reporting: ({ incidents }) => ({
      value: incidents.count,
      findings:
        incidents.late > 0
          ? [
              f(
                'INCIDENT_REPORTED_LATE',
                `${incidents.late} of ${incidents.count} incidents were reported more than ${INCIDENT_REPORT_HOURS} hours after they happened.`,
                { count: incidents.late, total: incidents.count, hours: INCIDENT_REPORT_HOURS },
              ),
            ]
          : [],
    }),
    training_completion: ({ training }) => ({
      value:
        training.personnel === 0
          ? null
          : Math.floor(((training.personnel - training.withoutValid) * 100) / training.personnel),
      findings:
        training.withoutValid > 0
          ? [
              f(
                'TRAINING_NOT_VALID',
                `${training.withoutValid} of ${training.personnel} personnel hold no valid ${REQUIRED_COURSE} certificate.`,
                {
                  count: training.withoutValid,
                  total: training.personnel,
                  course: REQUIRED_COURSE,
                },
              ),
            ]
          : [],
    }),
    radio_checks: ({ radio, asOf }) => {
      const findings: MeasureFinding[] = [];
      if (radio.lastHeldOn === null || daysBetween(radio.lastHeldOn, asOf) > RADIO_CHECK_MAX_DAYS)
        findings.push(
          f(
            'RADIO_CHECK_OVERDUE',
            `No radio check has been held in the last ${RADIO_CHECK_MAX_DAYS} days.`,
            { days: RADIO_CHECK_MAX_DAYS },
          ),
        );
      if (radio.missedPeople > 0)
        findings.push(
          f(
            'RADIO_CHECKS_MISSED',
            `${radio.missedPeople} people missed ${RADIO_MISSES_FLAG} or more radio checks.`,
            { count: radio.missedPeople, misses: RADIO_MISSES_FLAG },
          ),
        );
      return { value: radio.missedPeople, findings };
    },
    smt_meetings: ({ smt, asOf }) => {
      const findings: MeasureFinding[] = [];
      if (smtMeetingOverdue(smt.lastHeldOn, asOf, SMT_MEETING_MAX_DAYS))
        findings.push(
          f(
            'SMT_MEETING_OVERDUE',
            `The SMT has not met in the last ${SMT_MEETING_MAX_DAYS} days.`,
            { days: SMT_MEETING_MAX_DAYS },
          ),
        );
      if (smt.minutesNotSent > 0)
        findings.push(
          f(
            'SMT_MINUTES_NOT_SENT',
            `The minutes of ${smt.minutesNotSent} SMT meetings were not sent to UNDSS.`,
            { count: smt.minutesNotSent },
          ),
        );
      return { value: smt.lastHeldOn ? daysBetween(smt.lastHeldOn, asOf) : null, findings };
    },
    clearance_management: ({ clearances }) => ({
      value: clearances.undecidedStarted,
      findings:
        clearances.undecidedStarted > 0
          ? [
              f(
                'CLEARANCE_UNDECIDED',
                `${clearances.undecidedStarted} travel requests are still undecided after their travel began.`,
                { count: clearances.undecidedStarted },
              ),
            ]
          : [],
    }),
    whereabouts_known: ({ checkins }) => ({
      value: checkins.overdue,
      findings:
        checkins.overdue > 0
          ? [
              f('CHECKIN_OVERDUE', `${checkins.overdue} people are overdue for a check-in.`, {
                count: checkins.overdue,
              }),
            ]
          : [],
    }),
  };

/** One tag's result for a country. */
export function measure(tag: MeasureTag, facts: MeasureFacts): MeasureResult {
  const { value, findings } = MEASURE_COMPUTATIONS[tag](facts);
  return { tag, ok: findings.length === 0, value, findings };
}

/** Every tag's result for a country. */
export function measureAll(facts: MeasureFacts): Record<MeasureTag, MeasureResult> {
  return Object.fromEntries(MEASURE_TAGS.map((t) => [t, measure(t, facts)])) as Record<
    MeasureTag,
    MeasureResult
  >;
}

/** The period of an appraisal year: 1 January to 31 December, or to `today` for the current year. */
export function appraisalPeriod(year: number, today: string): { from: string; asOf: string } {
  const from = `${String(year).padStart(4, '0')}-01-01`;
  const end = `${String(year).padStart(4, '0')}-12-31`;
  return { from, asOf: end < today ? end : today };
}

/** The period "now" is measured over: the last twelve months up to `today`. */
export function currentPeriod(today: string): { from: string; asOf: string } {
  return { from: addDays(today, -365), asOf: today };
}
