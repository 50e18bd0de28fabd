import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import type { Schemas } from '../../schema.ts';

/** The sections the server may send (`GET /api/home`), in the order it sends them. */
export type HomeSectionKey = HomeSection['key'];

export type HomeItem = HomeSection['items'][number];

export type HomeSection = Home['sections'][number];

export type Home = Schemas['Home'];

/** What needs the signed-in person now, for the current country. */
export function useHome(countryId: string | null) {
  return useQuery({
    queryKey: ['home', countryId],
    queryFn: () => api.get<Home>(withQuery('/api/home', { countryId: countryId ?? undefined })),
    refetchInterval: 60_000,
  });
}
