import type { LocalizedLabel } from '../locale/index.ts';
import { addMonths, daysBetween, type IsoDate } from '../dates.ts';
import { groupBy } from '../group.ts';

/**
 * Security training [SPEC §6]: Basic and Advanced Security in the Field, certificates issued
 * for three years [003 ¶106]; SSAFE where the DO and SMT make it mandatory, with a refresher
 * period to be determined [001 §6–7]; DO and SMT training [004 ¶29]; women's security awareness.
 */
export const CORE_COURSE_CODES = [
  'BSITF',
  'ASITF',
  'SSAFE',
  'DO_TRAINING',
  'SMT_TRAINING',
  'WSAT',
] as const;

export type CoreCourseCode = (typeof CORE_COURSE_CODES)[number];

/** A core course code, or the code of an "other" course defined as data. */
export type CourseCode = CoreCourseCode | (string & {});

/** A course name or a reason in each of the six languages. */
export type LocalizedText = LocalizedLabel;

/** Who must hold a course: everyone, personnel at field locations, or where the DO decides. */
export type CourseRequirement = 'everyone' | 'field' | 'where-mandated' | 'by-role' | 'optional';

export interface CourseDefinition {
  code: CourseCode;
  name: LocalizedText;
  /** Calendar months a certificate stays valid; null when it does not expire. */
  validityMonths: number | null;
  /** When true, a certificate may carry its own refresher period (SSAFE, [001 §7]). */
  refresherConfigurable: boolean;
  requirement: CourseRequirement;
}

/** Months of validity for BSITF and ASITF [003 ¶106], and the default SSAFE refresher period. */
export const CERTIFICATE_VALIDITY_MONTHS = 36;
export const DEFAULT_SSAFE_REFRESHER_MONTHS = 36;
/** A certificate expiring within this many days is reported as 'expiring'. */
export const EXPIRING_WITHIN_DAYS = 90;

export const CORE_COURSES: Readonly<Record<CoreCourseCode, CourseDefinition>> = {
  BSITF: {
    code: 'BSITF',
    name: {
      ar: 'الأمن الأساسي في الميدان',
      en: 'Basic Security in the Field',
      es: 'Seguridad Básica sobre el Terreno',
      fr: 'Sécurité de base sur le terrain',
      ru: 'Основы безопасности на местах',
      zh: '外地基本安全',
    },
    validityMonths: CERTIFICATE_VALIDITY_MONTHS,
    refresherConfigurable: false,
    requirement: 'everyone',
  },
  ASITF: {
    code: 'ASITF',
    name: {
      ar: 'الأمن المتقدم في الميدان',
      en: 'Advanced Security in the Field',
      es: 'Seguridad Avanzada sobre el Terreno',
      fr: 'Sécurité avancée sur le terrain',
      ru: 'Повышенная безопасность на местах',
      zh: '外地高级安全',
    },
    validityMonths: CERTIFICATE_VALIDITY_MONTHS,
    refresherConfigurable: false,
    requirement: 'field',
  },
  SSAFE: {
    code: 'SSAFE',
    name: {
      ar: 'نُهج السلامة والأمن في البيئات الميدانية',
      en: 'Safe and Secure Approaches in Field Environments',
      es: 'Enfoques Seguros y Protegidos en Entornos sobre el Terreno',
      fr: 'Approches sûres et sécurisées en environnement de terrain',
      ru: 'Безопасные и надёжные подходы в полевых условиях',
      zh: '外地环境中的安全和安保方法',
    },
    validityMonths: DEFAULT_SSAFE_REFRESHER_MONTHS,
    refresherConfigurable: true,
    requirement: 'where-mandated',
  },
  DO_TRAINING: {
    code: 'DO_TRAINING',
    name: {
      ar: 'تدريب المسؤولين المكلفين',
      en: 'Designated Official training',
      es: 'Formación de oficiales designados',
      fr: 'Formation des responsables désignés',
      ru: 'Подготовка уполномоченных должностных лиц',
      zh: '指定官员培训',
    },
    validityMonths: null,
    refresherConfigurable: false,
    requirement: 'by-role',
  },
  SMT_TRAINING: {
    code: 'SMT_TRAINING',
    name: {
      ar: 'تدريب فريق إدارة الأمن',
      en: 'Security Management Team training',
      es: 'Formación del equipo de gestión de la seguridad',
      fr: "Formation de l'équipe de coordination du dispositif de sécurité",
      ru: 'Подготовка группы по обеспечению безопасности',
      zh: '安全管理小组培训',
    },
    validityMonths: null,
    refresherConfigurable: false,
    requirement: 'by-role',
  },
  WSAT: {
    code: 'WSAT',
    name: {
      ar: 'التدريب على التوعية الأمنية للنساء',
      en: "Women's security awareness training",
      es: 'Formación sobre concienciación en materia de seguridad para mujeres',
      fr: 'Formation de sensibilisation des femmes à la sécurité',
      ru: 'Обучение женщин основам личной безопасности',
      zh: '妇女安全意识培训',
    },
    validityMonths: null,
    refresherConfigurable: false,
    requirement: 'optional',
  },
};

export function isCoreCourseCode(code: string): code is CoreCourseCode {
  return Object.hasOwn(CORE_COURSES, code);
}

/** A course defined as data (a row of the course table), beside the core courses. */
export interface OtherCourse {
  code: string;
  name: LocalizedText;
  validityMonths?: number | null;
}

export type CourseCatalogue = ReadonlyMap<string, CourseDefinition>;

/** The core courses plus the given other courses. Throws if an other course reuses a code. */
export function courseCatalogue(others: readonly OtherCourse[] = []): CourseCatalogue {
  const catalogue = new Map<string, CourseDefinition>(Object.entries(CORE_COURSES));
  for (const course of others) {
    if (catalogue.has(course.code)) throw new Error(`Duplicate course code: ${course.code}`);
    const months = course.validityMonths ?? null;
    if (months !== null && (!Number.isInteger(months) || months <= 0)) {
      throw new RangeError(`Course ${course.code}: validity must be a positive number of months`);
    }
    catalogue.set(course.code, {
      code: course.code,
      name: course.name,
      validityMonths: months,
      refresherConfigurable: false,
      requirement: 'optional',
    });
  }
  return catalogue;
}

export const CORE_CATALOGUE: CourseCatalogue = courseCatalogue();

/** A training certificate held by a person. Dates are trusted (they come from stored records). */
export interface Certificate {
  id: string;
  personId: string;
  course: CourseCode;
  issuedOn: IsoDate;
  /** An expiry printed on the certificate; it wins over the computed one. */
  expiresOn?: IsoDate | null;
  /** The refresher period of the session attended, for courses that allow one (SSAFE). */
  refresherMonths?: number | null;
}

/** What a certificate's validity depends on. */
export type CertificateTerms = Pick<
  Certificate,
  'course' | 'issuedOn' | 'expiresOn' | 'refresherMonths'
>;

export type CertificateStatus = 'valid' | 'expiring' | 'expired';

/** Months a certificate is valid for; null when it never expires or the course is unknown. */
export function validityMonthsOf(
  cert: CertificateTerms,
  catalogue: CourseCatalogue = CORE_CATALOGUE,
): number | null {
  const course = catalogue.get(cert.course);
  if (!course) return null;
  if (course.refresherConfigurable && cert.refresherMonths != null) return cert.refresherMonths;
  return course.validityMonths;
}

/** The expiry of a certificate issued on `issuedOn` and valid for `validityMonths` months. */
export function expiryFrom(issuedOn: IsoDate, validityMonths: number): IsoDate {
  return addMonths(issuedOn, validityMonths);
}

/**
 * The date a certificate expires: the first day on which it is no longer valid (so a 3-year
 * certificate issued 2021-05-10 is valid through 2024-05-09). An explicit expiry wins. Null
 * when it never expires.
 */
export function certificateExpiry(
  cert: CertificateTerms,
  catalogue: CourseCatalogue = CORE_CATALOGUE,
): IsoDate | null {
  if (cert.expiresOn) return cert.expiresOn;
  const months = validityMonthsOf(cert, catalogue);
  return months === null ? null : expiryFrom(cert.issuedOn, months);
}

/**
 * Status on a day, judged by expiry alone: 'expired' from the expiry date on, 'expiring' within
 * {@link EXPIRING_WITHIN_DAYS} days of it, otherwise 'valid'.
 */
export function certificateStatus(
  cert: Certificate,
  onDate: IsoDate,
  catalogue: CourseCatalogue = CORE_CATALOGUE,
): CertificateStatus {
  const expiry = certificateExpiry(cert, catalogue);
  if (expiry === null) return 'valid';
  const left = daysBetween(onDate, expiry);
  if (left <= 0) return 'expired';
  return left <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'valid';
}

/** True when the certificate is held on `from` and still valid on `through` (inclusive). */
export function isValidThrough(
  cert: Certificate,
  from: IsoDate,
  through: IsoDate,
  catalogue: CourseCatalogue = CORE_CATALOGUE,
): boolean {
  if (cert.issuedOn > from) return false;
  const expiry = certificateExpiry(cert, catalogue);
  return expiry === null || through < expiry;
}

/**
 * The certificate of a course that lasts longest among those issued on or before `onDate`
 * (a non-expiring one beats any other), even if it has expired; null when none was issued.
 * Ties go to the later issue, then the smaller id, so the answer never depends on input order.
 */
export function bestCertificate(
  certs: readonly Certificate[],
  course: CourseCode,
  onDate: IsoDate,
  catalogue: CourseCatalogue = CORE_CATALOGUE,
): Certificate | null {
  let best: Certificate | null = null;
  let bestExpiry: IsoDate | null = null;
  for (const cert of certs) {
    if (cert.course !== course || cert.issuedOn > onDate) continue;
    const expiry = certificateExpiry(cert, catalogue);
    if (best === null || isBetter(cert, expiry, best, bestExpiry)) {
      best = cert;
      bestExpiry = expiry;
    }
  }
  return best;
}

function isBetter(a: Certificate, aExp: IsoDate | null, b: Certificate, bExp: IsoDate | null) {
  if (aExp !== bExp) {
    if (aExp === null) return true;
    if (bExp === null) return false;
    return aExp > bExp;
  }
  if (a.issuedOn !== b.issuedOn) return a.issuedOn > b.issuedOn;
  return a.id < b.id;
}

/**
 * The courses held valid on `onDate`: those of which a certificate was issued on or before the
 * day and has not expired on it. The same answer as asking, course by course, whether the
 * {@link bestCertificate} is not {@link certificateStatus} 'expired' (the best one lasts longest,
 * so it is unexpired exactly when any is), in one pass over the certificates.
 */
export function coursesHeld(
  certs: readonly CertificateTerms[],
  onDate: IsoDate,
  catalogue: CourseCatalogue = CORE_CATALOGUE,
): Set<CourseCode> {
  const held = new Set<CourseCode>();
  for (const cert of certs) {
    if (cert.issuedOn > onDate || held.has(cert.course)) continue;
    const expiry = certificateExpiry(cert, catalogue);
    if (expiry === null || expiry > onDate) held.add(cert.course);
  }
  return held;
}

/** Which courses each person holds valid on `onDate` (see {@link coursesHeld}), by person id. */
export function coursesHeldByPerson(
  certs: readonly (CertificateTerms & { personId: string })[],
  onDate: IsoDate,
  catalogue: CourseCatalogue = CORE_CATALOGUE,
): Map<string, CourseCode[]> {
  return new Map(
    [...groupBy(certs, (c) => c.personId)].map(([id, list]) => [
      id,
      [...coursesHeld(list, onDate, catalogue)],
    ]),
  );
}

/** Certificates grouped by course, in one pass, so rules look up a course without scanning. */
export function indexByCourse(
  certs: readonly Certificate[],
): ReadonlyMap<CourseCode, readonly Certificate[]> {
  const index = new Map<CourseCode, Certificate[]>();
  for (const cert of certs) {
    const list = index.get(cert.course);
    if (list) list.push(cert);
    else index.set(cert.course, [cert]);
  }
  return index;
}
