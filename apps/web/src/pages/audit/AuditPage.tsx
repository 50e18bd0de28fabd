import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import {
  ErrorBox,
  Loading,
  TextField,
  formatDateTime,
  useDebounced,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type AuditRow = Schemas['AuditRow'];

const PAGE_SIZE = 50;

interface AuditFilter {
  entity: string;
  actor: string;
  from: string;
  to: string;
}

const NO_FILTER: AuditFilter = { entity: '', actor: '', from: '', to: '' };

/** A change's before/after, compact and wrapped (no horizontal scroll on a phone). */
function Change({ row }: { row: AuditRow }) {
  const { t } = useI18n();
  if (row.before === null && row.after === null) return null;
  return (
    <details>
      <summary>{t('audit.change')}</summary>
      <pre className="audit-json wrap-anywhere">
        {JSON.stringify({ before: row.before, after: row.after }, null, 1)}
      </pre>
    </details>
  );
}

/**
 * /audit — the audit trail for those who may read it (`audit.read`): newest first, filtered by
 * record kind, person and days, paged backwards by sequence number.
 */
export function AuditPage() {
  const { t, locale } = useI18n();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  /** The `before` cursor of each page shown so far (undefined: the newest page). */
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const query = useDebounced(filter);
  const before = cursors[cursors.length - 1];
  const list = useQuery({
    queryKey: ['audit', query, before],
    queryFn: () =>
      api.get<{ items: AuditRow[] }>(
        withQuery('/api/audit', {
          entity: query.entity.trim(),
          actor: query.actor.trim(),
          from: query.from,
          to: query.to,
          before,
          limit: PAGE_SIZE,
        }),
      ),
  });
  const set = (patch: Partial<AuditFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setCursors([undefined]);
  };
  const items = list.data?.items ?? [];
  const last = items[items.length - 1];

  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <div className="filter-grid" data-testid="audit-filters">
        <TextField
          name="entity"
          label={t('audit.kind')}
          value={filter.entity}
          onChange={(entity) => set({ entity })}
          placeholder="appointment"
          type="search"
        />
        <TextField
          name="actor"
          label={t('audit.person')}
          value={filter.actor}
          onChange={(actor) => set({ actor })}
          type="search"
        />
        <TextField
          name="from"
          label={t('audit.from')}
          type="date"
          value={filter.from}
          onChange={(from) => set({ from })}
        />
        <TextField
          name="to"
          label={t('audit.to')}
          type="date"
          value={filter.to}
          onChange={(to) => set({ to })}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p data-testid="audit-empty">{t('audit.empty')}</p>
      ) : (
        <table className="responsive" data-testid="audit-trail">
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.person')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.record')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((row) => (
              <tr key={row.seq}>
                <td data-label={t('audit.when')}>{formatDateTime(row.at, locale)}</td>
                <td data-label={t('audit.person')} className="wrap-anywhere">
                  {row.actorLabel}
                </td>
                <td data-label={t('audit.action')} className="wrap-anywhere">
                  <bdi>{row.action}</bdi>
                </td>
                <td data-label={t('audit.record')} className="wrap-anywhere">
                  <bdi>
                    {row.entity} {row.entityId}
                  </bdi>
                  <Change row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label={t('common.pagination')}>
        <button
          type="button"
          className="btn btn-small"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('audit.newer')}
        </button>
        <button
          type="button"
          className="btn btn-small"
          data-testid="audit-older"
          disabled={!last || items.length < PAGE_SIZE}
          onClick={() => last && setCursors((c) => [...c, last.seq])}
        >
          {t('audit.older')}
        </button>
      </nav>
    </div>
  );
}
