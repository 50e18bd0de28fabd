import { useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { QueryView } from '../../components/QueryView.tsx';
import { CheckboxField, TextField } from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { CountryPicker } from '../dashboard/CountryPicker.tsx';
import { formatDollars } from '../governance/GovernanceTabs.tsx';
import { SurgeTabs } from './SurgeTabs.tsx';
import type { Schemas } from '../../schema.ts';
import { Percent } from '../../components/ui.tsx';

type StatsRow = Schemas['SurgeStatistics']['total'];
type SurgeStatistics = Schemas['SurgeStatistics'];

/** Surge statistics by reason for a year: deployments, days, cost, launch within 24 h, visa delay. */
export function StatisticsPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [onlyCountry, setOnlyCountry] = useState(true);
  const query = { year, countryId: onlyCountry && countryId ? countryId : undefined };
  const stats = useQuery({
    queryKey: ['surge-statistics', query],
    queryFn: () => api.get<SurgeStatistics>(withQuery('/api/surge/statistics', query)),
    enabled: /^\d{4}$/.test(year),
    placeholderData: keepPreviousData,
  });
  const cells = (r: StatsRow) => (
    <>
      <td>{r.deployments}</td>
      <td>{r.totalDays}</td>
      <td>{r.averageDays}</td>
      <td>{formatDollars(r.totalCostUsd, locale)}</td>
      <td>
        <Percent value={r.launchedWithin24hPercent} />
      </td>
      <td>
        {r.averageVisaDelayDays === null
          ? '—'
          : `${t('surge.daysCount', { n: r.averageVisaDelayDays })} (${r.visasCounted})`}
      </td>
    </>
  );
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('surge.stats.title')}</h1>
      </div>
      <SurgeTabs />
      <div className="form-grid">
        <TextField
          label={t('surge.stats.year')}
          name="year"
          type="number"
          value={year}
          onChange={setYear}
        />
        <CountryPicker label={t('common.country')} />
        <CheckboxField
          label={t('surge.requests.onlyCountry')}
          name="onlyCountry"
          checked={onlyCountry}
          onChange={setOnlyCountry}
        />
      </div>
      <QueryView query={stats}>
        {(data) =>
          data.byReason.length === 0 ? (
            <p className="card empty" data-testid="surge-stats-empty">
              {t('surge.stats.empty')}
            </p>
          ) : (
            <div className="card table-wrap">
              <table data-testid="surge-stats">
                <thead>
                  <tr>
                    <th scope="col">{t('surge.reason')}</th>
                    <th scope="col">{t('surge.stats.deployments')}</th>
                    <th scope="col">{t('surge.stats.totalDays')}</th>
                    <th scope="col">{t('surge.stats.averageDays')}</th>
                    <th scope="col">{t('surge.stats.cost')}</th>
                    <th scope="col">{t('surge.stats.within24h')}</th>
                    <th scope="col">{t('surge.stats.visaDelay')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.byReason.map((r) => (
                    <tr key={r.reason}>
                      <th scope="row">{t(`surge.reason.${r.reason}` as MessageKey)}</th>
                      {cells(r)}
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t('surge.stats.total')}</th>
                    {cells(data.total)}
                  </tr>
                </tfoot>
              </table>
            </div>
          )
        }
      </QueryView>
    </div>
  );
}
