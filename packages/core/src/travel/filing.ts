import { can, type Actor } from '../access/policy.ts';

/**
 * On what footing a clearance request is filed [004 ¶27]: "All personnel … and their eligible
 * dependants … require a security clearance", and clearance "shall be managed by the security
 * focal point in each office". So a request is filed by the traveller (`self`), by the staff
 * member a dependant depends on (`sponsor`), or by the traveller's organization in the country —
 * its representative or single-agency security officer, who hold `travel.file` there
 * (`organization`).
 */
export const FILING_BASES = ['self', 'sponsor', 'organization'] as const;
export type FilingBasis = (typeof FILING_BASES)[number];

/** What the filing rule looks at in the traveller's record. */
export interface FilingTraveller {
  personId: string;
  kind: string;
  sponsorId: string | null;
  organizationId: string;
  countryId: string;
  status: string;
}

/**
 * Whether the actor may file a clearance request for this traveller, and on what footing; null
 * when they may not. A separated person is filed for by no one else.
 */
export function filingBasis(actor: Actor, traveller: FilingTraveller): FilingBasis | null {
  if (actor.personId !== null && actor.personId === traveller.personId) return 'self';
  if (traveller.status !== 'active') return null;
  if (
    traveller.kind === 'dependant' &&
    actor.personId !== null &&
    traveller.sponsorId === actor.personId
  )
    return 'sponsor';
  const keys = { organizationId: traveller.organizationId, countryId: traveller.countryId };
  return can(actor, 'travel.file', keys) ? 'organization' : null;
}
