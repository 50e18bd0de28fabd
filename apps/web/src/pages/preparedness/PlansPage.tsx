import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import { CountryPage } from '../../components/CountryPage.tsx';
import { QueryView } from '../../components/QueryView.tsx';
import {
  Badge,
  FormActions,
  formatDate,
  FormCard,
  Pager,
  SelectField,
  TextField,
} from '../../components/ui.tsx';
import { ClassificationBadge, ClassificationFields } from '../../components/Classification.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { PreparednessTabs, percent } from './PreparednessTabs.tsx';
import { PlansToAcknowledge } from './PlansToAcknowledge.tsx';
import type { PlanKind } from '@fieldsafe/core';
import type { ApiBody } from '../../schema.ts';

type PlanDetail = ApiBody<'/api/preparedness/plans/{id}'>;
type PlanList = ApiBody<'/api/preparedness/plans'>;

export const PLAN_KINDS: PlanKind[] = ['country', 'area', 'contingency', 'relocation_evacuation'];

/** Plans I still have to acknowledge, then the security plans of the current country. */
export function PlansPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [page, setPage] = useState(1);
  const [adding, setAdding] = useState(false);
  const plans = useQuery({
    queryKey: ['prep-plans', countryId, page],
    queryFn: () =>
      api.get<PlanList>(withQuery('/api/preparedness/plans', { countryId: countryId ?? '', page })),
    enabled: Boolean(countryId),
  });
  return (
    <CountryPage
      title={t('prep.plans.title')}
      action={
        plans.data?.abilities.canCreate && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('prep.plans.add')}
          </button>
        )
      }
      tabs={
        <>
          <PreparednessTabs />
          <PlansToAcknowledge />
        </>
      }
    >
      {(countryId) => (
        <>
          {adding && <PlanForm countryId={countryId} onClose={() => setAdding(false)} />}
          <QueryView query={plans}>
            {(data) =>
              data.items.length === 0 ? (
                <p className="card empty">{t('prep.plans.empty')}</p>
              ) : (
                <section className="card">
                  <div className="table-wrap" tabIndex={0}>
                    <table data-testid="plans-table">
                      <thead>
                        <tr>
                          <th>{t('prep.plans.plan')}</th>
                          <th>{t('prep.plans.kind')}</th>
                          <th>{t('prep.plans.place')}</th>
                          <th>{t('prep.plans.current')}</th>
                          <th>{t('prep.plans.nextReview')}</th>
                          <th>{t('prep.plans.acknowledged')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.items.map((p) => (
                          <tr key={p.id}>
                            <td>
                              <Link to={`/preparedness/plans/${p.id}`}>{p.title}</Link>{' '}
                              <ClassificationBadge
                                level={p.classification}
                                shareable={p.sltShareable}
                              />
                            </td>
                            <td>{t(`prep.kind.${p.kind}`)}</td>
                            <td>{p.areaName ?? p.countryName}</td>
                            <td>
                              {p.current
                                ? t('prep.plans.version', { number: p.current.number })
                                : t('prep.plans.noVersion')}
                            </td>
                            <td>
                              {p.current && formatDate(p.current.nextReviewOn, locale)}{' '}
                              {p.current?.reviewOverdue && (
                                <Badge tone="error">{t('prep.plans.reviewOverdue')}</Badge>
                              )}
                            </td>
                            <td>
                              {p.current && p.current.progress.requested > 0
                                ? `${p.current.progress.acknowledged} / ${p.current.progress.requested} (${percent(p.current.progress.rate, locale)})`
                                : t('common.none')}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                  <Pager page={page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
                </section>
              )
            }
          </QueryView>
        </>
      )}
    </CountryPage>
  );
}

function PlanForm({ countryId, onClose }: { countryId: string; onClose: () => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const structure = useStructure(countryId);
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      kind: 'country',
      areaId: '',
      title: '',
      owner: '',
      classification: 'restricted',
      sltShareable: false,
    },
    (d) =>
      api.post<PlanDetail>('/api/preparedness/plans', {
        countryId,
        kind: d.kind,
        areaId: d.areaId || null,
        title: d.title,
        owner: d.owner,
        classification: d.classification,
        sltShareable: d.sltShareable,
      }),
    { onDone: (plan) => void navigate(`/preparedness/plans/${plan.id}`) },
  );
  return (
    <FormCard title={t('prep.plans.add')} submit={submit}>
      <SelectField
        label={t('prep.plans.kind')}
        name="kind"
        value={draft.kind}
        onChange={set('kind')}
        options={PLAN_KINDS.map((k) => ({ value: k, label: t(`prep.kind.${k}`) }))}
        errors={errors}
        required
      />
      <SelectField
        label={t('prep.area')}
        name="areaId"
        value={draft.areaId}
        onChange={set('areaId')}
        empty={t('prep.wholeCountry')}
        options={(structure.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
        errors={errors}
      />
      <TextField
        label={t('prep.plans.titleField')}
        name="title"
        value={draft.title}
        onChange={set('title')}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.plans.owner')}
        name="owner"
        value={draft.owner}
        onChange={set('owner')}
        errors={errors}
        required
      />
      <ClassificationFields
        value={draft.classification}
        onChange={set('classification')}
        shareable={{ checked: draft.sltShareable, onChange: set('sltShareable') }}
        errors={errors}
      />
      <FormActions save={save} onCancel={onClose} />
    </FormCard>
  );
}
