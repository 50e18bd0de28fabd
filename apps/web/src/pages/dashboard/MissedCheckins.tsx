import { useQuery } from '@tanstack/react-query';
import { formatDateTime } from '@fieldsafe/core';
import { api, withQuery } from '../../api.ts';
import { useI18n } from '../../i18n/index.tsx';

interface Missed {
  id: string;
  name: string;
  label: string;
  dueAt: string | null;
}

/**
 * Missed scheduled check-ins of the people the signed-in person accounts for (warden, ASC, CSA):
 * the server decides who is listed; nothing is shown when nobody is.
 */
export function MissedCheckins({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const missed = useQuery({
    queryKey: ['checkin-schedules', 'missed', countryId],
    queryFn: () => api.get<Missed[]>(withQuery('/api/checkin-schedules/missed', { countryId })),
    refetchInterval: 60_000,
  });
  if (!missed.data || missed.data.length === 0) return null;
  return (
    <section className="card" aria-labelledby="missed-checkins" data-testid="missed-checkins">
      <h2 id="missed-checkins">{t('dash.missedCheckins')}</h2>
      <ul>
        {missed.data.map((m) => (
          <li key={m.id}>
            <strong>{m.name}</strong> —{' '}
            {t('dash.missedSince', {
              label: m.label,
              time: m.dueAt ? formatDateTime(m.dueAt, locale) : '',
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}
