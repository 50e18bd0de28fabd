import { useQuery } from '@tanstack/react-query';
import type { LocalizedLabel } from '@fieldsafe/core';
import { api, withQuery } from '../../api.ts';

/** The sections the server may send (`GET /api/home`), in the order it sends them. */
export type HomeSectionKey =
  | 'crisisPrompt'
  | 'myClearances'
  | 'myTraining'
  | 'myPlans'
  | 'myZones'
  | 'toReach'
  | 'activeCrises'
  | 'clearancesWaiting'
  | 'incidentsWaiting'
  | 'overdueDrills'
  | 'overdueFindings'
  | 'overdueReviews'
  | 'invariantErrors'
  | 'decideClearances'
  | 'decideRisks'
  | 'decideLevels'
  | 'overview';

export interface HomeItem {
  id: string;
  link: string;
  title: string | null;
  label: LocalizedLabel | null;
  code: string | null;
  params: Record<string, string | number> | null;
  countryId: string | null;
  date: string | null;
  status: string | null;
  counts: Record<string, number> | null;
  reasons: { severity: 'refuse' | 'refer' | 'info'; message: LocalizedLabel }[] | null;
}

export interface HomeSection {
  key: HomeSectionKey;
  total: number;
  link: string | null;
  items: HomeItem[];
}

export interface Home {
  countryId: string | null;
  sections: HomeSection[];
}

/** What needs the signed-in person now, for the current country. */
export function useHome(countryId: string | null) {
  return useQuery({
    queryKey: ['home', countryId],
    queryFn: () => api.get<Home>(withQuery('/api/home', { countryId: countryId ?? undefined })),
    refetchInterval: 60_000,
  });
}
