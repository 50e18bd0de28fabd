import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearchParams } from 'react-router';
import { api, withQuery } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  ErrorBox,
  FormActions,
  formatDate,
  Loading,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatDollars, GovernanceTabs } from '../governance/GovernanceTabs.tsx';
import type { Schemas } from '../../schema.ts';
import { Percent } from '../../components/ui.tsx';

type Budget = Schemas['Budget'];
type BudgetSummary = Schemas['BudgetSummary'];
type Comparison = Schemas['BudgetComparison'];

/** One budget: its apportionment table (any version), history, comparison and export. */
export function BudgetPage() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const version = params.get('version') ?? '';
  const compareWith = params.get('compare') ?? '';
  const [editing, setEditing] = useState(false);
  const budget = useQuery({
    queryKey: ['budget', id, version],
    queryFn: () => api.get<Budget>(withQuery(`/api/budgets/${id}`, { version })),
  });
  const all = useQuery({
    queryKey: ['budgets'],
    queryFn: () => api.get<{ items: BudgetSummary[] }>('/api/budgets'),
  });
  const comparison = useQuery({
    queryKey: ['budget-compare', compareWith, id],
    queryFn: () =>
      api.get<Comparison>(withQuery('/api/budgets/compare', { from: compareWith, to: id })),
    enabled: Boolean(compareWith),
  });
  const setParam = (k: string, v: string) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };

  if (budget.isPending) return <Loading />;
  if (budget.error) return <ErrorBox error={budget.error} onRetry={() => void budget.refetch()} />;
  const b = budget.data;
  const others = (all.data?.items ?? []).filter((x) => x.kind === b.kind && x.id !== b.id);
  const minimumPayers = b.lines.filter((l) => l.minimumApplied).length;
  const explanation =
    b.kind === 'system'
      ? t('budget.explainSystem', {
          total: formatDollars(b.totalDollars, locale),
          headcount: formatDollars(b.totalHeadcount, locale),
          minimum: formatDollars(b.minimumDollars, locale),
          payers: minimumPayers,
        })
      : t('budget.explainLocal', {
          total: formatDollars(b.totalDollars, locale),
          headcount: formatDollars(b.totalHeadcount, locale),
          station: b.dutyStationName ?? '',
          source: t(
            b.headcountSource === 'registry' ? 'budget.source.registry' : 'budget.source.entered',
          ),
        });

  return (
    <div className="page">
      <div className="page-head">
        <h1>{b.title}</h1>
        <div className="button-row">
          <a
            className="btn"
            href={withQuery(`/api/budgets/${b.id}/export.csv`, { version: b.shownVersion })}
            download
          >
            {t('budget.export')}
          </a>
          {b.abilities.canEdit && (
            <button type="button" className="btn" onClick={() => setEditing((e) => !e)}>
              {t('budget.change')}
            </button>
          )}
        </div>
      </div>
      <GovernanceTabs />
      <p>
        <Link to="/governance/budgets">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('budget.title')}
        </Link>
      </p>
      <div className="stats">
        <div className="stat">
          <div className="stat-value">{formatDollars(b.totalDollars, locale)}</div>
          <div className="stat-label">{t('budget.totalUsd')}</div>
        </div>
        <div className="stat">
          <div className="stat-value">{b.biennium}</div>
          <div className="stat-label">{t('budget.biennium')}</div>
        </div>
        {b.kind === 'system' && (
          <div className="stat">
            <div className="stat-value">{formatDollars(b.minimumDollars, locale)}</div>
            <div className="stat-label">{t('budget.minimumUsd')}</div>
          </div>
        )}
        <div className="stat">
          <div className="stat-value">{formatDollars(b.totalHeadcount, locale)}</div>
          <div className="stat-label">{t('budget.headcount')}</div>
        </div>
      </div>
      {editing && <EditBudget budget={b} onDone={() => setEditing(false)} />}

      <section className="card">
        <div className="card-head">
          <h2>{t('budget.apportionment')}</h2>
          <SelectField
            label={t('budget.version')}
            name="version"
            value={String(b.shownVersion)}
            onChange={(v) => setParam('version', v === String(b.version) ? '' : v)}
            options={b.versions.map((v) => ({
              value: String(v.version),
              label: `${v.version} — ${formatDate(v.createdAt, locale)}${v.reason ? ` (${v.reason})` : ''}`,
            }))}
          />
        </div>
        <p className="muted">{explanation}</p>
        {b.notes && <p>{b.notes}</p>}
        <div className="table-wrap" tabIndex={0}>
          <table className="responsive" data-testid="apportionment">
            <thead>
              <tr>
                <th scope="col">{t('common.organization')}</th>
                <th scope="col" className="num">
                  {t('budget.headcount')}
                </th>
                <th scope="col" className="num">
                  {t('budget.share')}
                </th>
                <th scope="col" className="num">
                  {t('budget.amount')}
                </th>
              </tr>
            </thead>
            <tbody>
              {b.lines.map((l) => (
                <tr key={l.organizationId}>
                  <td data-label={t('common.organization')}>
                    <abbr title={l.organizationName}>{l.organizationCode}</abbr>
                    {l.minimumApplied && (
                      <>
                        {' '}
                        <Badge tone="info">{t('budget.minimumApplied')}</Badge>
                      </>
                    )}
                  </td>
                  <td data-label={t('budget.headcount')} className="num">
                    {formatDollars(l.headcount, locale)}
                  </td>
                  <td data-label={t('budget.share')} className="num">
                    <Percent value={l.sharePercent} />
                  </td>
                  <td data-label={t('budget.amount')} className="num">
                    {formatDollars(l.amountDollars, locale)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('budget.sum')}</th>
                <td className="num">{formatDollars(b.totalHeadcount, locale)}</td>
                <td />
                <td className="num">
                  <strong>
                    {formatDollars(
                      b.lines.reduce((a, l) => a + l.amountDollars, 0),
                      locale,
                    )}
                  </strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section className="card">
        <h2>{t('budget.compare')}</h2>
        <SelectField
          label={t('budget.compareWith')}
          name="compare"
          value={compareWith}
          onChange={(v) => setParam('compare', v)}
          options={others.map((o) => ({
            value: o.id,
            label: `${o.biennium} — ${o.dutyStationName ?? o.title}`,
          }))}
          empty={t('common.choose')}
        />
        {comparison.error && <ErrorBox error={comparison.error} />}
        {comparison.data && (
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="comparison">
              <thead>
                <tr>
                  <th scope="col">{t('common.organization')}</th>
                  <th scope="col" className="num">
                    {comparison.data.from.biennium}
                  </th>
                  <th scope="col" className="num">
                    {comparison.data.to.biennium}
                  </th>
                  <th scope="col" className="num">
                    {t('budget.change')}
                  </th>
                  <th scope="col" className="num">
                    %
                  </th>
                </tr>
              </thead>
              <tbody>
                {comparison.data.rows.map((r) => (
                  <tr key={r.organizationCode}>
                    <td data-label={t('common.organization')}>{r.organizationCode}</td>
                    <td className="num">{formatDollars(r.before, locale)}</td>
                    <td className="num">{formatDollars(r.after, locale)}</td>
                    <td className="num">
                      {r.change > 0 ? '+' : ''}
                      {formatDollars(r.change, locale)}
                    </td>
                    <td className="num">
                      <Percent value={r.changePercent} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

function EditBudget({ budget, onDone }: { budget: Budget; onDone: () => void }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      totalDollars: String(budget.totalDollars),
      minimumDollars: String(budget.minimumDollars),
      csv: '',
      reason: '',
      refresh: false,
    },
    (d) =>
      api.patch<Budget>(`/api/budgets/${budget.id}`, {
        totalDollars: Number(d.totalDollars.replace(/[\s,]/g, '')),
        ...(budget.kind === 'system'
          ? { minimumDollars: Number(d.minimumDollars.replace(/[\s,]/g, '')) }
          : {}),
        ...(d.csv.trim() ? { headcountsCsv: d.csv } : {}),
        ...(d.refresh ? { refreshFromRegistry: true } : {}),
        ...(d.reason.trim() ? { reason: d.reason.trim() } : {}),
      }),
    { invalidate: [['budget', budget.id], ['budgets']], onDone },
  );
  return (
    <section className="card">
      <h2>{t('budget.change')}</h2>
      <p className="muted">{t('budget.changeHelp')}</p>
      <form className="form-grid" onSubmit={submit} noValidate>
        <TextField
          label={t('budget.totalUsd')}
          name="totalDollars"
          value={draft.totalDollars}
          onChange={set('totalDollars')}
          errors={errors}
        />
        {budget.kind === 'system' && (
          <TextField
            label={t('budget.minimumUsd')}
            name="minimumDollars"
            value={draft.minimumDollars}
            onChange={set('minimumDollars')}
            errors={errors}
          />
        )}
        <TextAreaField
          label={t('budget.census')}
          name="headcountsCsv"
          value={draft.csv}
          onChange={set('csv')}
          help={t('budget.censusKeep')}
          errors={errors}
        />
        {budget.kind === 'local' && (
          <CheckboxField
            label={t('budget.refresh')}
            name="refreshFromRegistry"
            checked={draft.refresh}
            onChange={set('refresh')}
            errors={errors}
          />
        )}
        <TextField
          label={t('budget.reason')}
          name="reason"
          value={draft.reason}
          onChange={set('reason')}
          errors={errors}
        />
        <FormActions save={save} label={t('budget.compute')} onCancel={onDone} />
      </form>
    </section>
  );
}
