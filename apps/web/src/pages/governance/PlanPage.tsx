import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { CountryPicker } from '../dashboard/CountryPicker.tsx';
import { GovernanceTabs } from './GovernanceTabs.tsx';
import type { Indicator, Plan, PlanSummary } from './types.ts';

/** The DO's yearly security management plans of the current country, with their indicators. */
export function PlanPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const plans = useQuery({
    queryKey: ['security-plans', countryId],
    queryFn: () =>
      api.get<{ items: PlanSummary[]; abilities: { canEdit: boolean } }>(
        `/api/countries/${countryId ?? ''}/security-plans`,
      ),
    enabled: Boolean(countryId),
  });
  const planId = selected ?? plans.data?.items[0]?.id ?? null;
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('gov.plan.title')}</h1>
        {plans.data?.abilities.canEdit && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('gov.plan.add')}
          </button>
        )}
      </div>
      <GovernanceTabs />
      <CountryPicker label={t('gov.country')} />
      {!countryId ? (
        <p className="card empty">{t('gov.chooseCountry')}</p>
      ) : plans.isPending ? (
        <Loading />
      ) : plans.error ? (
        <ErrorBox error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <>
          {creating && (
            <PlanEditor
              countryId={countryId}
              onDone={(id) => {
                setCreating(false);
                if (id) setSelected(id);
              }}
            />
          )}
          {plans.data?.items.length === 0 && <p className="card empty">{t('gov.plan.empty')}</p>}
          <div className="button-row">
            {plans.data?.items.map((p) => (
              <button
                key={p.id}
                type="button"
                className={`btn btn-small${p.id === planId ? ' btn-active' : ''}`}
                onClick={() => setSelected(p.id)}
              >
                {p.year} — {t('gov.plan.met', { met: p.indicatorsMet, total: p.indicatorsTotal })}
              </button>
            ))}
          </div>
          {planId && <PlanView id={planId} />}
        </>
      )}
    </div>
  );
}

function PlanView({ id }: { id: string }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  const plan = useQuery({
    queryKey: ['security-plan', id],
    queryFn: () => api.get<Plan>(`/api/security-plans/${id}`),
  });
  if (plan.isPending) return <Loading />;
  if (plan.error) return <ErrorBox error={plan.error} />;
  const p = plan.data;
  if (editing)
    return <PlanEditor countryId={p.countryId} plan={p} onDone={() => setEditing(false)} />;
  return (
    <section className="card">
      <div className="card-head">
        <h2>{p.title}</h2>
        {p.abilities.canEdit && (
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('gov.plan.record')}
          </button>
        )}
      </div>
      <p className="muted">
        {t('gov.plan.summary', {
          met: p.indicatorsMet,
          assessed: p.indicatorsAssessed,
          total: p.indicatorsTotal,
        })}
      </p>
      <div className="table-wrap">
        <table className="responsive" data-testid="plan-indicators">
          <thead>
            <tr>
              <th scope="col">{t('gov.plan.indicator')}</th>
              <th scope="col">{t('gov.plan.target')}</th>
              <th scope="col">{t('gov.plan.result')}</th>
              <th scope="col">{t('gov.plan.metQ')}</th>
            </tr>
          </thead>
          <tbody>
            {p.indicators.map((i) => (
              <tr key={i.id}>
                <td data-label={t('gov.plan.indicator')}>{i.description}</td>
                <td data-label={t('gov.plan.target')}>{i.target}</td>
                <td data-label={t('gov.plan.result')}>{i.result ?? t('common.none')}</td>
                <td data-label={t('gov.plan.metQ')}>
                  {i.met === null ? (
                    <Badge tone="neutral">{t('gov.plan.notAssessed')}</Badge>
                  ) : i.met ? (
                    <Badge tone="ok">{t('common.yes')}</Badge>
                  ) : (
                    <Badge tone="error">{t('common.no')}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const blank = (): Indicator => ({ description: '', target: '', result: null, met: null });

function PlanEditor({
  countryId,
  plan,
  onDone,
}: {
  countryId: string;
  plan?: Plan;
  onDone: (id?: string) => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [year, setYear] = useState(String(plan?.year ?? new Date().getFullYear()));
  const [title, setTitle] = useState(plan?.title ?? '');
  const [rows, setRows] = useState<Indicator[]>(
    plan
      ? plan.indicators.map(({ description, target, result, met }) => ({
          description,
          target,
          result,
          met,
        }))
      : [blank()],
  );
  const save = useMutation({
    mutationFn: () => {
      const body = {
        year: Number(year),
        title,
        indicators: rows.filter((r) => r.description.trim() || r.target.trim()),
      };
      return plan
        ? api.patch<Plan>(`/api/security-plans/${plan.id}`, body)
        : api.post<Plan>(`/api/countries/${countryId}/security-plans`, body);
    },
    onSuccess: async (p) => {
      await qc.invalidateQueries({ queryKey: ['security-plans', countryId] });
      qc.setQueryData(['security-plan', p.id], p);
      onDone(p.id);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  const setRow = (i: number, change: Partial<Indicator>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...change } : r)));
  return (
    <section className="card">
      <h2>{plan ? t('gov.plan.record') : t('gov.plan.add')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <TextField
            label={t('gov.plan.year')}
            name="year"
            type="number"
            value={year}
            onChange={setYear}
            errors={errors}
            required
          />
          <TextField
            label={t('gov.plan.planTitle')}
            name="title"
            value={title}
            onChange={setTitle}
            errors={errors}
            required
          />
        </div>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('gov.plan.indicator')}</th>
                <th scope="col">{t('gov.plan.target')}</th>
                <th scope="col">{t('gov.plan.result')}</th>
                <th scope="col">{t('gov.plan.metQ')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, i) => (
                <tr
                  key={i}
                  className={
                    errors[`indicators.${i}.description`] || errors[`indicators.${i}.target`]
                      ? 'row-error'
                      : undefined
                  }
                >
                  <td>
                    <input
                      aria-label={t('gov.plan.indicator')}
                      value={r.description}
                      onChange={(e) => setRow(i, { description: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('gov.plan.target')}
                      value={r.target}
                      onChange={(e) => setRow(i, { target: e.target.value })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('gov.plan.result')}
                      value={r.result ?? ''}
                      onChange={(e) =>
                        setRow(i, { result: e.target.value.trim() ? e.target.value : null })
                      }
                    />
                  </td>
                  <td>
                    <select
                      aria-label={t('gov.plan.metQ')}
                      value={r.met === null ? '' : String(r.met)}
                      onChange={(e) =>
                        setRow(i, { met: e.target.value === '' ? null : e.target.value === 'true' })
                      }
                    >
                      <option value="">{t('gov.plan.notAssessed')}</option>
                      <option value="true">{t('common.yes')}</option>
                      <option value="false">{t('common.no')}</option>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="button-row">
          <button
            type="button"
            className="btn btn-small"
            onClick={() => setRows((rs) => [...rs, blank()])}
          >
            {t('gov.plan.addIndicator')}
          </button>
        </div>
        <FormError error={save.error} />
        <div className="form-actions button-row">
          <SubmitButton busy={save.isPending} label={t('common.save')} />
          <button type="button" className="btn" onClick={() => onDone()}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
