import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { MOSS_AREA_INFO, MOSS_AREAS } from '@fieldsafe/core';
import { api, withQuery } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  Pager,
  SelectField,
  TextField,
  formatDate,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { localized } from '../../i18n/labels.ts';
import { useOrganizations, useStructure } from '../../queries.ts';
import { MEASURE_STATUSES } from '@fieldsafe/core';
import type { ApiBody, Schemas } from '../../schema.ts';

type MossStatus = Schemas['MossStatus'];
type MossStatusPage = ApiBody<'/api/countries/{id}/moss/status'>;

const PAGE_SIZE = 50;

type RowKey = Pick<MossStatus, 'dutyStationId' | 'organizationId' | 'measureCode'>;
const keyOf = (r: RowKey) => `${r.dutyStationId}|${r.organizationId}|${r.measureCode}`;

function StatusRow({
  row,
  countryId,
  selected,
  onSelect,
}: {
  row: MossStatus;
  countryId: string;
  selected: boolean | null;
  onSelect: (on: boolean) => void;
}) {
  const { t, locale } = useI18n();
  const { draft, set, save } = useDraftForm(
    () => ({ status: row.status, evidence: row.evidence ?? '', dueDate: row.dueDate ?? '' }),
    (d) =>
      api.put<MossStatus>('/api/moss/status', {
        dutyStationId: row.dutyStationId,
        organizationId: row.organizationId,
        measureCode: row.measureCode,
        status: d.status,
        evidence: d.evidence.trim() || null,
        dueDate: d.dueDate || null,
      }),
    { invalidate: [['moss', countryId]] },
  );
  const { status, evidence, dueDate } = draft;
  const changed =
    status !== row.status || evidence !== (row.evidence ?? '') || dueDate !== (row.dueDate ?? '');
  const label = `${row.measureCode} ${row.dutyStationName} ${row.organizationCode}`;
  return (
    <tr className={save.error ? 'row-error' : undefined}>
      {selected !== null && (
        <td className="cell-select">
          {row.abilities.canEdit && (
            <input
              type="checkbox"
              aria-label={t('compliance.bulk.selectRow', { label })}
              checked={selected}
              onChange={(e) => onSelect(e.target.checked)}
              data-testid="moss-select"
            />
          )}
        </td>
      )}
      <td data-label={t('common.dutyStation')}>{row.dutyStationName}</td>
      <td data-label={t('common.organization')}>{row.organizationCode}</td>
      <td data-label={t('compliance.measure')}>{row.measureCode}</td>
      <td data-label={t('common.status')}>
        {row.abilities.canEdit ? (
          <select
            aria-label={`${t('common.status')} ${label}`}
            value={status}
            onChange={(e) => set('status')(e.target.value as MossStatus['status'])}
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
            onChange={(e) => set('evidence')(e.target.value)}
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
            onChange={(e) => set('dueDate')(e.target.value)}
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

/** One status, evidence and due date for every selected row (POST /api/moss/status/bulk). */
function BulkForm({
  rows,
  countryId,
  onDone,
}: {
  rows: RowKey[];
  countryId: string;
  onDone: (updated: number) => void;
}) {
  const { t } = useI18n();
  const {
    draft,
    set,
    save: apply,
    errors,
    submit,
  } = useDraftForm(
    { status: '', evidence: '', dueDate: '' },
    (d) =>
      api.post<{ updated: number }>('/api/moss/status/bulk', {
        items: rows,
        status: d.status,
        evidence: d.evidence.trim() || null,
        dueDate: d.dueDate || null,
      }),
    { invalidate: [['moss', countryId]], onDone: (r) => onDone(r.updated) },
  );
  return (
    <form className="bulk-bar" onSubmit={submit} data-testid="moss-bulk" noValidate>
      <p className="bulk-count" aria-live="polite">
        {t('compliance.bulk.selected', { n: rows.length })}
      </p>
      <div className="filter-grid">
        <SelectField
          label={t('common.status')}
          name="status"
          value={draft.status}
          onChange={set('status')}
          options={MEASURE_STATUSES.map((s) => ({ value: s, label: t(`compliance.status.${s}`) }))}
          empty={t('common.choose')}
          errors={errors}
          required
        />
        <TextField
          label={t('compliance.evidence')}
          name="evidence"
          value={draft.evidence}
          onChange={set('evidence')}
          errors={errors}
        />
        <TextField
          label={t('compliance.dueDate')}
          name="dueDate"
          type="date"
          value={draft.dueDate}
          onChange={set('dueDate')}
          errors={errors}
        />
      </div>
      <FormError error={apply.error} />
      <button
        type="submit"
        className="btn btn-primary"
        disabled={!draft.status || apply.isPending}
        data-testid="moss-bulk-apply"
      >
        {t('compliance.bulk.apply', { n: rows.length })}
      </button>
    </form>
  );
}

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
