import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { CountryPage } from '../../components/CountryPage.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import { Badge, ErrorBox, FormActions, Loading, TextField } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { GovernanceTabs } from './GovernanceTabs.tsx';
import type { Schemas } from '../../schema.ts';

/** An indicator row as edited (the server gives it an id when saved). */
type Indicator = Omit<Schemas['SecurityManagementPlan']['indicators'][number], 'id'>;
type Plan = Schemas['SecurityManagementPlan'];
type PlanSummary = Schemas['SecurityManagementPlanSummary'];

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
    <CountryPage
      title={t('gov.plan.title')}
      action={
        plans.data?.abilities.canEdit && (
          <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('gov.plan.add')}
          </button>
        )
      }
      tabs={<GovernanceTabs />}
    >
      {(countryId) => (
        <QueryView query={plans}>
          {(data) => (
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
              {data.items.length === 0 && <p className="card empty">{t('gov.plan.empty')}</p>}
              <div className="button-row">
                {data.items.map((p) => (
                  <button
                    key={p.id}
                    type="button"
                    className={`btn btn-small${p.id === planId ? ' btn-active' : ''}`}
                    onClick={() => setSelected(p.id)}
                  >
                    {p.year} —{' '}
                    {t('gov.plan.met', { met: p.indicatorsMet, total: p.indicatorsTotal })}
                  </button>
                ))}
              </div>
              {planId && <PlanView id={planId} />}
            </>
          )}
        </QueryView>
      )}
    </CountryPage>
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
      <div className="table-wrap" tabIndex={0}>
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
  const { draft, set, setDraft, save, errors, submit } = useDraftForm(
    () => ({
      year: String(plan?.year ?? new Date().getFullYear()),
      title: plan?.title ?? '',
      rows: plan
        ? plan.indicators.map(({ description, target, result, met }): Indicator => ({
            description,
            target,
            result,
            met,
          }))
        : [blank()],
    }),
    (d) => {
      const body = {
        year: Number(d.year),
        title: d.title,
        indicators: d.rows.filter((r) => r.description.trim() || r.target.trim()),
      };
      return plan
        ? api.patch<Plan>(`/api/security-plans/${plan.id}`, body)
        : api.post<Plan>(`/api/countries/${countryId}/security-plans`, body);
    },
    {
      invalidate: [['security-plans', countryId]],
      onDone: (p) => {
        qc.setQueryData(['security-plan', p.id], p);
        onDone(p.id);
      },
    },
  );
  const setRow = (i: number, change: Partial<Indicator>) =>
    setDraft((x) => ({ ...x, rows: x.rows.map((r, j) => (j === i ? { ...r, ...change } : r)) }));
  return (
    <section className="card">
      <h2>{plan ? t('gov.plan.record') : t('gov.plan.add')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <TextField
            label={t('gov.plan.year')}
            name="year"
            type="number"
            value={draft.year}
            onChange={set('year')}
            errors={errors}
            required
          />
          <TextField
            label={t('gov.plan.planTitle')}
            name="title"
            value={draft.title}
            onChange={set('title')}
            errors={errors}
            required
          />
        </div>
        <div className="table-wrap" tabIndex={0}>
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
              {draft.rows.map((r, i) => (
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
            onClick={() => setDraft((x) => ({ ...x, rows: [...x.rows, blank()] }))}
          >
            {t('gov.plan.addIndicator')}
          </button>
        </div>
        <FormActions save={save} onCancel={() => onDone()} />
      </form>
    </section>
  );
}
