import { MEASURE_STATUSES } from '@fieldsafe/core';
import { api } from '../../api.ts';
import { Badge, FormError, SelectField, TextField, formatDate } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

// The rows of the MOSS status table and the form that changes the selected rows together.

type MossStatus = Schemas['MossStatus'];

export type RowKey = Pick<MossStatus, 'dutyStationId' | 'organizationId' | 'measureCode'>;
export const keyOf = (r: RowKey) => `${r.dutyStationId}|${r.organizationId}|${r.measureCode}`;

export function StatusRow({
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
export function BulkForm({
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
