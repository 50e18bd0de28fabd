import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { api, fieldErrors } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SelectField,
  SubmitButton,
  TextAreaField,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { Board, Crisis, CrisisPerson, EvacuationEntry, LogEntry } from './types.ts';

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
        {c.areaName ?? t('crisis.wholeCountry')} · {new Date(c.declaredAt).toLocaleString(locale)}
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

const KINDS = ['alternate_work', 'relocation', 'evacuation', 'note'] as const;

function CrisisLog({
  id,
  canManage,
  canAccount,
}: {
  id: string;
  canManage: boolean;
  canAccount: boolean;
}) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const log = useQuery({
    queryKey: ['crisis', id, 'log'],
    queryFn: () => api.get<LogEntry[]>(`/api/crises/${id}/log`),
  });
  const [d, setD] = useState({ kind: canManage ? 'relocation' : 'note', text: '' });
  const add = useMutation({
    mutationFn: () => api.post<LogEntry>(`/api/crises/${id}/log`, d),
    onSuccess: async () => {
      setD((x) => ({ ...x, text: '' }));
      await qc.invalidateQueries({ queryKey: ['crisis', id, 'log'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const errors = fieldErrors(add.error);
  const kinds = canManage ? KINDS : (['note'] as const);
  return (
    <section className="card">
      <h2>{t('crisis.log')}</h2>
      <ol>
        {(log.data ?? []).map((e) => (
          <li key={e.id}>
            <strong>{new Date(e.at).toLocaleString(locale)}</strong> —{' '}
            {t(`crisis.kind.${e.kind}` as 'crisis.kind.note')}: {e.text}
            {e.decidedBy ? <span className="muted"> ({e.decidedBy})</span> : null}
          </li>
        ))}
      </ol>
      {(canManage || canAccount) && (
        <form className="form-grid" onSubmit={submit} noValidate>
          <SelectField
            label={t('crisis.decision')}
            name="kind"
            value={d.kind}
            onChange={(v) => setD((x) => ({ ...x, kind: v }))}
            options={kinds.map((k) => ({ value: k, label: t(`crisis.kind.${k}`) }))}
            errors={errors}
          />
          <TextAreaField
            label={t('crisis.decisionText')}
            name="text"
            value={d.text}
            onChange={(v) => setD((x) => ({ ...x, text: v }))}
            errors={errors}
            required
          />
          <FormError error={add.error} />
          <SubmitButton busy={add.isPending} label={t('crisis.record')} />
        </form>
      )}
    </section>
  );
}

function Evacuation({ id }: { id: string }) {
  const { t } = useI18n();
  const list = useQuery({
    queryKey: ['crisis', id, 'evacuation'],
    queryFn: () => api.get<EvacuationEntry[]>(`/api/crises/${id}/evacuation`),
  });
  return (
    <section className="card">
      <h2>{t('crisis.evacuation')}</h2>
      <p className="muted">{t('crisis.evacuationHelp')}</p>
      <ul>
        {(list.data ?? []).map((e) => (
          <li key={e.personId}>
            {e.name} ({e.organization}) —{' '}
            <Badge tone={e.eligibility === 'eligible' ? 'ok' : 'warning'}>
              {t(e.eligibility === 'eligible' ? 'crisis.eligible' : 'crisis.caseByCase')}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
