import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { CountryPage } from '../../components/CountryPage.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { Badge, formatDate } from '../../components/ui.tsx';
import { YearInput } from '../../components/YearInput.tsx';
import type { MessageKey } from '../../i18n/en.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';
import { findingText } from '../dashboard/InvariantsPanel.tsx';
import { GovernanceTabs } from './GovernanceTabs.tsx';

type Appraisal = Schemas['Appraisal'];

/**
 * Security duties in performance appraisal [004 ¶34–38; 003 Rec. 3, 5]: per appointment holder,
 * the year's measured indicators, with the CSV to attach to the appraisal. The server decides who
 * may read it (the DO for their country, headquarters for their organization).
 */
export function AppraisalPage() {
  const { t } = useI18n();
  return (
    <CountryPage title={t('appraisal.title')} tabs={<GovernanceTabs />}>
      {(countryId) => <AppraisalOf countryId={countryId} />}
    </CountryPage>
  );
}

function AppraisalOf({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const query = useQuery({
    queryKey: ['appraisal', countryId, year],
    queryFn: () => api.get<Appraisal>(withQuery(`/api/countries/${countryId}/appraisal`, { year })),
  });
  return (
    <section className="card" aria-labelledby="appraisal-title">
      <h2 id="appraisal-title">{t('appraisal.title')}</h2>
      <p className="muted">{t('appraisal.intro')}</p>
      <div className="button-row">
        <YearInput label={t('appraisal.year')} value={year} onChange={setYear} min={2000} />
        <a
          className="btn btn-small"
          href={withQuery(`/api/countries/${countryId}/appraisal.csv`, { year })}
          download
          data-testid="appraisal-csv"
        >
          {t('appraisal.csv')}
        </a>
      </div>
      <QueryView query={query}>
        {(a) => (
          <>
            <p className="muted small">
              {t('appraisal.period', {
                from: formatDate(a.from, locale),
                asOf: formatDate(a.asOf, locale),
              })}
            </p>
            {a.holders.length === 0 ? (
              <p className="empty">{t('appraisal.none')}</p>
            ) : (
              a.holders.map((h) => (
                <details
                  key={h.appointmentId}
                  className="appraisal-holder"
                  data-testid="appraisal-holder"
                >
                  <summary>
                    <strong>{h.name}</strong> · {t(`role.${h.role}` as MessageKey)} ·{' '}
                    {h.organizationCode} —{' '}
                    {t('appraisal.met', { met: h.met, measured: h.measured })}
                  </summary>
                  <ul className="duties">
                    {h.indicators.map((i) => (
                      <li key={i.tag}>
                        <Badge tone={i.ok ? 'ok' : 'warning'}>
                          {i.ok ? t('appraisal.ok') : t('appraisal.notOk')}
                        </Badge>{' '}
                        {t(`measure.${i.tag}` as MessageKey)}{' '}
                        <span className="muted small">
                          ({t('appraisal.duties', { duties: i.duties.join(', ') })})
                        </span>
                        {i.findings.length > 0 && (
                          <ul className="measure-findings">
                            {i.findings.map((f, k) => (
                              <li key={k}>{findingText(t, locale, f)}</li>
                            ))}
                          </ul>
                        )}
                      </li>
                    ))}
                  </ul>
                </details>
              ))
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}
