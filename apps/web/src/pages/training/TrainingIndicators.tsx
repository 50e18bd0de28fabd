import { MANAGEMENT_LEVELS, STAFF_TYPES } from '@fieldsafe/core';
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { useMe } from '../../auth.tsx';
import { CheckboxField, ErrorBox, Loading } from '../../components/ui.tsx';
import { enumLabel } from '../../i18n/labels.ts';
import { useI18n } from '../../i18n/index.tsx';
import { Percent } from '../../components/ui.tsx';

interface Rate {
  required: number;
  valid: number;
  percent: number | null;
}

interface IndicatorRow {
  group: string;
  headcount: number;
  basic: Rate;
  advanced: Rate;
  ssafe: Rate;
  roleTraining: Rate;
  core: Rate;
  specialized: Rate;
  specializedHolders: number;
}

interface Indicators {
  onDate: string;
  countryId: string | null;
  byStaffType: IndicatorRow[];
  byManagementLevel: IndicatorRow[];
  securityPersonnel: IndicatorRow;
  total: IndicatorRow;
}

const RATES = ['basic', 'advanced', 'ssafe', 'roleTraining', 'core', 'specialized'] as const;

function useIndicators(countryId: string | null) {
  return useQuery({
    queryKey: ['training-report', 'indicators', countryId],
    queryFn: () =>
      api.get<Indicators>(withQuery('/api/training/indicators', { countryId: countryId ?? '' })),
  });
}

/**
 * Core and specialized training by staff type and management level [003 ¶113]: for each group,
 * the share of those a course applies to who hold it valid today.
 */
export function TrainingIndicators({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const me = useMe();
  // System-wide figures for those who read training in every country (from the server).
  const headquarters = me.abilities.everyCountry.includes('training.read');
  const [systemWide, setSystemWide] = useState(false);
  const scope = headquarters && systemWide ? null : countryId;
  const ind = useIndicators(scope);
  const csv = withQuery('/api/training/indicators.csv', { countryId: scope ?? '' });

  const label = (dimension: 'staffType' | 'managementLevel', group: string) =>
    group === 'unspecified'
      ? t('training.ind.unspecified')
      : dimension === 'staffType'
        ? enumLabel(t, 'people.staffType', STAFF_TYPES, group)
        : enumLabel(t, 'people.managementLevel', MANAGEMENT_LEVELS, group);

  const table = (
    testId: string,
    caption: string,
    rows: { label: string; row: IndicatorRow; strong?: boolean }[],
  ) => (
    <div className="table-wrap" tabIndex={0}>
      <table className="responsive" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('training.ind.group')}</th>
            <th scope="col">{t('training.ind.headcount')}</th>
            {RATES.map((r) => (
              <th scope="col" key={r}>
                {t(`training.ind.${r}`)}
              </th>
            ))}
            <th scope="col">{t('training.ind.holders')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ label: name, row, strong }) => (
            <tr key={`${testId}-${row.group}`} className={strong ? 'total-row' : undefined}>
              <th scope="row" data-label={t('training.ind.group')}>
                {strong ? <strong>{name}</strong> : name}
              </th>
              <td data-label={t('training.ind.headcount')}>{row.headcount}</td>
              {RATES.map((r) => (
                <td key={r} data-label={t(`training.ind.${r}`)}>
                  {row[r].percent === null ? (
                    '—'
                  ) : (
                    <>
                      <Percent value={row[r].percent} />{' '}
                      <span className="muted">
                        ({row[r].valid}/{row[r].required})
                      </span>
                    </>
                  )}
                </td>
              ))}
              <td data-label={t('training.ind.holders')}>{row.specializedHolders}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section className="card" aria-labelledby="training-indicators" data-testid="indicators">
      <h2 id="training-indicators">{t('training.ind.title')}</h2>
      <p className="help">{t('training.ind.help')}</p>
      <div className="button-row">
        {headquarters && (
          <CheckboxField
            label={t('training.ind.systemWide')}
            name="systemWide"
            checked={systemWide}
            onChange={setSystemWide}
          />
        )}
        <a className="btn" href={csv} download data-testid="indicators-csv">
          {t('training.ind.csv')}
        </a>
      </div>
      {ind.isPending ? (
        <Loading />
      ) : ind.error ? (
        <ErrorBox error={ind.error} onRetry={() => void ind.refetch()} />
      ) : ind.data.total.headcount === 0 ? (
        <p className="empty">{t('training.noPersonnel')}</p>
      ) : (
        <>
          {table('indicators-staff-type', t('training.ind.byStaffType'), [
            ...ind.data.byStaffType.map((row) => ({ label: label('staffType', row.group), row })),
            { label: t('training.ind.security'), row: ind.data.securityPersonnel },
            { label: t('training.ind.total'), row: ind.data.total, strong: true },
          ])}
          {table('indicators-management-level', t('training.ind.byManagementLevel'), [
            ...ind.data.byManagementLevel.map((row) => ({
              label: label('managementLevel', row.group),
              row,
            })),
            { label: t('training.ind.total'), row: ind.data.total, strong: true },
          ])}
        </>
      )}
    </section>
  );
}
