import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { ErrorBox, Loading, Pager, Percent } from '../../components/ui.tsx';
import { YearInput } from '../../components/YearInput.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Rates = Schemas['ComplianceSystemRate'];
type YearRate = Rates['overall']['years'][number];

const PAGE = 10;

function RateRows({
  label,
  years,
  total,
}: {
  label: string;
  years: YearRate[];
  total: YearRate | null;
}) {
  const { t } = useI18n();
  return (
    <>
      {[...years, ...(total ? [total] : [])].map((y) => (
        <tr key={`${label}-${y.year}`} className={y.year === 0 ? 'total' : undefined}>
          <th scope="row">{label}</th>
          <td data-label={t('systemRate.year')}>
            {y.year === 0 ? t('systemRate.allYears') : y.year}
          </td>
          <td data-label={t('systemRate.due')}>{y.due}</td>
          <td data-label={t('systemRate.closedOnTime')}>{y.closedOnTime}</td>
          <td data-label={t('systemRate.closed')}>{y.closed}</td>
          <td data-label={t('systemRate.rate')}>
            {y.percent === null ? t('common.none') : <Percent value={y.percent} />}
          </td>
        </tr>
      ))}
    </>
  );
}

function Head() {
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        <th scope="col">{t('systemRate.country')}</th>
        <th scope="col">{t('systemRate.year')}</th>
        <th scope="col">{t('systemRate.due')}</th>
        <th scope="col">{t('systemRate.closedOnTime')}</th>
        <th scope="col">{t('systemRate.closed')}</th>
        <th scope="col">{t('systemRate.rate')}</th>
      </tr>
    </thead>
  );
}

/**
 * Headquarters: the implementation rate of compliance missions' recommendations across every
 * country, per year, with the CSV for the IASMN. The server refuses (403) anyone else.
 */
export function SystemRatePage() {
  const { t } = useI18n();
  const year = new Date().getFullYear();
  const [fromYear, setFromYear] = useState(year - 2);
  const [toYear, setToYear] = useState(year);
  const [page, setPage] = useState(1);
  const range = { fromYear, toYear };
  const rates = useQuery({
    queryKey: ['compliance', 'system-rate', fromYear, toYear],
    queryFn: () => api.get<Rates>(withQuery('/api/compliance/system-rate', range)),
  });
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('systemRate.title')}</h1>
      </div>
      <section className="card" aria-labelledby="system-rate">
        <h2 id="system-rate" className="visually-hidden">
          {t('systemRate.title')}
        </h2>
        <p className="muted">{t('systemRate.intro')}</p>
        <div className="button-row">
          <YearInput label={t('systemRate.fromYear')} value={fromYear} onChange={setFromYear} />
          <YearInput label={t('systemRate.toYear')} value={toYear} onChange={setToYear} />
          <a
            className="btn btn-small"
            href={withQuery('/api/compliance/system-rate.csv', range)}
            data-testid="system-rate-csv"
          >
            {t('systemRate.csv')}
          </a>
        </div>
        {rates.isPending ? (
          <Loading />
        ) : rates.error ? (
          <ErrorBox error={rates.error} />
        ) : rates.data.overall.years.length === 0 ? (
          <p className="empty">{t('systemRate.none')}</p>
        ) : (
          <>
            <div className="table-wrap" tabIndex={0}>
              <table className="responsive" data-testid="system-rate-overall">
                <Head />
                <tbody>
                  <RateRows
                    label={t('systemRate.all')}
                    years={rates.data.overall.years}
                    total={rates.data.overall.total}
                  />
                </tbody>
              </table>
            </div>
            <div className="table-wrap" tabIndex={0}>
              <table className="responsive" data-testid="system-rate-countries">
                <Head />
                <tbody>
                  {rates.data.countries.slice((page - 1) * PAGE, page * PAGE).map((c) => (
                    <RateRows key={c.countryId} label={c.name} years={c.years} total={c.total} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pager
              page={page}
              pageSize={PAGE}
              total={rates.data.countries.length}
              onPage={setPage}
            />
          </>
        )}
      </section>
    </div>
  );
}
