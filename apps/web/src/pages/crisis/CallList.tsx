import { useState } from 'react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  Pager,
  formatDateTime,
  useDebounced,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Status = 'no_answer' | 'safe' | 'need_help';
const TONE = { safe: 'ok', need_help: 'error', no_answer: 'warning' } as const;
const PAGE_SIZE = 25;

export type CallListRow = Schemas['CallListRow'];

type CallListPage = Schemas['CallList'];

/**
 * The warden's call list: the people they account for (the server limits it to their zone),
 * still silent first, with tap-to-call numbers and what each call found. Filtered and paged on
 * the server; on a phone each row is a card (no horizontal scroll).
 */
export function CallList({ crisisId }: { crisisId: string }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [status, setStatus] = useState<Status | ''>('');
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const search = useDebounced(q.trim(), 300);
  const key = ['crisis', crisisId, 'call-list', status, search, page];
  const list = useQuery({
    queryKey: key,
    queryFn: () =>
      api.get<CallListPage>(
        withQuery(`/api/crises/${crisisId}/call-list`, {
          status,
          q: search,
          page,
          pageSize: PAGE_SIZE,
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: 30_000,
  });
  const reach = useMutation({
    mutationFn: (v: { personId: string; outcome: Status }) =>
      api.post<CallListRow>(`/api/crises/${crisisId}/people/${v.personId}/reach`, {
        outcome: v.outcome,
        via: 'phone',
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['crisis', crisisId] }),
  });
  const label = (s: Status) =>
    t(s === 'safe' ? 'crisis.safe' : s === 'need_help' ? 'crisis.needHelp' : 'crisis.noAnswer');

  return (
    <section className="card" id="call-list" aria-labelledby="call-list-title">
      <div className="page-head">
        <h2 id="call-list-title">{t('crisis.callList')}</h2>
        {list.data && (
          <Badge tone={list.data.toReach === 0 ? 'ok' : 'warning'}>
            {t('crisis.stillLeft', { n: list.data.toReach })}
          </Badge>
        )}
      </div>
      <p className="muted">{t('crisis.callListHelp')}</p>
      <div className="filters call-filters">
        <label>
          {t('crisis.callFilter')}
          <select
            name="status"
            value={status}
            onChange={(e) => {
              const v = e.target.value;
              setStatus(v === 'no_answer' || v === 'safe' || v === 'need_help' ? v : '');
              setPage(1);
            }}
          >
            <option value="">{t('crisis.callFilter.all')}</option>
            <option value="no_answer">{t('crisis.callFilter.left')}</option>
            <option value="need_help">{t('crisis.needHelp')}</option>
            <option value="safe">{t('crisis.safe')}</option>
          </select>
        </label>
        <label>
          {t('crisis.callSearch')}
          <input
            type="search"
            name="q"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
          />
        </label>
      </div>
      <FormError error={reach.error} />
      {list.isPending ? (
        <Loading />
      ) : list.error || !list.data ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p className="empty">{t('crisis.callNone')}</p>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} aria-labelledby="call-list-title">
            <table className="responsive call-list" data-testid="call-list">
              <thead>
                <tr>
                  <th scope="col">{t('crisis.name')}</th>
                  <th scope="col">{t('crisis.contact')}</th>
                  <th scope="col">{t('crisis.status')}</th>
                  <th scope="col">{t('crisis.reach')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.items.map((p) => (
                  <tr key={p.personId} data-testid="call-row">
                    <td data-label={t('crisis.name')}>
                      <div>
                        <strong>{p.name}</strong>{' '}
                        <span className="muted">
                          ({p.organization}
                          {p.zone ? ` · ${p.zone}` : ''})
                        </span>
                      </div>
                    </td>
                    <td data-label={t('crisis.contact')}>
                      <div>
                        {p.phone ? (
                          <a className="tel" href={`tel:${p.phone}`} dir="ltr">
                            {p.phone}
                          </a>
                        ) : (
                          '—'
                        )}
                        {p.radioCallSign ? (
                          <span className="muted"> · {p.radioCallSign}</span>
                        ) : null}
                      </div>
                    </td>
                    <td data-label={t('crisis.status')}>
                      <div>
                        <Badge tone={TONE[p.status]}>{label(p.status)}</Badge>
                        {p.answeredVia === 'sms' && (
                          <div className="muted" data-testid="answered-by-sms">
                            {t('crisis.answeredBySms')}
                          </div>
                        )}
                        {p.callListAt && p.status === 'no_answer' && (
                          <div className="muted">{t('crisis.onCallList')}</div>
                        )}
                        {p.callOutcome && p.calledAt && (
                          <div className="muted small" data-testid="last-call">
                            {t('crisis.lastCall', {
                              outcome: label(p.callOutcome),
                              at: formatDateTime(p.calledAt, locale),
                              by: p.calledBy ?? '',
                            })}
                          </div>
                        )}
                        {p.note ? <div className="muted wrap-anywhere">{p.note}</div> : null}
                      </div>
                    </td>
                    <td data-label={t('crisis.reach')} className="actions">
                      {p.canReach && (
                        <div className="button-row">
                          <button
                            type="button"
                            className="btn btn-small"
                            disabled={reach.isPending}
                            aria-label={t('crisis.reachSafeFor', { name: p.name })}
                            onClick={() => reach.mutate({ personId: p.personId, outcome: 'safe' })}
                          >
                            {t('crisis.markSafe')}
                          </button>
                          <button
                            type="button"
                            className="btn btn-small"
                            disabled={reach.isPending}
                            aria-label={t('crisis.reachHelpFor', { name: p.name })}
                            onClick={() =>
                              reach.mutate({ personId: p.personId, outcome: 'need_help' })
                            }
                          >
                            {t('crisis.markHelp')}
                          </button>
                          <button
                            type="button"
                            className="btn btn-small"
                            disabled={reach.isPending}
                            aria-label={t('crisis.reachNoAnswerFor', { name: p.name })}
                            onClick={() =>
                              reach.mutate({ personId: p.personId, outcome: 'no_answer' })
                            }
                          >
                            {t('crisis.noAnswer')}
                          </button>
                        </div>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
