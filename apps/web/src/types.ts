import type { LocalizedLabel } from '@fieldsafe/core';
/** Shapes of the Fieldsafe API responses the web app uses. */

export type { Locale } from '@fieldsafe/core';
import type { Abilities as PersonAbilities, Locale } from '@fieldsafe/core';

export const ROLES = [
  'DO',
  'DO_AI',
  'SMT_MEMBER',
  'ASC',
  'CSA',
  'DEPUTY_SA',
  'CSO',
  'CSFP',
  'SASO',
  'LSA',
  'WARDEN',
  'HQ_SFP',
  'AGENCY_REP',
  'EXECUTIVE_HEAD',
] as const;
export type Role = (typeof ROLES)[number];

export interface Abilities {
  canEdit: boolean;
}

export interface AppointmentSummary {
  role: Role;
  countryId: string | null;
  areaId: string | null;
  zoneId: string | null;
  organizationId: string | null;
}

export interface Me {
  userId: string;
  email: string;
  locale: Locale;
  personId: string | null;
  isSystemAdmin: boolean;
  homeCountryId: string | null;
  appointments: AppointmentSummary[];
  /** What the person may do where, computed by the server. */
  abilities: PersonAbilities;
  csrfToken: string | null;
  /** `enrol` or `challenge`: the app shows the second-factor page until it is passed. */
  secondFactor: 'not_required' | 'enrol' | 'challenge' | 'satisfied';
  totpEnabled: boolean;
  secondFactorRequired: boolean;
  signInMethod: 'password' | 'oidc' | 'token';
}

export interface Country {
  id: string;
  alpha2: string;
  alpha3: string;
  numeric: string;
  nameEn: string;
  nameFr: string;
  hasPresence: boolean;
}

export interface Organization {
  id: string;
  code: string;
  name: string;
  nameFr: string | null;
  names: Partial<Record<Locale, string>>;
  type: string;
  memberOfUnsms: boolean;
  executiveHead: string | null;
}

export const AREA_KINDS = ['capital', 'outside_capital', 'designated_area'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];
export const STATION_KINDS = ['headquarters', 'field'] as const;
export type StationKind = (typeof STATION_KINDS)[number];
export const PREMISES_KINDS = [
  'office',
  'compound',
  'residence',
  'warehouse',
  'guesthouse',
  'clinic',
  'other',
] as const;
export type PremisesKind = (typeof PREMISES_KINDS)[number];

export interface Area {
  id: string;
  countryId: string;
  name: string;
  kind: AreaKind;
  isDesignatedArea: boolean;
  abilities: Abilities;
}

export interface DutyStation {
  id: string;
  countryId: string;
  areaId: string;
  name: string;
  kind: StationKind;
  latitude: number | null;
  longitude: number | null;
  abilities: Abilities;
}

export interface WardenZone {
  id: string;
  countryId: string;
  areaId: string;
  dutyStationId: string;
  name: string;
  description: string | null;
  abilities: Abilities;
}

export interface Premises {
  id: string;
  areaId: string;
  dutyStationId: string;
  zoneId: string | null;
  organizationId: string | null;
  name: string;
  kind: PremisesKind;
  shared: boolean;
  address: string | null;
  latitude: number;
  longitude: number;
  abilities: Abilities;
}

export interface Structure {
  areas: Area[];
  dutyStations: DutyStation[];
  wardenZones: WardenZone[];
  premises: Premises[];
  headcount: Partial<Record<PersonKind, number>>;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  params: Record<string, string | number>;
  areaId?: string;
  zoneId?: string;
  appointmentId?: string;
  organizationId?: string;
}

export interface OrganizationPresence {
  id: string;
  code: string;
  name: string;
  personnelCount: number;
  listUpdatedAt: string | null;
}

export interface InvariantReport {
  countryId: string;
  checkedOn: string;
  findings: Finding[];
  organizations: OrganizationPresence[];
}

export type AppointmentStatus = 'active' | 'upcoming' | 'ended';

export interface Appointment {
  id: string;
  role: Role;
  personId: string;
  personName: string;
  countryId: string | null;
  areaId: string | null;
  zoneId: string | null;
  organizationId: string | null;
  letterDocumentId: string | null;
  letterReference: string | null;
  letterDate: string | null;
  termsOfReference: string | null;
  appointedBy: string | null;
  startsOn: string;
  endsOn: string | null;
  status: AppointmentStatus;
  hasLetter: boolean;
  abilities: Abilities;
}

export const PERSON_KINDS = ['personnel', 'dependant', 'visitor'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];
export const CATEGORIES = ['international', 'local'] as const;
export type Category = (typeof CATEGORIES)[number];
export const GENDERS = ['female', 'male', 'other'] as const;
export const RELATIONSHIPS = ['spouse', 'child', 'other'] as const;
export const PERSON_STATUSES = ['active', 'separated'] as const;

export interface Person {
  id: string;
  kind: PersonKind;
  staffId: string | null;
  organizationId: string;
  organizationCode: string;
  category: Category | null;
  contractType: string | null;
  staffType: string | null;
  managementLevel: string | null;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  radioCallSign: string | null;
  gender: string | null;
  countryId: string;
  areaId: string;
  dutyStationId: string;
  dutyStationName: string;
  zoneId: string | null;
  zoneName: string | null;
  essential: boolean;
  sponsorId: string | null;
  relationship: string | null;
  dateOfBirth: string | null;
  stayUntil: string | null;
  status: string;
  whereaboutsCountryId: string | null;
  whereaboutsAreaId: string | null;
  whereaboutsNote: string | null;
  whereaboutsUpdatedAt: string | null;
  updatedAt: string;
  abilities: Abilities;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export interface Items<T> {
  items: T[];
}

export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: { line: number; field: string; message: string }[];
  preview: { line: number; action: string; staffId: string; name: string }[];
}

export interface Responsibility {
  n: number;
  text: LocalizedLabel;
  measure: string | null;
  status: { ok: boolean; findings: Pick<Finding, 'code' | 'message' | 'params'>[] } | null;
}

export interface RoleResponsibilities {
  role: string;
  title: LocalizedLabel;
  source: string;
  note: LocalizedLabel | null;
  countryId: string | null;
  responsibilities: Responsibility[];
}

export interface ApiToken {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  token?: string;
}

export interface DocumentMeta {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}
