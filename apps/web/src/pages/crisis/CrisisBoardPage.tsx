import { useEffect, useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api } from '../../api.ts';
import { Badge, ErrorBox, FormError, Loading } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CrisisLog, Evacuation } from './CrisisDecisions.tsx';
import { formatDateTime } from '@fieldsafe/core';
import type { Board, Crisis, CrisisPerson } from './types.ts';

const TONE = { safe: 'ok', need_help: 'error', no_answer: 'warning' } as const;

/** The live board (operations console) and, for a warden, their zone and who is left. */
export function CrisisBoardPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [onlyLeft, setOnlyLeft] = useState(false);
  const crisis = useQuery({
    queryKey: ['crisis', id],
    queryFn: () => api.get<Crisis>(`/api/crises/${id}`),
  });
  const board = useQuery({
    queryKey: ['crisis', id, 'board'],
    queryFn: () => api.get<Board>(`/api/crises/${id}/board`),
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
  const mark = useMutation({
    mutationFn: (v: { personId: string; status: 'safe' | 'need_help'; via: string }) =>
      api.post<Board>(`/api/crises/${id}/people/${v.personId}/status`, {
        status: v.status,
        via: v.via,
      }),
    onSuccess: (b) => qc.setQueryData(['crisis', id, 'board'], b),
  });
  const close = useMutation({
    mutationFn: () => api.post<Crisis>(`/api/crises/${id}/close`),
    onSuccess: (c) => qc.setQueryData(['crisis', id], c),
  });

  if (crisis.isPending || board.isPending) return <Loading />;
  if (crisis.error) return <ErrorBox error={crisis.error} />;
  if (board.error) return <ErrorBox error={board.error} onRetry={() => void board.refetch()} />;
  const c = crisis.data;
  const b = board.data;
  const shown = onlyLeft ? b.people.filter((p) => p.status === 'no_answer') : b.people;
  const label = (s: CrisisPerson['status']) =>
    t(s === 'safe' ? 'crisis.safe' : s === 'need_help' ? 'crisis.needHelp' : 'crisis.noAnswer');

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
      <section className="card">
        <div className="page-head">
          <h2>{t('crisis.people')}</h2>
          <label>
            <input
              type="checkbox"
              checked={onlyLeft}
              onChange={(e) => setOnlyLeft(e.target.checked)}
            />{' '}
            {t('crisis.onlyLeft')}
          </label>
        </div>
        <FormError error={mark.error} />
        <div className="table-wrap" tabIndex={0}>
          <table className="responsive">
            <thead>
              <tr>
                <th scope="col">{t('crisis.name')}</th>
                <th scope="col">{t('crisis.zone')}</th>
                <th scope="col">{t('crisis.contact')}</th>
                <th scope="col">{t('crisis.status')}</th>
                <th scope="col">{t('crisis.reach')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((p) => (
                <tr key={p.personId}>
                  <td data-label={t('crisis.name')}>
                    {p.name} <span className="muted">({p.organization})</span>
                  </td>
                  <td data-label={t('crisis.zone')}>{p.zone ?? '—'}</td>
                  <td data-label={t('crisis.contact')}>
                    {p.phone ? <a href={`tel:${p.phone}`}>{p.phone}</a> : '—'}
                    {p.radioCallSign ? ` · ${p.radioCallSign}` : ''}
                  </td>
                  <td data-label={t('crisis.status')}>
                    <Badge tone={TONE[p.status]}>{label(p.status)}</Badge>
                    {p.answeredVia === 'sms' && (
                      <div className="muted" data-testid="answered-by-sms">
                        {t('crisis.answeredBySms')}
                      </div>
                    )}
                    {p.callListAt && p.status === 'no_answer' && (
                      <div className="muted">{t('crisis.onCallList')}</div>
                    )}
                    {p.note ? <div className="muted">{p.note}</div> : null}
                  </td>
                  <td data-label={t('crisis.reach')}>
                    {p.canMark && (
                      <div className="button-row">
                        <button
                          type="button"
                          className="btn btn-small"
                          disabled={mark.isPending}
                          onClick={() =>
                            mark.mutate({ personId: p.personId, status: 'safe', via: 'phone' })
                          }
                        >
                          {t('crisis.markSafe')}
                        </button>
                        <button
                          type="button"
                          className="btn btn-small"
                          disabled={mark.isPending}
                          onClick={() =>
                            mark.mutate({ personId: p.personId, status: 'need_help', via: 'phone' })
                          }
                        >
                          {t('crisis.markHelp')}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
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
