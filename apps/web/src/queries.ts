import { countryNameIn, INTL_TAG, type Locale } from '@fieldsafe/core';
import { useQuery } from '@tanstack/react-query';
import { ApiError, api, withQuery } from './api.ts';
import type { ApiBody, ApiQuery, Schemas } from './schema.ts';

type Country = Schemas['Country'];
type Organization = Schemas['Organization'];
type Person = Schemas['Person'];

const LONG = 60 * 60_000;

export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: () => api.get<ApiBody<'/api/countries'>>('/api/countries'),
    staleTime: LONG,
  });
}

export function useOrganizations() {
  return useQuery({
    queryKey: ['organizations'],
    queryFn: () => api.get<ApiBody<'/api/organizations'>>('/api/organizations'),
    staleTime: LONG,
  });
}

export function useStructure(countryId: string | null | undefined) {
  return useQuery({
    queryKey: ['structure', countryId],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/structure'>>(
        `/api/countries/${countryId ?? ''}/structure`,
      ),
    enabled: Boolean(countryId),
  });
}

/** The invariant report, or null when the user may not see it (404). */
export function useInvariants(countryId: string | null | undefined) {
  return useQuery({
    queryKey: ['invariants', countryId],
    queryFn: async () => {
      try {
        return await api.get<ApiBody<'/api/countries/{id}/invariants'>>(
          `/api/countries/${countryId ?? ''}/invariants`,
        );
      } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.status === 403)) return null;
        throw e;
      }
    },
    enabled: Boolean(countryId),
  });
}

export interface AppointmentFilter {
  countryId?: string | undefined;
  personId?: string | undefined;
  role?: string | undefined;
  status?: ApiQuery<'/api/appointments'>['status'] | undefined;
}

export function useAppointments(filter: AppointmentFilter, enabled = true) {
  return useQuery({
    queryKey: ['appointments', filter],
    queryFn: () =>
      api.get<ApiBody<'/api/appointments'>>(withQuery('/api/appointments', { ...filter })),
    enabled,
  });
}

export function usePerson(id: string | null | undefined) {
  return useQuery({
    queryKey: ['person', id],
    queryFn: () => api.get<ApiBody<'/api/people/{id}'>>(`/api/people/${id ?? ''}`),
    enabled: Boolean(id),
  });
}

export function countryName(c: Country | undefined, locale: Locale): string {
  return c ? countryNameIn(c, locale) : '';
}

export function orgName(o: Organization | undefined, locale: Locale): string {
  if (!o) return '';
  const names: Partial<Record<Locale, string>> = o.names;
  return names[locale] || (locale === 'fr' && o.nameFr) || o.name;
}

/** Countries with UN presence first, then the others, each sorted by name. */
export function sortCountries(items: Country[], locale: Locale): Country[] {
  return [...items].sort(
    (a, b) =>
      Number(b.hasPresence) - Number(a.hasPresence) ||
      countryName(a, locale).localeCompare(countryName(b, locale), INTL_TAG[locale]),
  );
}

export function personName(p: Pick<Person, 'givenName' | 'familyName'>): string {
  return `${p.givenName} ${p.familyName}`;
}
