import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useMe } from './auth.tsx';
import type { Schemas } from './schema.ts';

type Me = Schemas['Me'];

interface CountryValue {
  countryId: string | null;
  setCountryId: (id: string | null) => void;
  /** Countries the user may switch between; null means any (system administrators). */
  choices: string[] | null;
}

const CountryContext = createContext<CountryValue | null>(null);

/** The countries the server says the person works in (duty station and appointments). */
function ownCountries(me: Me): string[] {
  return me.abilities.countries.map((c) => c.countryId);
}

/** Whether the person may choose any country (system- or organization-wide scope, from the server). */
function anyCountry(me: Me): boolean {
  return me.abilities.anyCountry;
}

export function CountryProvider({ children }: { children: ReactNode }) {
  const me = useMe();
  const storageKey = `fs_country:${me.userId}`;
  const own = useMemo(() => ownCountries(me), [me]);
  const any = anyCountry(me);
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      return localStorage.getItem(storageKey);
    } catch {
      return null;
    }
  });

  const setCountryId = useCallback(
    (id: string | null) => {
      setChosen(id);
      try {
        if (id) localStorage.setItem(storageKey, id);
        else localStorage.removeItem(storageKey);
      } catch {
        /* not remembered */
      }
    },
    [storageKey],
  );

  const allowed = (id: string | null): id is string =>
    Boolean(id) && (any || own.includes(id ?? ''));
  const countryId = allowed(chosen) ? chosen : (own[0] ?? null);
  const value = useMemo<CountryValue>(
    () => ({ countryId, setCountryId, choices: any ? null : own }),
    [countryId, setCountryId, any, own],
  );
  return <CountryContext.Provider value={value}>{children}</CountryContext.Provider>;
}

export function useCurrentCountry(): CountryValue {
  const v = useContext(CountryContext);
  if (!v) throw new Error('useCurrentCountry outside CountryProvider');
  return v;
}
