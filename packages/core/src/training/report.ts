import { daysBetween, type IsoDate } from '../dates.ts';
import {
  CORE_CATALOGUE,
  bestCertificate,
  certificateExpiry,
  certificateStatus,
  type Certificate,
  type CourseCatalogue,
  type CourseCode,
} from './training.ts';

/** A person as the training report needs them: where they serve and for whom. */
export interface TrainedPerson {
  personId: string;
  countryId: string;
  organizationId: string;
}

export interface TrainingReportInput {
  personnel: readonly TrainedPerson[];
  certificates: readonly Certificate[];
  onDate: IsoDate;
  /** List the certificates that expire after `onDate` and at most this many days later. */
  expiringWithinDays: number;
  /** Courses to count; BSITF, ASITF and SSAFE by default. */
  courses?: readonly CourseCode[];
  catalogue?: CourseCatalogue;
}

export interface CourseCount {
  /** People holding a certificate valid on the report date (expiring ones included). */
  trained: number;
  /** Of those, people whose certificate expires within EXPIRING_WITHIN_DAYS (90 days). */
  expiring: number;
}

/** One country × organization line of the report [001 §4]. */
export interface TrainingReportRow {
  countryId: string;
  organizationId: string;
  personnel: number;
  courses: Record<string, CourseCount>;
}

export interface ExpiringCertificate {
  personId: string;
  countryId: string;
  organizationId: string;
  course: CourseCode;
  certificateId: string;
  expiresOn: IsoDate;
  daysLeft: number;
}

export interface TrainingReport {
  onDate: IsoDate;
  courses: readonly CourseCode[];
  rows: TrainingReportRow[];
  expiring: ExpiringCertificate[];
}

export const DEFAULT_REPORT_COURSES: readonly CourseCode[] = ['BSITF', 'ASITF', 'SSAFE'];

/**
 * Trained personnel per country by organization, and the certificates running out in the next
 * days. One pass over certificates to group them; rows sorted by country then organization,
 * expiring certificates by date, person and course.
 */
export function trainingReport(input: TrainingReportInput): TrainingReport {
  const { onDate, expiringWithinDays } = input;
  const courses = [...new Set(input.courses ?? DEFAULT_REPORT_COURSES)];
  const catalogue = input.catalogue ?? CORE_CATALOGUE;
  const byPerson = groupByPerson(input.certificates);
  const rows = new Map<string, TrainingReportRow>();
  const expiring: ExpiringCertificate[] = [];
  const seen = new Set<string>();

  for (const person of input.personnel) {
    if (seen.has(person.personId)) continue;
    seen.add(person.personId);
    const key = JSON.stringify([person.countryId, person.organizationId]);
    let row = rows.get(key);
    if (!row) {
      row = emptyRow(person, courses);
      rows.set(key, row);
    }
    row.personnel += 1;
    const certs = byPerson.get(person.personId) ?? [];
    for (const course of courses) {
      const best = bestCertificate(certs, course, onDate, catalogue);
      if (!best) continue;
      const status = certificateStatus(best, onDate, catalogue);
      if (status === 'expired') continue;
      const count = row.courses[course];
      if (count) {
        count.trained += 1;
        if (status === 'expiring') count.expiring += 1;
      }
      const expiresOn = certificateExpiry(best, catalogue);
      if (expiresOn === null) continue;
      const daysLeft = daysBetween(onDate, expiresOn);
      if (daysLeft <= expiringWithinDays) {
        const { personId, countryId, organizationId } = person;
        expiring.push({
          personId,
          countryId,
          organizationId,
          course,
          certificateId: best.id,
          expiresOn,
          daysLeft,
        });
      }
    }
  }

  return {
    onDate,
    courses,
    rows: [...rows.values()].sort(
      (a, b) => cmp(a.countryId, b.countryId) || cmp(a.organizationId, b.organizationId),
    ),
    expiring: expiring.sort(
      (a, b) =>
        cmp(a.expiresOn, b.expiresOn) || cmp(a.personId, b.personId) || cmp(a.course, b.course),
    ),
  };
}

function groupByPerson(certs: readonly Certificate[]): Map<string, Certificate[]> {
  const map = new Map<string, Certificate[]>();
  for (const cert of certs) {
    const list = map.get(cert.personId);
    if (list) list.push(cert);
    else map.set(cert.personId, [cert]);
  }
  return map;
}

function emptyRow(person: TrainedPerson, courses: readonly CourseCode[]): TrainingReportRow {
  const counts: Record<string, CourseCount> = {};
  for (const course of courses) counts[course] = { trained: 0, expiring: 0 };
  return {
    countryId: person.countryId,
    organizationId: person.organizationId,
    personnel: 0,
    courses: counts,
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
