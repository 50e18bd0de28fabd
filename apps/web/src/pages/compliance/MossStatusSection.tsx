import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { MOSS_AREA_INFO, MOSS_AREAS } from '@fieldsafe/core';
import { api, withQuery } from '../../api.ts';
import { ErrorBox, Loading, Pager, SelectField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { localized } from '../../i18n/labels.ts';
import { useOrganizations, useStructure } from '../../queries.ts';
import { MEASURE_STATUSES } from '@fieldsafe/core';
import type { ApiBody } from '../../schema.ts';
import { BulkForm, StatusRow, keyOf, type RowKey } from './MossStatusSectionRows.tsx';

type MossStatusPage = ApiBody<'/api/countries/{id}/moss/status'>;

const PAGE_SIZE = 50;

/**
 * The implementation status of every adopted measure, by location (area, duty station) and MOSS
 * area, a page at a time; rows the person may report on can be selected and changed together.
 */
export function MossStatusSection({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const structure = useStructure(countryId);
  const orgs = useOrganizations();
  const [filter, setFilter] = useState({
    areaId: '',
    dutyStationId: '',
    organizationId: '',
    mossArea: '',
    status: '',
  });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, RowKey>>(new Map());
  const [done, setDone] = useState<number | null>(null);
  const statuses = useQuery({
    queryKey: ['moss', countryId, 'status', filter, page],
    queryFn: () =>
      api.get<MossStatusPage>(
        withQuery(`/api/countries/${countryId}/moss/status`, {
          ...filter,
          page: String(page),
          pageSize: String(PAGE_SIZE),
        }),
      ),
  });
  const set = (name: keyof typeof filter) => (value: string) => {
    setFilter((f) => ({
      ...f,
      [name]: value,
      // A duty station belongs to one area: choosing an area clears a station elsewhere.
      ...(name === 'areaId' ? { dutyStationId: '' } : {}),
    }));
    setPage(1);
    setSelected(new Map());
  };
  const select = (row: RowKey, on: boolean) =>
    setSelected((m) => {
      const next = new Map(m);
      if (on)
        next.set(keyOf(row), {
          dutyStationId: row.dutyStationId,
          organizationId: row.organizationId,
          measureCode: row.measureCode,
        });
      else next.delete(keyOf(row));
      return next;
    });
  const items = statuses.data?.items ?? [];
  const editable = items.filter((r) => r.abilities.canEdit);
  const canSelect = editable.length > 0;
  const allOnPage = canSelect && editable.every((r) => selected.has(keyOf(r)));
  const stations = (structure.data?.dutyStations ?? []).filter(
    (s) => !filter.areaId || s.areaId === filter.areaId,
  );

  return (
    <section className="card" aria-labelledby="moss-status">
      <h2 id="moss-status">{t('compliance.statusTitle')}</h2>
      <div className="filter-grid">
        <SelectField
          label={t('common.area')}
          name="areaId"
          value={filter.areaId}
          onChange={set('areaId')}
          options={(structure.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
          empty={t('common.any')}
        />
        <SelectField
          label={t('common.dutyStation')}
          name="dutyStationId"
          value={filter.dutyStationId}
          onChange={set('dutyStationId')}
          options={stations.map((s) => ({ value: s.id, label: s.name }))}
          empty={t('common.any')}
        />
        <SelectField
          label={t('common.organization')}
          name="organizationId"
          value={filter.organizationId}
          onChange={set('organizationId')}
          options={[...(orgs.data?.items ?? [])]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((o) => ({ value: o.id, label: o.code }))}
          empty={t('common.any')}
        />
        <SelectField
          label={t('compliance.mossArea')}
          name="mossArea"
          value={filter.mossArea}
          onChange={set('mossArea')}
          options={MOSS_AREAS.map((a) => ({
            value: a,
            label: localized(MOSS_AREA_INFO[a].label, locale),
          }))}
          empty={t('common.any')}
        />
        <SelectField
          label={t('common.status')}
          name="status"
          value={filter.status}
          onChange={set('status')}
          options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`compliance.status.${s}`) }))}
          empty={t('common.any')}
        />
      </div>
      {done !== null && (
        <p className="alert alert-success" role="status" data-testid="moss-bulk-done">
          {t('compliance.bulk.done', { n: done })}
        </p>
      )}
      {selected.size > 0 && (
        <BulkForm
          rows={[...selected.values()]}
          countryId={countryId}
          onDone={(n) => {
            setDone(n);
            setSelected(new Map());
          }}
        />
      )}
      {statuses.isPending ? (
        <Loading />
      ) : statuses.error ? (
        <ErrorBox error={statuses.error} />
      ) : items.length === 0 ? (
        <p className="empty">{t('compliance.noStatus')}</p>
      ) : (
        <>
          {canSelect && (
            <label className="field-check select-page">
              <input
                type="checkbox"
                checked={allOnPage}
                onChange={(e) => {
                  for (const r of editable) select(r, e.target.checked);
                  setDone(null);
                }}
                data-testid="moss-select-page"
              />{' '}
              {t('compliance.bulk.selectPage')}
            </label>
          )}
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="moss-status">
              <thead>
                <tr>
                  {canSelect && (
                    <th scope="col">
                      <span className="visually-hidden">{t('compliance.bulk.selectColumn')}</span>
                    </th>
                  )}
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
                {items.map((r) => (
                  <StatusRow
                    key={`${keyOf(r)}|${r.status}|${r.evidence ?? ''}`}
                    row={r}
                    countryId={countryId}
                    selected={canSelect ? selected.has(keyOf(r)) : null}
                    onSelect={(on) => {
                      select(r, on);
                      setDone(null);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <Pager
            page={page}
            pageSize={PAGE_SIZE}
            total={statuses.data?.total ?? 0}
            onPage={setPage}
          />
        </>
      )}
    </section>
  );
}
