/** Test data for the access rules (used by the tests only; not exported from the package). */
import type { Actor, ActorAppointment } from './policy.ts';

/** P-me, at home in C1, holding these appointments (a warden's, unless a role is given). */
export function actor(
  appointments: Partial<ActorAppointment>[] = [],
  extra: Partial<Actor> = {},
): Actor {
  return {
    userId: 'U-me',
    personId: 'P-me',
    isSystemAdmin: false,
    homeCountryId: 'C1',
    appointments: appointments.map((a) => ({
      role: 'WARDEN',
      countryId: null,
      areaId: null,
      zoneId: null,
      organizationId: null,
      ...a,
    })),
    ...extra,
  };
}
