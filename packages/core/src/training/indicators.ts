import type { IsoDate } from '../dates.ts';
import type { CourseCode } from './training.ts';

/**
 * Training indicators by staff type and management level [SPEC §6, 003 ¶113]: the JIU asks for
 * "indicators for core and specialized training of staff, security staff, different managerial
 * levels — including senior management — and other types of personnel".
 */

/**
 * The kind of contract a person serves under, as UN human-resources reports group them.
 * - `international_professional`: internationally recruited Professional and Director grades (P, D);
 * - `national_professional`: National Professional Officers (NO-A to NO-E);
 * - `general_service`: General Service and related, locally recruited (G, LL, security guards);
 * - `field_service`: the Field Service category (FS) of peacekeeping and political missions;
 * - `un_volunteer`: United Nations Volunteers, international or national;
 * - `consultant`: consultants and individual contractors;
 * - `other`: anyone else the DO accounts for as personnel (interns, secondees, gratis personnel).
 */
export const STAFF_TYPES = [
  'international_professional',
  'national_professional',
  'general_service',
  'field_service',
  'un_volunteer',
  'consultant',
  'other',
] as const;
export type StaffType = (typeof STAFF_TYPES)[number];

/**
 * Management level, recorded as such rather than derived from a grade (grades differ by
 * category and organization, and consultants have none):
 * - `senior`: D-1 and above, heads of agency or office, the DO and SMT members by function;
 * - `middle`: P-4/P-5, NO-C/NO-D, FS-6/FS-7, heads of sub-office and units;
 * - `staff`: everyone who does not manage.
 */
export const MANAGEMENT_LEVELS = ['senior', 'middle', 'staff'] as const;
export type ManagementLevel = (typeof MANAGEMENT_LEVELS)[number];

export function isStaffType(value: string): value is StaffType {
  return (STAFF_TYPES as readonly string[]).includes(value);
}

export function isManagementLevel(value: string): value is ManagementLevel {
  return (MANAGEMENT_LEVELS as readonly string[]).includes(value);
}

/** Core training: what everyone (BSITF) or everyone in the field (ASITF) must hold [003 ¶106]. */
export const CORE_TRAINING: readonly CourseCode[] = ['BSITF', 'ASITF'];
/** Training for the DO and SMT members [004 ¶29]. */
export const ROLE_TRAINING: readonly CourseCode[] = ['DO_TRAINING', 'SMT_TRAINING'];

/** Every course that is not core training is specialized training (SSAFE, WSAT, DO/SMT, others). */
export function isSpecializedCourse(course: CourseCode): boolean {
  return !CORE_TRAINING.includes(course);
}

/** A person as the indicators need them. */
export interface IndicatorPerson {
  personId: string;
  staffType: StaffType | null;
  managementLevel: ManagementLevel | null;
  /** Serves at a field duty station (ASITF required). */
  field: boolean;
  /** SSAFE is mandatory where they serve and they hold no exemption in force. */
  ssafeRequired: boolean;
  /** Courses their appointments require: DO_TRAINING for the DO, SMT_TRAINING for SMT members. */
  roleCourses: readonly CourseCode[];
  /** Holds a security appointment (security adviser, officer, focal point, assistant). */
  securityPersonnel: boolean;
  /**
   * The courses they hold valid on the report date: see `coursesHeld` (and, on the server, its
   * SQL twin for a system-wide report).
   */
  held: readonly CourseCode[];
}

/** Of the people a course applies to, how many hold it valid on the report date. */
export interface Rate {
  required: number;
  valid: number;
  /** valid / required as a percentage with one decimal; null when nobody is required. */
  percent: number | null;
}

export interface IndicatorRow {
  /** A staff type, a management level, 'security', 'all', or 'unspecified'. */
  group: string;
  headcount: number;
  basic: Rate;
  advanced: Rate;
  ssafe: Rate;
  roleTraining: Rate;
  /** Everything core the person needs (BSITF, and ASITF in the field) valid. */
  core: Rate;
  /** Everything specialized the person needs (SSAFE where mandatory, DO/SMT training) valid. */
  specialized: Rate;
  /** People holding at least one valid specialized certificate, required or not (e.g. WSAT). */
  specializedHolders: number;
}

export interface TrainingIndicators {
  onDate: IsoDate;
  byStaffType: IndicatorRow[];
  byManagementLevel: IndicatorRow[];
  securityPersonnel: IndicatorRow;
  total: IndicatorRow;
}

export interface TrainingIndicatorsInput {
  people: readonly IndicatorPerson[];
  onDate: IsoDate;
}

export function rate(valid: number, required: number): Rate {
  return {
    required,
    valid,
    percent: required === 0 ? null : Math.round((valid / required) * 1000) / 10,
  };
}

interface Tally {
  headcount: number;
  counts: Record<
    'basic' | 'advanced' | 'ssafe' | 'roleTraining' | 'core' | 'specialized',
    number[]
  >;
  specializedHolders: number;
}

function emptyTally(): Tally {
  return {
    headcount: 0,
    counts: {
      basic: [0, 0],
      advanced: [0, 0],
      ssafe: [0, 0],
      roleTraining: [0, 0],
      core: [0, 0],
      specialized: [0, 0],
    },
    specializedHolders: 0,
  };
}

interface PersonOutcome {
  basic: boolean;
  advanced: boolean | null;
  ssafe: boolean | null;
  roleTraining: boolean | null;
  core: boolean;
  specialized: boolean | null;
  holdsSpecialized: boolean;
}

/** Counts a person in a rate: required unless null, valid when true. */
function count(tally: Tally, key: keyof Tally['counts'], ok: boolean | null) {
  if (ok === null) return;
  const c = tally.counts[key];
  c[0] = (c[0] ?? 0) + 1;
  if (ok) c[1] = (c[1] ?? 0) + 1;
}

function add(tally: Tally, o: PersonOutcome) {
  tally.headcount += 1;
  count(tally, 'basic', o.basic);
  count(tally, 'advanced', o.advanced);
  count(tally, 'ssafe', o.ssafe);
  count(tally, 'roleTraining', o.roleTraining);
  count(tally, 'core', o.core);
  count(tally, 'specialized', o.specialized);
  if (o.holdsSpecialized) tally.specializedHolders += 1;
}

function toRow(group: string, t: Tally): IndicatorRow {
  const r = (key: keyof Tally['counts']) => rate(t.counts[key][1] ?? 0, t.counts[key][0] ?? 0);
  return {
    group,
    headcount: t.headcount,
    basic: r('basic'),
    advanced: r('advanced'),
    ssafe: r('ssafe'),
    roleTraining: r('roleTraining'),
    core: r('core'),
    specialized: r('specialized'),
    specializedHolders: t.specializedHolders,
  };
}

/**
 * Indicators per staff type, per management level, for security personnel and in total. A
 * certificate counts when issued on or before the report date and not expired on it (one
 * expiring soon still counts). Each person is counted once; requirements that do not apply
 * to a person (ASITF away from the field, SSAFE where not mandatory or exempted, DO/SMT
 * training without the appointment) leave them out of that rate's denominator.
 */
export function trainingIndicators(input: TrainingIndicatorsInput): TrainingIndicators {
  const { onDate } = input;
  const staffTypes = new Map<string, Tally>(STAFF_TYPES.map((s) => [s, emptyTally()]));
  const levels = new Map<string, Tally>(MANAGEMENT_LEVELS.map((s) => [s, emptyTally()]));
  const security = emptyTally();
  const total = emptyTally();
  const seen = new Set<string>();

  for (const person of input.people) {
    if (seen.has(person.personId)) continue;
    seen.add(person.personId);
    const { held } = person;
    const basic = held.includes('BSITF');
    const advanced = person.field ? held.includes('ASITF') : null;
    const ssafe = person.ssafeRequired ? held.includes('SSAFE') : null;
    const roleTraining =
      person.roleCourses.length > 0 ? person.roleCourses.every((c) => held.includes(c)) : null;
    const specializedNeeded = ssafe !== null || roleTraining !== null;
    const outcome: PersonOutcome = {
      basic,
      advanced,
      ssafe,
      roleTraining,
      core: basic && advanced !== false,
      specialized: specializedNeeded ? ssafe !== false && roleTraining !== false : null,
      holdsSpecialized: held.some(isSpecializedCourse),
    };
    add(staffTypes.get(person.staffType ?? 'unspecified') ?? setNew(staffTypes), outcome);
    add(levels.get(person.managementLevel ?? 'unspecified') ?? setNew(levels), outcome);
    if (person.securityPersonnel) add(security, outcome);
    add(total, outcome);
  }

  const rows = (m: Map<string, Tally>) => [...m].map(([group, t]) => toRow(group, t));
  return {
    onDate,
    byStaffType: rows(staffTypes),
    byManagementLevel: rows(levels),
    securityPersonnel: toRow('security', security),
    total: toRow('all', total),
  };
}

/** The 'unspecified' group, created on first use so it only appears when someone falls in it. */
function setNew(m: Map<string, Tally>): Tally {
  const t = emptyTally();
  m.set('unspecified', t);
  return t;
}

/** Flat CSV lines of the indicators, one per group, for download. */
export const INDICATOR_CSV_HEADER = [
  'dimension',
  'group',
  'headcount',
  'basic_required',
  'basic_valid',
  'basic_percent',
  'advanced_required',
  'advanced_valid',
  'advanced_percent',
  'ssafe_required',
  'ssafe_valid',
  'ssafe_percent',
  'do_smt_required',
  'do_smt_valid',
  'do_smt_percent',
  'core_required',
  'core_valid',
  'core_percent',
  'specialized_required',
  'specialized_valid',
  'specialized_percent',
  'specialized_holders',
] as const;

export function indicatorCsvRows(ind: TrainingIndicators): (string | number)[][] {
  const line = (dimension: string, r: IndicatorRow) => [
    dimension,
    r.group,
    r.headcount,
    ...[r.basic, r.advanced, r.ssafe, r.roleTraining, r.core, r.specialized].flatMap((x) => [
      x.required,
      x.valid,
      x.percent ?? '',
    ]),
    r.specializedHolders,
  ];
  return [
    ...ind.byStaffType.map((r) => line('staff_type', r)),
    ...ind.byManagementLevel.map((r) => line('management_level', r)),
    line('security_personnel', ind.securityPersonnel),
    line('total', ind.total),
  ];
}
