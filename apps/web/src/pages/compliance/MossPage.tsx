import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { Badge, ErrorBox, Loading, SelectField, formatDate } from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations, useStructure } from '../../queries.ts';
import { CasesPanel } from './CasesPanel.tsx';
import { MissionsPanel } from './MissionsPanel.tsx';
import { MossAdoptionPanel } from './MossAdoption.tsx';
import { MEASURE_STATUSES } from '@fieldsafe/core';
import type { ApiBody, Schemas } from '../../schema.ts';

type MossStatus = Schemas['MossStatus'];
type Summary = Schemas['MossCompliance']['country'];
import { Percent } from '../../components/ui.tsx';
import { ChooseCountry } from '../../components/ChooseCountry.tsx';

function Rate({ s }: { s: Summary }) {
  const { t } = useI18n();
  if (s.percent === null) return <span className="muted">{t('common.none')}</span>;
  const tone = s.percent >= 90 ? 'ok' : s.percent >= 60 ? 'warning' : 'error';
  return (
    <Badge tone={tone}>
      <Percent value={s.percent} />
    </Badge>
  );
}

function StatusRow({ row, countryId }: { row: MossStatus; countryId: string }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [status, setStatus] = useState(row.status);
  const [evidence, setEvidence] = useState(row.evidence ?? '');
  const [dueDate, setDueDate] = useState(row.dueDate ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.put<MossStatus>('/api/moss/status', {
        dutyStationId: row.dutyStationId,
        organizationId: row.organizationId,
        measureCode: row.measureCode,
        status,
        evidence: evidence.trim() || null,
        dueDate: dueDate || null,
      }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['moss', countryId] }),
  });
  const changed =
    status !== row.status || evidence !== (row.evidence ?? '') || dueDate !== (row.dueDate ?? '');
  const label = `${row.measureCode} ${row.dutyStationName} ${row.organizationCode}`;
  return (
    <tr className={save.error ? 'row-error' : undefined}>
      <td data-label={t('common.dutyStation')}>{row.dutyStationName}</td>
      <td data-label={t('common.organization')}>{row.organizationCode}</td>
      <td data-label={t('compliance.measure')}>{row.measureCode}</td>
      <td data-label={t('common.status')}>
        {row.abilities.canEdit ? (
          <select
            aria-label={`${t('common.status')} ${label}`}
            value={status}
            onChange={(e) => setStatus(e.target.value)}
          >
            {MEASURE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`compliance.status.${s}`)}
              </option>
            ))}
          </select>
        ) : (
          t(`compliance.status.${row.status}` as 'compliance.status.implemented')
        )}
        {!row.recorded && (
          <>
            {' '}
            <Badge tone="neutral">{t('compliance.notReported')}</Badge>
          </>
        )}
      </td>
      <td data-label={t('compliance.evidence')}>
        {row.abilities.canEdit ? (
          <input
            aria-label={`${t('compliance.evidence')} ${label}`}
            value={evidence}
            onChange={(e) => setEvidence(e.target.value)}
          />
        ) : (
          (row.evidence ?? t('common.none'))
        )}
        {save.error && <small className="field-error">{(save.error as Error).message}</small>}
      </td>
      <td data-label={t('compliance.dueDate')}>
        {row.abilities.canEdit ? (
          <input
            type="date"
            aria-label={`${t('compliance.dueDate')} ${label}`}
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
          />
        ) : (
          formatDate(row.dueDate, locale)
        )}
        {row.overdue && (
          <>
            {' '}
            <Badge tone="error">{t('compliance.overdue')}</Badge>
          </>
        )}
      </td>
      <td>
        {row.abilities.canEdit && changed && (
          <button
            type="button"
            className="btn btn-small btn-primary"
            disabled={save.isPending}
            onClick={() => save.mutate()}
          >
            {t('common.save')}
          </button>
        )}
      </td>
    </tr>
  );
}

/** MOSS dashboard: compliance rates, adoption by the SMT, status per station and organization. */
export function MossPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const structure = useStructure(countryId);
  const orgs = useOrganizations();
  const [station, setStation] = useState('');
  const [org, setOrg] = useState('');
  const compliance = useQuery({
    queryKey: ['moss', countryId, 'compliance'],
    queryFn: () =>
      api.get<Schemas['MossCompliance']>(`/api/countries/${countryId ?? ''}/moss/compliance`),
    enabled: Boolean(countryId),
  });
  const statuses = useQuery({
    queryKey: ['moss', countryId, 'status', station, org],
    queryFn: () =>
      api.get<ApiBody<'/api/countries/{id}/moss/status'>>(
        withQuery(`/api/countries/${countryId ?? ''}/moss/status`, {
          dutyStationId: station,
          organizationId: org,
        }),
      ),
    enabled: Boolean(countryId),
  });
  if (!countryId) return <ChooseCountry />;

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('compliance.title')}</h1>
      </div>
      <section className="card" aria-labelledby="moss-rates">
        <h2 id="moss-rates">{t('compliance.compliance')}</h2>
        {compliance.isPending ? (
          <Loading />
        ) : compliance.error ? (
          <ErrorBox error={compliance.error} />
        ) : (
          <>
            <p data-testid="moss-country-rate">
              {t('compliance.countryRate')}: <Rate s={compliance.data.country} />{' '}
              <small className="muted">
                {t('compliance.applicable', { n: compliance.data.country.applicable })}
              </small>
            </p>
            <div className="grid-2">
              <table>
                <caption>{t('compliance.byLocation')}</caption>
                <tbody>
                  {compliance.data.byLocation.map((l) => (
                    <tr key={l.dutyStationId}>
                      <th scope="row">{l.name}</th>
                      <td>
                        <Rate s={l} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <table>
                <caption>{t('compliance.byOrganization')}</caption>
                <tbody>
                  {compliance.data.byOrganization.map((o) => (
                    <tr key={o.organizationId}>
                      <th scope="row">{o.code}</th>
                      <td>
                        <Rate s={o} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section className="card" aria-labelledby="moss-status">
        <h2 id="moss-status">{t('compliance.statusTitle')}</h2>
        <div className="filter-grid">
          <SelectField
            label={t('common.dutyStation')}
            name="dutyStationId"
            value={station}
            onChange={setStation}
            options={(structure.data?.dutyStations ?? []).map((s) => ({
              value: s.id,
              label: s.name,
            }))}
            empty={t('common.any')}
          />
          <SelectField
            label={t('common.organization')}
            name="organizationId"
            value={org}
            onChange={setOrg}
            options={[...(orgs.data?.items ?? [])]
              .sort((a, b) => a.code.localeCompare(b.code))
              .map((o) => ({ value: o.id, label: o.code }))}
            empty={t('common.any')}
          />
        </div>
        {statuses.isPending ? (
          <Loading />
        ) : statuses.error ? (
          <ErrorBox error={statuses.error} />
        ) : statuses.data.items.length === 0 ? (
          <p className="empty">{t('compliance.noStatus')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="moss-status">
              <thead>
                <tr>
                  <th scope="col">{t('common.dutyStation')}</th>
                  <th scope="col">{t('common.organization')}</th>
                  <th scope="col">{t('compliance.measure')}</th>
                  <th scope="col">{t('common.status')}</th>
                  <th scope="col">{t('compliance.evidence')}</th>
                  <th scope="col">{t('compliance.dueDate')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.save')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {statuses.data.items.map((r) => (
                  <StatusRow
                    key={`${r.dutyStationId}|${r.organizationId}|${r.measureCode}|${r.status}|${r.evidence ?? ''}`}
                    row={r}
                    countryId={countryId}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <MissionsPanel countryId={countryId} />
      <CasesPanel countryId={countryId} />
      <MossAdoptionPanel countryId={countryId} />
    </div>
  );
}
