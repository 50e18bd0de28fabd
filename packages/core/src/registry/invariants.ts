import { daysBetween } from '../dates.ts';
import type { AppointmentRole } from '../access/roles.ts';
import { agreementFlags } from '../governance/host-agreements.ts';

/** What the invariant check needs to know about a country, as plain data. */
export interface CountrySnapshot {
  countryId: string;
  countryName: string;
  areas: { id: string; name: string; isDesignatedArea: boolean }[];
  zones: { id: string; name: string; areaId: string }[];
  appointments: {
    id: string;
    role: AppointmentRole;
    personName: string;
    areaId: string | null;
    zoneId: string | null;
    organizationId: string | null;
    hasLetter: boolean;
    hasTermsOfReference: boolean;
    startsOn: string;
    endsOn: string | null;
    /** A single-agency security officer acting as CSA/SA ad interim [002 Annex B ¶24]. */
    csaAdInterim?: boolean;
    /** The DO confirmed the ad interim in writing [¶24]. */
    adInterimConfirmed?: boolean;
    /** An SMT member's seat as head of a mission component [¶16]. */
    smtSeat?: SmtSeat | null;
  }[];
  /** A peacekeeping mission is deployed in the country [¶16]; absent: none. */
  peacekeepingMission?: boolean;
  /** Active international personnel in the country [¶21]; absent: not known, taken as some. */
  internationalStaff?: number;
  /** Organizations with personnel in the country, and when their list was last updated. */
  organizations: {
    id: string;
    code: string;
    personnelCount: number;
    listUpdatedAt: string | null;
  }[];
  /** Host country agreements of the organizations in the country [003 Rec. 1]; absent: not checked. */
  hostAgreements?: {
    id: string;
    organizationId: string;
    organizationCode: string;
    title: string;
    securityAnnex: boolean;
    reviewDueOn: string | null;
  }[];
}

/** The seats on the SMT of a peacekeeping mission's component heads [002 Annex B ¶16]. */
export const SMT_SEATS = ['military_component', 'police_component'] as const;
export type SmtSeat = (typeof SMT_SEATS)[number];

export type FindingSeverity = 'error' | 'warning' | 'info';

export const INVARIANT_CODES = [
  'NO_DO',
  'MULTIPLE_DO',
  'NO_DO_AI',
  'NO_SECURITY_ADVISER_OR_FOCAL_POINT',
  'CSA_AD_INTERIM_UNCONFIRMED',
  'CSFP_WHERE_SECURITY_ADVISER',
  'PEACEKEEPING_HEAD_NOT_ON_SMT',
  'ZONE_WITHOUT_WARDEN',
  'APPOINTMENT_WITHOUT_LETTER',
  'APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE',
  'APPOINTMENT_EXPIRED',
  'APPOINTMENT_EXPIRING',
  'APPOINTMENT_WITHOUT_END_DATE',
  'PERSONNEL_LIST_STALE',
  'ORGANIZATION_NOT_ON_SMT',
  'HOST_AGREEMENT_REVIEW_OVERDUE',
  'HOST_AGREEMENT_NO_REVIEW_DATE',
  'HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX',
] as const;
export type InvariantCode = (typeof INVARIANT_CODES)[number];

export interface Finding {
  code: InvariantCode;
  severity: FindingSeverity;
  /** The finding in English; `params` are its parts, for a translation keyed by `code`. */
  message: string;
  params: Record<string, string | number>;
  areaId?: string;
  zoneId?: string;
  appointmentId?: string;
  organizationId?: string;
}

export const PERSONNEL_LIST_MAX_AGE_DAYS = 90;

/** Roles that satisfy "a CSA/SA or a CSFP" in a country [002 Annex B ¶19–21]. */
export const ADVISER_ROLES: readonly AppointmentRole[] = ['CSA', 'CSO', 'CSFP'];
/** Roles through which DSS sits on the SMT [002 Annex B ¶15]. */
export const DSS_SEAT_ROLES: readonly AppointmentRole[] = ['CSA', 'CSO'];

/** The Department of Safety and Security, however the deployment codes it. */
export function isSecurityDepartment(code: string): boolean {
  return ['DSS', 'UNDSS'].includes(code.trim().toUpperCase());
}
export const APPOINTMENT_EXPIRY_NOTICE_DAYS = 30;

function inForce(a: { startsOn: string; endsOn: string | null }, today: string): boolean {
  return a.startsOn <= today && (a.endsOn === null || a.endsOn >= today);
}

/** The SPEC §1 invariants for one country, most serious first. `today` is `YYYY-MM-DD`. */
export function evaluateCountryInvariants(s: CountrySnapshot, today: string): Finding[] {
  const findings: Finding[] = [];
  const current = s.appointments.filter((a) => inForce(a, today));
  const holders = (role: AppointmentRole, areaId: string | null) =>
    current.filter((a) => a.role === role && a.areaId === areaId);

  const accountable: { areaId: string | null; name: string }[] = [
    { areaId: null, name: s.countryName },
    ...s.areas.filter((a) => a.isDesignatedArea).map((a) => ({ areaId: a.id, name: a.name })),
  ];
  for (const place of accountable) {
    const dos = holders('DO', place.areaId);
    const extra = place.areaId ? { areaId: place.areaId } : {};
    if (dos.length === 0) {
      findings.push({
        code: 'NO_DO',
        severity: 'error',
        message: `${place.name} has no Designated Official`,
        params: { place: place.name },
        ...extra,
      });
    } else if (dos.length > 1) {
      const names = dos.map((d) => d.personName).join(', ');
      findings.push({
        code: 'MULTIPLE_DO',
        severity: 'error',
        message: `${place.name} has ${dos.length} Designated Officials (${names}); there must be one`,
        params: { place: place.name, count: dos.length, names },
        ...extra,
      });
    }
    if (holders('DO_AI', place.areaId).length === 0) {
      findings.push({
        code: 'NO_DO_AI',
        severity: 'warning',
        message: `${place.name} has no nominated Designated Official ad interim`,
        params: { place: place.name },
        ...extra,
      });
    }
  }

  // A mission's Chief Security Officer acts as an SA where no USG-appointed security
  // professional is present [002 Annex B ¶20], so a CSO satisfies "CSA or CSFP" too; so does a
  // single-agency officer acting as CSA/SA ad interim once the DO confirmed it in writing [¶24].
  const securityAdviser = current.some((a) => DSS_SEAT_ROLES.includes(a.role));
  const confirmedAdInterim = current.some((a) => a.csaAdInterim && a.adInterimConfirmed);
  const adviser = confirmedAdInterim || current.some((a) => ADVISER_ROLES.includes(a.role));
  // A CSFP is appointed only in the absence of a CSA/SA [¶21], and only where there are
  // international staff to appoint from and to look after.
  if (!adviser && (s.internationalStaff ?? 1) > 0) {
    findings.push({
      code: 'NO_SECURITY_ADVISER_OR_FOCAL_POINT',
      severity: 'error',
      message: `${s.countryName} has neither a Chief Security Adviser / Security Adviser nor a Country Security Focal Point`,
      params: { country: s.countryName },
    });
  }
  if (securityAdviser) {
    for (const a of current.filter((c) => c.role === 'CSFP')) {
      findings.push({
        code: 'CSFP_WHERE_SECURITY_ADVISER',
        severity: 'warning',
        message: `${a.personName} is Country Security Focal Point although ${s.countryName} has a Chief Security Adviser / Security Adviser`,
        params: { person: a.personName, country: s.countryName },
        appointmentId: a.id,
      });
    }
  }
  for (const a of current.filter((c) => c.csaAdInterim && !c.adInterimConfirmed)) {
    findings.push({
      code: 'CSA_AD_INTERIM_UNCONFIRMED',
      severity: 'error',
      message: `${a.personName} acts as CSA/SA ad interim without the DO's written confirmation`,
      params: { person: a.personName },
      appointmentId: a.id,
    });
  }
  // In a peacekeeping mission the heads of the military and police components always sit on
  // the SMT [¶16].
  if (s.peacekeepingMission) {
    for (const seat of SMT_SEATS) {
      if (!current.some((a) => a.role === 'SMT_MEMBER' && a.smtSeat === seat)) {
        findings.push({
          code: 'PEACEKEEPING_HEAD_NOT_ON_SMT',
          severity: 'error',
          message: `The head of the mission's ${seat === 'military_component' ? 'military' : 'police'} component is not on the Security Management Team`,
          params: { seat },
        });
      }
    }
  }

  for (const zone of s.zones) {
    if (!current.some((a) => a.role === 'WARDEN' && a.zoneId === zone.id)) {
      findings.push({
        code: 'ZONE_WITHOUT_WARDEN',
        severity: 'warning',
        message: `Warden zone ${zone.name} has no warden`,
        params: { zone: zone.name },
        zoneId: zone.id,
        areaId: zone.areaId,
      });
    }
  }

  for (const a of s.appointments) {
    const what = `${a.personName} (${a.role})`;
    const who = { person: a.personName, role: a.role };
    if (a.endsOn !== null && a.endsOn < today) {
      const refilled = current.some(
        (c) =>
          c.role === a.role &&
          c.areaId === a.areaId &&
          c.zoneId === a.zoneId &&
          c.organizationId === a.organizationId,
      );
      if (!refilled) {
        findings.push({
          code: 'APPOINTMENT_EXPIRED',
          severity: 'error',
          message: `The appointment of ${what} ended on ${a.endsOn} and no one holds the role now`,
          params: { ...who, date: a.endsOn },
          appointmentId: a.id,
        });
      }
      continue;
    }
    if (!inForce(a, today)) continue;
    if (!a.hasLetter) {
      findings.push({
        code: 'APPOINTMENT_WITHOUT_LETTER',
        severity: 'warning',
        message: `The appointment of ${what} has no letter of appointment`,
        params: who,
        appointmentId: a.id,
      });
    }
    if (!a.hasTermsOfReference) {
      findings.push({
        code: 'APPOINTMENT_WITHOUT_TERMS_OF_REFERENCE',
        severity: 'warning',
        message: `The appointment of ${what} has no terms of reference`,
        params: who,
        appointmentId: a.id,
      });
    }
    // Appointments are for a specified period [¶24]: one without an end date is never reviewed.
    if (a.endsOn === null) {
      findings.push({
        code: 'APPOINTMENT_WITHOUT_END_DATE',
        severity: 'info',
        message: `The appointment of ${what} has no end date`,
        params: who,
        appointmentId: a.id,
      });
    } else if (daysBetween(today, a.endsOn) <= APPOINTMENT_EXPIRY_NOTICE_DAYS) {
      findings.push({
        code: 'APPOINTMENT_EXPIRING',
        severity: 'info',
        message: `The appointment of ${what} ends on ${a.endsOn}`,
        params: { ...who, date: a.endsOn },
        appointmentId: a.id,
      });
    }
  }

  for (const org of s.organizations) {
    if (org.personnelCount === 0) continue;
    const age =
      org.listUpdatedAt === null ? Infinity : daysBetween(org.listUpdatedAt.slice(0, 10), today);
    if (age > PERSONNEL_LIST_MAX_AGE_DAYS) {
      const since = org.listUpdatedAt ? `since ${org.listUpdatedAt.slice(0, 10)}` : 'ever';
      findings.push({
        code: 'PERSONNEL_LIST_STALE',
        severity: 'warning',
        message: `The personnel list of ${org.code} has not been updated ${since} (more than ${PERSONNEL_LIST_MAX_AGE_DAYS} days)`,
        params: {
          organization: org.code,
          updatedOn: org.listUpdatedAt ? org.listUpdatedAt.slice(0, 10) : 'never',
          days: PERSONNEL_LIST_MAX_AGE_DAYS,
        },
        organizationId: org.id,
      });
    }
    // DSS sits on the SMT through the Chief Security Adviser/Officer [002 Annex B ¶15].
    const throughAdviser =
      isSecurityDepartment(org.code) && current.some((a) => DSS_SEAT_ROLES.includes(a.role));
    if (
      !throughAdviser &&
      !current.some((a) => a.role === 'SMT_MEMBER' && a.organizationId === org.id)
    ) {
      findings.push({
        code: 'ORGANIZATION_NOT_ON_SMT',
        severity: 'warning',
        message: `${org.code} has personnel in ${s.countryName} but no member on the Security Management Team`,
        params: { organization: org.code, country: s.countryName },
        organizationId: org.id,
      });
    }
  }

  // Host country agreements are reviewed regularly and carry a security annex [003 Rec. 1].
  for (const a of s.hostAgreements ?? []) {
    const params = { organization: a.organizationCode, title: a.title };
    for (const flag of agreementFlags(a, today)) {
      if (flag === 'review_overdue')
        findings.push({
          code: 'HOST_AGREEMENT_REVIEW_OVERDUE',
          severity: 'warning',
          message: `The review of ${a.title} (${a.organizationCode}) was due on ${a.reviewDueOn ?? ''}`,
          params: { ...params, date: a.reviewDueOn ?? '' },
          organizationId: a.organizationId,
        });
      else if (flag === 'no_review_date')
        findings.push({
          code: 'HOST_AGREEMENT_NO_REVIEW_DATE',
          severity: 'warning',
          message: `${a.title} (${a.organizationCode}) has no review date`,
          params,
          organizationId: a.organizationId,
        });
      else
        findings.push({
          code: 'HOST_AGREEMENT_WITHOUT_SECURITY_ANNEX',
          severity: 'info',
          message: `${a.title} (${a.organizationCode}) has no security annex`,
          params,
          organizationId: a.organizationId,
        });
    }
  }

  const rank: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2 };
  return findings.sort((x, y) => rank[x.severity] - rank[y.severity]);
}
