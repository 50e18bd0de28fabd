import { useEffect } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../api.ts';
import { Badge, ErrorBox, Loading } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CallList } from './CallList.tsx';
import { Evacuation } from './CrisisDecisions.tsx';
import { CrisisLog } from './CrisisLog.tsx';
import { formatDateTime } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Board = Schemas['CrisisBoard'];
type Crisis = Schemas['Crisis'];

/** The live board (operations console) and, for a warden, their zone and who is left. */
export function CrisisBoardPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const crisis = useQuery({
    queryKey: ['crisis', id],
    queryFn: () => api.get<Crisis>(`/api/crises/${id}`),
  });
  const board = useQuery({
    queryKey: ['crisis', id, 'board'],
    // The counts alone: the people come a page at a time from the call list below.
    queryFn: () => api.get<Board>(`/api/crises/${id}/board?pageSize=0`),
    refetchInterval: 30_000,
  });
  // Live: the server pushes the counts when they change; the lists follow.
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource(`/api/crises/${id}/events`);
    source.addEventListener(
      'board',
      () => void qc.invalidateQueries({ queryKey: ['crisis', id, 'board'] }),
    );
    return () => source.close();
  }, [id, qc]);
  const close = useMutation({
    mutationFn: () => api.post<Crisis>(`/api/crises/${id}/close`),
    onSuccess: (c) => qc.setQueryData(['crisis', id], c),
  });

  if (crisis.isPending || board.isPending) return <Loading />;
  if (crisis.error) return <ErrorBox error={crisis.error} />;
  if (board.error) return <ErrorBox error={board.error} onRetry={() => void board.refetch()} />;
  const c = crisis.data;
  const b = board.data;

  return (
    <div className="page">
      <div className="page-head">
        <h1>
          {c.title}{' '}
          <Badge tone={c.status === 'active' ? 'error' : 'neutral'}>
            {t(c.status === 'active' ? 'crisis.active' : 'crisis.closed')}
          </Badge>
        </h1>
        {c.abilities.canManage && c.status === 'active' && (
          <button
            type="button"
            className="btn"
            onClick={() => close.mutate()}
            disabled={close.isPending}
          >
            {t('crisis.close')}
          </button>
        )}
      </div>
      <p className="muted">
        {c.areaName ?? t('crisis.wholeCountry')} · {formatDateTime(c.declaredAt, locale)}
      </p>
      <div className="stats" aria-live="polite" data-testid="crisis-counts">
        <div className="stat">
          <div className="stat-value" data-testid="count-total">
            {b.counts.total}
          </div>
          <div className="stat-label">{t('crisis.total')}</div>
        </div>
        <div className="stat">
          <div className="stat-value" data-testid="count-safe">
            {b.counts.safe}
          </div>
          <div className="stat-label">{t('crisis.safe')}</div>
        </div>
        <div className="stat">
          <div className="stat-value" data-testid="count-need-help">
            {b.counts.needHelp}
          </div>
          <div className="stat-label">{t('crisis.needHelp')}</div>
        </div>
        <div className="stat">
          <div className="stat-value" data-testid="count-no-answer">
            {b.counts.noAnswer}
          </div>
          <div className="stat-label">{t('crisis.noAnswer')}</div>
        </div>
      </div>
      <p>
        {b.allAccountedFor ? (
          <Badge tone="ok">{t('crisis.allAccounted')}</Badge>
        ) : (
          <Badge tone="warning">{t('crisis.stillLeft', { n: b.counts.noAnswer })}</Badge>
        )}
      </p>
      <section className="card">
        <h2>{t('crisis.byZone')}</h2>
        <CountsTable
          rows={b.byZone.map((z) => ({
            key: z.zoneId ?? '-',
            name: z.zone ?? t('crisis.noZone'),
            ...z,
          }))}
        />
        <h2>{t('crisis.byOrganization')}</h2>
        <CountsTable
          rows={b.byOrganization.map((o) => ({
            key: o.organizationId,
            name: o.organization,
            ...o,
          }))}
        />
      </section>
      <CallList crisisId={id} />
      <CrisisLog id={id} canManage={c.abilities.canManage} canAccount={c.abilities.canAccount} />
      <Evacuation id={id} />
    </div>
  );
}

function CountsTable({
  rows,
}: {
  rows: {
    key: string;
    name: string;
    safe: number;
    needHelp: number;
    noAnswer: number;
    total: number;
  }[];
}) {
  const { t } = useI18n();
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="responsive">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col" className="num">
              {t('crisis.safe')}
            </th>
            <th scope="col" className="num">
              {t('crisis.needHelp')}
            </th>
            <th scope="col" className="num">
              {t('crisis.noAnswer')}
            </th>
            <th scope="col" className="num">
              {t('crisis.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.name}</th>
              <td className="num" data-label={t('crisis.safe')}>
                {r.safe}
              </td>
              <td className="num" data-label={t('crisis.needHelp')}>
                {r.needHelp}
              </td>
              <td className="num" data-label={t('crisis.noAnswer')}>
                {r.noAnswer}
              </td>
              <td className="num" data-label={t('crisis.total')}>
                {r.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
