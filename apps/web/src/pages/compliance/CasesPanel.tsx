import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { ErrorBox, Loading, formatDate } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { YearInput } from '../../components/YearInput.tsx';
import type { ApiBody } from '../../schema.ts';

/** Non-compliance cases of one year, with the yearly report as CSV. */
export function CasesPanel({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const [year, setYear] = useState(new Date().getFullYear());
  const cases = useQuery({
    queryKey: ['moss', countryId, 'cases', year],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/non-compliance-cases'>>(
        withQuery(`/api/countries/${countryId}/non-compliance-cases`, { year }),
      ),
  });
  return (
    <section className="card" aria-labelledby="compliance-cases">
      <h2 id="compliance-cases">{t('compliance.cases')}</h2>
      <div className="button-row">
        <YearInput label={t('compliance.year')} value={year} onChange={setYear} />
        <a
          className="btn btn-small"
          href={`/api/countries/${countryId}/non-compliance-report.csv?year=${year}`}
        >
          {t('compliance.reportCsv')}
        </a>
        <a
          className="btn btn-small"
          target="_blank"
          rel="noopener"
          href={`/api/countries/${countryId}/non-compliance-report.html?year=${year}&lang=${locale}`}
        >
          {t('compliance.reportHtml')}
        </a>
      </div>
      {cases.isPending ? (
        <Loading />
      ) : cases.error ? (
        <ErrorBox error={cases.error} />
      ) : cases.data.items.length === 0 ? (
        <p className="empty">{t('compliance.noCases')}</p>
      ) : (
        <ul>
          {cases.data.items.map((c) => (
            <li key={c.id}>
              {formatDate(c.occurredOn, locale)} — <strong>{c.who}</strong>: {c.policy} (
              {t(`compliance.stage.${c.stage}` as 'compliance.stage.negative_impact_on_operations')}
              ){c.actionTaken && <small className="muted"> — {c.actionTaken}</small>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
