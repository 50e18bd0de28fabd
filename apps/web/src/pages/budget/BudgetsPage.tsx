import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api.ts';
import {
  ErrorBox,
  FormActions,
  FormCard,
  Loading,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { formatDollars, GovernanceTabs } from '../governance/GovernanceTabs.tsx';
import type { Schemas } from '../../schema.ts';
import { useCan } from '../../abilities.ts';

type Budget = Schemas['Budget'];
type BudgetSummary = Schemas['BudgetSummary'];

/** Budgets: system-wide jointly financed budgets by biennium, and local cost-shared budgets. */
export function BudgetsPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [form, setForm] = useState<'system' | 'local' | null>(null);
  const list = useQuery({
    queryKey: ['budgets'],
    queryFn: () => api.get<{ items: BudgetSummary[] }>('/api/budgets'),
  });
  const can = useCan();
  const mayCreateSystem = can.anywhere('budget.manage');
  const mayCreateLocal = can.whole('governance.manage');

  const table = (items: BudgetSummary[], kind: 'system' | 'local') => (
    <div className="table-wrap" tabIndex={0}>
      <table className="responsive" data-testid={`budgets-${kind}`}>
        <thead>
          <tr>
            <th scope="col">{t('budget.biennium')}</th>
            <th scope="col">{t('budget.budgetTitle')}</th>
            {kind === 'local' && <th scope="col">{t('common.dutyStation')}</th>}
            <th scope="col" className="num">
              {t('budget.total')}
            </th>
            {kind === 'system' && (
              <th scope="col" className="num">
                {t('budget.minimum')}
              </th>
            )}
            <th scope="col" className="num">
              {t('budget.version')}
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((b) => (
            <tr key={b.id}>
              <td data-label={t('budget.biennium')}>{b.biennium}</td>
              <td data-label={t('budget.budgetTitle')}>
                <Link to={`/governance/budgets/${b.id}`}>{b.title}</Link>
              </td>
              {kind === 'local' && (
                <td data-label={t('common.dutyStation')}>{b.dutyStationName}</td>
              )}
              <td data-label={t('budget.total')} className="num">
                {formatDollars(b.totalDollars, locale)}
              </td>
              {kind === 'system' && (
                <td data-label={t('budget.minimum')} className="num">
                  {formatDollars(b.minimumDollars, locale)}
                </td>
              )}
              <td data-label={t('budget.version')} className="num">
                {b.version}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  const items = list.data?.items ?? [];
  const system = items.filter((b) => b.kind === 'system');
  const local = items.filter(
    (b) => b.kind === 'local' && (!countryId || b.countryId === countryId),
  );

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('budget.title')}</h1>
        <div className="button-row">
          {mayCreateSystem && (
            <button type="button" className="btn" onClick={() => setForm('system')}>
              {t('budget.newSystem')}
            </button>
          )}
          {mayCreateLocal && (
            <button type="button" className="btn" onClick={() => setForm('local')}>
              {t('budget.newLocal')}
            </button>
          )}
        </div>
      </div>
      <GovernanceTabs />
      {form && <BudgetForm kind={form} onClose={() => setForm(null)} />}
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <section className="card">
            <h2>{t('budget.system')}</h2>
            <p className="muted">{t('budget.systemHelp')}</p>
            {system.length === 0 ? (
              <p className="empty">{t('budget.empty')}</p>
            ) : (
              table(system, 'system')
            )}
          </section>
          <section className="card">
            <h2>{t('budget.local')}</h2>
            <p className="muted">{t('budget.localHelp')}</p>
            {local.length === 0 ? (
              <p className="empty">{t('budget.empty')}</p>
            ) : (
              table(local, 'local')
            )}
          </section>
        </>
      )}
    </div>
  );
}

function BudgetForm({ kind, onClose }: { kind: 'system' | 'local'; onClose: () => void }) {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const structure = useStructure(kind === 'local' ? countryId : null);
  const navigate = useNavigate();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      biennium: '',
      title: '',
      totalDollars: '',
      minimumDollars: '75000',
      dutyStationId: '',
      csv: '',
    },
    (d) => {
      const common = {
        biennium: d.biennium.trim(),
        title: d.title.trim(),
        totalDollars: Number(d.totalDollars.replace(/[\s,]/g, '')),
        ...(d.csv.trim() ? { headcountsCsv: d.csv } : {}),
      };
      return kind === 'system'
        ? api.post<Budget>('/api/budgets/system', {
            ...common,
            minimumDollars: Number(d.minimumDollars.replace(/[\s,]/g, '')),
          })
        : api.post<Budget>('/api/budgets/local', { ...common, dutyStationId: d.dutyStationId });
    },
    {
      invalidate: [['budgets']],
      onDone: (b) => void navigate(`/governance/budgets/${b.id}`),
    },
  );
  return (
    <FormCard
      title={kind === 'system' ? t('budget.newSystem') : t('budget.newLocal')}
      submit={submit}
    >
      {kind === 'local' && (
        <SelectField
          label={t('common.dutyStation')}
          name="dutyStationId"
          value={draft.dutyStationId}
          onChange={set('dutyStationId')}
          options={(structure.data?.dutyStations ?? []).map((s) => ({
            value: s.id,
            label: s.name,
          }))}
          empty={t('common.choose')}
          errors={errors}
          required
        />
      )}
      <TextField
        label={t('budget.biennium')}
        name="biennium"
        value={draft.biennium}
        onChange={set('biennium')}
        placeholder="2016-2017"
        errors={errors}
        required
      />
      <TextField
        label={t('budget.budgetTitle')}
        name="title"
        value={draft.title}
        onChange={set('title')}
        errors={errors}
        required
      />
      <TextField
        label={t('budget.totalUsd')}
        name="totalDollars"
        value={draft.totalDollars}
        onChange={set('totalDollars')}
        errors={errors}
        required
      />
      {kind === 'system' && (
        <TextField
          label={t('budget.minimumUsd')}
          name="minimumDollars"
          value={draft.minimumDollars}
          onChange={set('minimumDollars')}
          errors={errors}
          required
        />
      )}
      <TextAreaField
        label={t('budget.census')}
        name="headcountsCsv"
        value={draft.csv}
        onChange={set('csv')}
        rows={6}
        help={kind === 'system' ? t('budget.censusHelp') : t('budget.censusLocalHelp')}
        errors={errors}
      />
      <FormActions save={save} label={t('budget.compute')} onCancel={onClose} />
    </FormCard>
  );
}
