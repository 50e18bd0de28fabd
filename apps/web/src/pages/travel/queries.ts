import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import type { Schemas } from '../../schema.ts';

type Advisory = Schemas['TravelAdvisory'];
type StaffCeiling = Schemas['StaffCeilingEntry'];
type TravelRequest = Schemas['TravelRequest'];

export function useTravelRequests(view: 'mine' | 'queue' | 'all') {
  return useQuery({
    queryKey: ['travel', view],
    queryFn: () => api.get<{ items: TravelRequest[] }>(withQuery('/api/travel/requests', { view })),
  });
}

export function useAdvisories(countryId: string | null | undefined) {
  return useQuery({
    queryKey: ['advisories', countryId],
    queryFn: () =>
      api.get<{ items: Advisory[]; canIssue: boolean }>(
        withQuery('/api/travel/advisories', { countryId }),
      ),
    enabled: Boolean(countryId),
  });
}

/** A write to the travel API that refreshes travel lists and notifications afterwards. */
export function useTravelWrite<A>(fn: (arg: A) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['travel'] });
      void client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}

/** The staff ceilings of a country: the same records the risk assessments show. */
export function useCeilings(countryId: string | null | undefined) {
  return useQuery({
    queryKey: ['travel', 'ceilings', countryId],
    queryFn: () =>
      api.get<{ items: StaffCeiling[]; canSet: boolean }>(
        withQuery('/api/travel/ceilings', { countryId }),
      ),
    enabled: Boolean(countryId),
  });
}
