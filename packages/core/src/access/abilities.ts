import { APPOINTED_BY } from './appointing.ts';
import { PERMISSIONS, type Permission } from './permissions.ts';
import { can, grantsOf, type Actor } from './policy.ts';
import { APPOINTMENT_ROLES, type AppointmentRole } from './roles.ts';

/** What the actor may do in one country they work in. */
export interface CountryAbilities {
  countryId: string;
  /** Permissions held over some records of the country (an area, a zone, an organization in it…). */
  somewhere: Permission[];
  /** Permissions held over the whole country (`can(actor, p, { countryId })`). */
  whole: Permission[];
}

/**
 * What the signed-in person may do where, as the web app needs it to show only what can be used.
 * Computed from the same grants as every server check; the web app only looks these up.
 */
export interface Abilities {
  /** Permissions held over other people's records somewhere (any scope but the actor's own record). */
  anywhere: Permission[];
  /** Permissions held in every country (system-wide or organization-wide appointments). */
  everyCountry: Permission[];
  /** Permissions over the whole of any country (system administrators). */
  everyWholeCountry: Permission[];
  /** Whether the person may choose any country (system-wide or organization-wide scope). */
  anyCountry: boolean;
  /** The countries of the person's duty station and appointments. */
  countries: CountryAbilities[];
  /**
   * The roles the person may appoint someone to somewhere (`APPOINTED_BY`; every role for system
   * administrators); the server still checks the place of each appointment (`canAppoint`).
   */
  appoints: AppointmentRole[];
}

function unique<T>(xs: Iterable<T>): T[] {
  return [...new Set(xs)];
}

/** The abilities of an actor, derived from `grantsOf` and `can`. */
export function abilitiesOf(actor: Actor): Abilities {
  const grants = grantsOf(actor);
  const anywhere = unique(grants.filter((g) => g.scope.kind !== 'self').map((g) => g.permission));
  const everyCountry = unique(
    grants
      .filter((g) => g.scope.kind === 'system' || g.scope.kind === 'organization')
      .map((g) => g.permission),
  );
  const everyWholeCountry = unique(
    grants.filter((g) => g.scope.kind === 'system').map((g) => g.permission),
  );
  const countryIds = unique(
    [actor.homeCountryId, ...actor.appointments.map((a) => a.countryId)].filter(
      (id): id is string => Boolean(id),
    ),
  );
  const countries = countryIds.map((countryId) => {
    const somewhere = unique(
      grants
        .filter((g) => {
          const s = g.scope;
          switch (s.kind) {
            case 'system':
            case 'organization':
              return true;
            case 'self':
              return false;
            default:
              return s.countryId === countryId;
          }
        })
        .map((g) => g.permission),
    );
    const whole = PERMISSIONS.filter((p) => can(actor, p, { countryId }));
    return { countryId, somewhere, whole };
  });
  return {
    anywhere,
    everyCountry,
    everyWholeCountry,
    anyCountry: everyCountry.length > 0,
    countries,
    appoints: APPOINTMENT_ROLES.filter(
      (role) =>
        actor.isSystemAdmin || actor.appointments.some((a) => APPOINTED_BY[role].includes(a.role)),
    ),
  };
}

/** Whether the abilities include a permission in a country (somewhere in it), or anywhere when no country is named. */
export function mayIn(
  abilities: Abilities,
  permission: Permission,
  countryId?: string | null,
): boolean {
  if (!countryId) return abilities.anywhere.includes(permission);
  if (abilities.everyCountry.includes(permission)) return true;
  const c = abilities.countries.find((x) => x.countryId === countryId);
  return c?.somewhere.includes(permission) ?? false;
}

/** Whether the abilities include a permission over a whole country. */
export function mayInWholeCountry(
  abilities: Abilities,
  permission: Permission,
  countryId: string,
): boolean {
  if (abilities.everyWholeCountry.includes(permission)) return true;
  const c = abilities.countries.find((x) => x.countryId === countryId);
  return c?.whole.includes(permission) ?? false;
}
