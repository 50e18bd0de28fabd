import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@fieldsafe/core';
import { api } from '../api.ts';
import { useI18n } from '../i18n/index.tsx';
import type { ApiBody } from '../schema.ts';

export const MY_LOCATION_KEY = ['location', 'mine'] as const;

/** The precise-location activation in force where the signed-in person is counted (or null). */
export function useMyPreciseLocation() {
  const mine = useQuery({
    queryKey: MY_LOCATION_KEY,
    queryFn: () => api.get<ApiBody<'/api/location/mine'>>('/api/location/mine'),
    refetchInterval: 60_000,
    retry: false,
  });
  return mine.data?.active ?? null;
}

/**
 * On every page while precise location is active for the person's place: they see that it is,
 * until when, and that a position is taken only with their consent [SPEC "Across everything"].
 */
export function PreciseLocationBanner() {
  const { t, locale } = useI18n();
  const active = useMyPreciseLocation();
  if (!active) return null;
  return (
    <div className="alert alert-warning" role="status" data-testid="location-banner">
      <p>
        <strong>
          {t('location.banner', {
            place: active.areaName ?? t('location.wholeCountry'),
            until: formatDateTime(active.endsAt, locale),
          })}
        </strong>
      </p>
    </div>
  );
}
