/** Test data for the clearance rules (used by the tests only; not exported from the package). */
import type { Certificate } from '../training/index.ts';
import type { ClearanceInput, DestinationState, Leg, Traveller } from './types.ts';

export const EVALUATED_ON = '2025-03-01';

export const NEW_YORK: DestinationState = {
  locationId: 'L-NY',
  countryId: 'C-US',
  name: 'New York',
  kind: 'headquarters',
  securityLevel: null,
  ssafeMandatory: false,
  staffCeiling: null,
  plannedHeadcount: 0,
  approver: null,
};

export const JUBA: DestinationState = {
  locationId: 'L-JUBA',
  countryId: 'C-SS',
  name: 'Juba',
  kind: 'field',
  securityLevel: 4,
  ssafeMandatory: true,
  staffCeiling: 10,
  plannedHeadcount: 3,
  approver: { personId: 'P-DO-SS', role: 'DO', name: 'DO South Sudan' },
};

export const GOMA: DestinationState = {
  locationId: 'L-GOMA',
  countryId: 'C-CD',
  name: 'Goma',
  kind: 'field',
  securityLevel: 5,
  ssafeMandatory: false,
  staffCeiling: 5,
  plannedHeadcount: 2,
  approver: { personId: 'P-ASC-GOMA', role: 'ASC', name: 'ASC Goma' },
};

export function certificate(
  course: string,
  issuedOn: string,
  extra: Partial<Certificate> = {},
): Certificate {
  return { id: `${course}@${issuedOn}`, personId: 'P1', course, issuedOn, ...extra };
}

export const TRAINED: readonly Certificate[] = [
  certificate('BSITF', '2024-01-10'),
  certificate('ASITF', '2024-01-10'),
  certificate('SSAFE', '2024-06-01'),
];

export function traveller(extra: Partial<Traveller> = {}): Traveller {
  return {
    personId: 'P1',
    organizationId: 'O-UNICEF',
    category: 'international',
    certificates: TRAINED,
    ssafeExemptions: [],
    maipValidUntil: '2030-12-31',
    ...extra,
  };
}

export function leg(destinationId: string, arrivalOn: string, departureOn: string): Leg {
  return { destinationId, arrivalOn, departureOn };
}

export function request(extra: Partial<ClearanceInput> = {}): ClearanceInput {
  return {
    traveller: traveller(),
    itinerary: { legs: [leg('L-JUBA', '2025-03-10', '2025-03-20')] },
    destinations: [NEW_YORK, JUBA, GOMA],
    sanctions: [],
    evaluatedOn: EVALUATED_ON,
    ...extra,
  };
}
