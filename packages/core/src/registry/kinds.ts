/** The kinds of places and people the registry records (the API and the web app's forms). */

export const AREA_KINDS = ['capital', 'outside_capital', 'designated_area'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

export const DUTY_STATION_KINDS = ['headquarters', 'field'] as const;
export type DutyStationKind = (typeof DUTY_STATION_KINDS)[number];

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

export const PERSON_KINDS = ['personnel', 'dependant', 'visitor'] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const STAFF_CATEGORIES = ['international', 'local'] as const;
export type StaffCategory = (typeof STAFF_CATEGORIES)[number];

export const PERSON_STATUSES = ['active', 'separated'] as const;
export const GENDERS = ['female', 'male', 'other'] as const;
export const RELATIONSHIPS = ['spouse', 'child', 'other'] as const;
