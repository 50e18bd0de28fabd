import { mayIn, mayInWholeCountry, type Abilities, type Permission } from '@fieldsafe/core';
import { useMe } from './auth.tsx';
import { useCurrentCountry } from './country.tsx';

/**
 * The signed-in person's abilities as the server computed them (`GET /api/auth/me`): the web app
 * only looks permissions up here and never re-implements a rule.
 */
export interface Can {
  /** Held over other people's records somewhere (what a menu item needs). */
  anywhere: (permission: Permission) => boolean;
  /** Held somewhere in the country (default: the current country). */
  here: (permission: Permission, countryId?: string | null) => boolean;
  /** Held over the whole country (default: the current country). */
  whole: (permission: Permission, countryId?: string | null) => boolean;
}

export function canWith(abilities: Abilities, currentCountryId: string | null): Can {
  return {
    anywhere: (p) => abilities.anywhere.includes(p),
    here: (p, countryId = currentCountryId) => (countryId ? mayIn(abilities, p, countryId) : false),
    whole: (p, countryId = currentCountryId) =>
      countryId ? mayInWholeCountry(abilities, p, countryId) : false,
  };
}

/** The abilities of the signed-in person, with the current country as the default place. */
export function useCan(): Can {
  const me = useMe();
  const { countryId } = useCurrentCountry();
  return canWith(me.abilities, countryId);
}
