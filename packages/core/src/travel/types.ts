import type { IsoDate } from '../dates.ts';
import type { Certificate, LocalizedText } from '../training/index.ts';

export type PersonnelCategory = 'international' | 'local';

/** A DO's case-by-case exemption from SSAFE at one location [001 §6]. Dates inclusive. */
export interface SsafeExemption {
  locationId: string;
  validFrom?: IsoDate | null;
  validUntil: IsoDate;
}

export interface Traveller {
  personId: string;
  organizationId: string;
  category: PersonnelCategory;
  certificates: readonly Certificate[];
  ssafeExemptions: readonly SsafeExemption[];
  /**
   * A recognized dependant rather than personnel: the training rules (BSITF, ASITF, SSAFE) are
   * duties of personnel [003 ¶106]; for dependants the seeds only recommend training [002 §14].
   */
  dependant?: boolean;
  /**
   * Last day of the traveller's malicious-acts insurance (MAIP) coverage; null or absent when
   * none is recorded [004 ¶27].
   */
  maipValidUntil?: IsoDate | null;
}

/** One stay: arrive at a destination on one day, leave it on another (both days of travel). */
export interface Leg {
  destinationId: string;
  arrivalOn: IsoDate;
  departureOn: IsoDate;
}

export interface Itinerary {
  legs: readonly Leg[];
}

/** Who decides on a clearance for a destination: the DO, or the ASC for the area [004 ¶27]. */
export interface Approver {
  personId: string;
  role: string;
  name?: string;
}

/** What is known about a destination when the request is evaluated. */
export interface DestinationState {
  locationId: string;
  /** The country of the location; sanctions may name either. */
  countryId: string;
  name: string;
  kind: 'headquarters' | 'field';
  /** The security level in effect; clearance is required only when there is one. */
  securityLevel: number | null;
  ssafeMandatory: boolean;
  /** The day the DO/SMT decision making SSAFE mandatory takes effect, if not already. */
  ssafeMandatoryFrom?: IsoDate | null;
  /** Staff ceiling set by the DO and SMT [001 §24]; null for none. */
  staffCeiling: number | null;
  /** Whom the ceiling counts; all personnel unless it is set for international staff only. */
  staffCeilingAppliesTo?: 'all' | 'international';
  /** Planned headcount over the travel dates, not counting this traveller. */
  plannedHeadcount: number;
  /** Planned headcount per day, when known; days not listed use `plannedHeadcount`. */
  headcountByDate?: Readonly<Record<IsoDate, number>>;
  approver: Approver | null;
}

/** A DO's denial of clearance to an organization's staff in a country or location [000 §30]. */
export interface OrganizationSanction {
  id: string;
  organizationId: string;
  /** A location id or a country id. */
  locationId: string;
  from: IsoDate;
  /** Last day in force; null while open-ended. */
  until: IsoDate | null;
}

export interface ClearanceInput {
  traveller: Traveller;
  itinerary: Itinerary;
  destinations: readonly DestinationState[];
  sanctions: readonly OrganizationSanction[];
  /** The day of evaluation: certificates dated later are not yet held. */
  evaluatedOn: IsoDate;
}

export type Severity = 'refuse' | 'refer' | 'info';
export type ClearanceOutcome = 'approve' | 'refer' | 'refuse';

export const REASON_CODES = [
  'ITINERARY_INVALID',
  'ORGANIZATION_SANCTIONED',
  'BSITF_MISSING',
  'BSITF_EXPIRED',
  'ASITF_REQUIRED_FOR_FIELD',
  'ASITF_EXPIRED',
  'SSAFE_REQUIRED',
  'SSAFE_EXPIRED',
  'STAFF_CEILING_REACHED',
  'MAIP_NOT_RECORDED',
  'MAIP_EXPIRED',
  'ARRIVAL_BRIEFING_REQUIRED',
  'CLEARANCE_NOT_REQUIRED',
] as const;

/** Stable codes, listed in the order reasons of one leg are reported. */
export type ReasonCode = (typeof REASON_CODES)[number];

export type ReasonDetail = string | number | boolean | null | readonly string[];

export interface Reason {
  code: ReasonCode;
  severity: Severity;
  /** Index of the leg in the itinerary, or null for the itinerary as a whole. */
  legIndex: number | null;
  locationId: string | null;
  message: LocalizedText;
  details: Readonly<Record<string, ReasonDetail>>;
}

export interface ClearanceDecision {
  outcome: ClearanceOutcome;
  reasons: Reason[];
  /** The approvers of the destinations whose reasons refer the request, in leg order. */
  referTo: Approver[];
}
