import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { ErrorBox, Loading, formatDate } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody } from '../../schema.ts';

type InForce = ApiBody<'/api/countries/{id}/security-levels/in-force'>;

/**
 * The security levels in force in the country, one per place, for everyone who may read them
 * there (`security_level.read`: every person at their duty station) — without the reasons.
 */
export function LevelsInForce({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const levels = useQuery({
    queryKey: ['security-levels', 'in-force', countryId],
    queryFn: () => api.get<InForce>(`/api/countries/${countryId}/security-levels/in-force`),
  });
  return (
    <section className="card" aria-labelledby="levels-in-force">
      <h2 id="levels-in-force">{t('risk.levels')}</h2>
      {levels.isPending ? (
        <Loading />
      ) : levels.error ? (
        <ErrorBox error={levels.error} onRetry={() => void levels.refetch()} />
      ) : levels.data.items.length === 0 ? (
        <p className="empty">{t('risk.noLevels')}</p>
      ) : (
        <table className="responsive" data-testid="levels-in-force">
          <thead>
            <tr>
              <th scope="col">{t('common.area')}</th>
              <th scope="col">{t('risk.level')}</th>
              <th scope="col">{t('risk.effectiveFrom')}</th>
            </tr>
          </thead>
          <tbody>
            {levels.data.items.map((l) => (
              <tr key={l.areaId ?? 'country'}>
                <td data-label={t('common.area')}>{l.areaName ?? t('risk.wholeCountry')}</td>
                <td data-label={t('risk.level')}>{l.level}</td>
                <td data-label={t('risk.effectiveFrom')}>{formatDate(l.effectiveFrom, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
