import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, fieldErrors, withQuery } from '../../api.ts';
import { Badge, ErrorBox, Loading, TextField, formatDate } from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { categoryLabel } from './categories.ts';
import type { Schemas } from '../../schema.ts';
import './incidents.css';

type AnnualReview = Schemas['AnnualReview'];
type AnnualReviewItem = Schemas['AnnualReview']['items'][number];

const INVESTIGATION_TONES: Record<
  AnnualReviewItem['investigation'],
  'ok' | 'error' | 'warning' | 'neutral'
> = { missing: 'error', open: 'warning', completed: 'ok', not_required: 'neutral' };
const AFTER_ACTION_TONES: Record<AnnualReviewItem['afterAction'], 'ok' | 'warning' | 'neutral'> = {
  none: 'neutral',
  open: 'warning',
  completed: 'ok',
};

/** The yearly review of major incidents: investigation, after-action report, open lessons. */
export function AnnualReviewPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [year, setYear] = useState(String(new Date().getFullYear() - 1));
  const query = { countryId: countryId ?? undefined, year };
  const review = useQuery({
    queryKey: ['incidents', 'annual-review', query],
    queryFn: ({ signal }) =>
      api.get<AnnualReview>(withQuery('/api/incidents/annual-review', query), signal),
    enabled: /^\d{4}$/.test(year),
    placeholderData: keepPreviousData,
  });

  return (
    <div className="page">
      <p className="small">
        <Link to="/incidents">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('incidents.list.title')}
        </Link>
      </p>
      <div className="page-head">
        <h1>{t('incidents.annual.title')}</h1>
      </div>
      <section className="card filters">
        <p className="muted small">{t('incidents.annual.intro')}</p>
        <div className="filter-grid">
          <TextField
            label={t('incidents.annual.year')}
            name="year"
            type="number"
            value={year}
            onChange={setYear}
            errors={fieldErrors(review.error)}
          />
        </div>
      </section>
      {review.isPending && /^\d{4}$/.test(year) ? (
        <Loading />
      ) : review.error ? (
        <ErrorBox error={review.error} onRetry={() => void review.refetch()} />
      ) : review.data && review.data.items.length === 0 ? (
        <p className="card empty">{t('incidents.annual.empty', { year: review.data.year })}</p>
      ) : review.data ? (
        <section className="card" aria-busy={review.isFetching}>
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="annual-review-table">
              <thead>
                <tr>
                  <th scope="col">{t('incidents.occurredAt')}</th>
                  <th scope="col">{t('incidents.title')}</th>
                  <th scope="col">{t('incidents.category')}</th>
                  <th scope="col" className="num">
                    {t('incidents.fatalities')}
                  </th>
                  <th scope="col" className="num">
                    {t('incidents.injuries')}
                  </th>
                  <th scope="col">{t('incidents.annual.investigation')}</th>
                  <th scope="col">{t('incidents.annual.afterAction')}</th>
                  <th scope="col" className="num">
                    {t('incidents.annual.openLessons')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {review.data.items.map((i) => (
                  <tr key={i.id}>
                    <td data-label={t('incidents.occurredAt')}>
                      {formatDate(i.occurredAt, locale)}
                    </td>
                    <td data-label={t('incidents.title')}>
                      <Link to={`/incidents/${i.id}`}>{i.title}</Link>
                    </td>
                    <td data-label={t('incidents.category')}>
                      {categoryLabel(i.category, locale)}
                    </td>
                    <td data-label={t('incidents.fatalities')} className="num">
                      {i.fatalities}
                    </td>
                    <td data-label={t('incidents.injuries')} className="num">
                      {i.injuries}
                    </td>
                    <td data-label={t('incidents.annual.investigation')}>
                      <Badge tone={INVESTIGATION_TONES[i.investigation]}>
                        {t(`incidents.annual.investigation.${i.investigation}`)}
                      </Badge>
                    </td>
                    <td data-label={t('incidents.annual.afterAction')}>
                      <Badge tone={AFTER_ACTION_TONES[i.afterAction]}>
                        {t(`incidents.annual.afterAction.${i.afterAction}`)}
                      </Badge>
                    </td>
                    <td data-label={t('incidents.annual.openLessons')} className="num">
                      {i.openLessons}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
