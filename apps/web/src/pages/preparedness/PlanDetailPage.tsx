import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormActions,
  formatDate,
  FormCard,
  FormError,
  Loading,
  orNull,
  Pager,
  SelectField,
  TextAreaField,
  TextField,
  today,
} from '../../components/ui.tsx';
import { ClassificationBadge, ClassificationFields } from '../../components/Classification.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { PreparednessTabs, percent } from './PreparednessTabs.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';

type AckReport = Schemas['SecurityPlanAcknowledgements'];
type PlanDetail = ApiBody<'/api/preparedness/plans/{id}'>;
type PlanVersion = Schemas['SecurityPlanVersion'];

/** A security plan: its versions, my acknowledgement, publishing and who has acknowledged. */
export function PlanDetailPage() {
  const { id = '' } = useParams();
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [publishing, setPublishing] = useState(false);
  const plan = useQuery({
    queryKey: ['prep-plan', id],
    queryFn: () => api.get<PlanDetail>(`/api/preparedness/plans/${id}`),
  });
  const ack = useMutation({
    mutationFn: (versionId: string) =>
      api.post(`/api/preparedness/plan-versions/${versionId}/acknowledge`, {}),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['prep-plan', id] });
      await qc.invalidateQueries({ queryKey: ['prep-plans'] });
    },
  });
  if (plan.isPending) return <Loading />;
  if (plan.error) return <ErrorBox error={plan.error} onRetry={() => void plan.refetch()} />;
  const p = plan.data;
  const current = p.versions.find((v) => v.current);
  return (
    <div className="page">
      <div className="page-head">
        <h1>{p.title}</h1>
        {p.abilities.canEdit && (
          <button type="button" className="btn btn-primary" onClick={() => setPublishing(true)}>
            {t('prep.plans.publish')}
          </button>
        )}
      </div>
      <PreparednessTabs />
      <p>
        <Link to="/preparedness/plans">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('prep.plans.title')}
        </Link>
      </p>
      <section className="card">
        <p>
          {t(`prep.kind.${p.kind}`)} · {p.areaName ?? p.countryName} · {t('prep.plans.owner')}:{' '}
          {p.owner} <ClassificationBadge level={p.classification} shareable={p.sltShareable} />
        </p>
        {p.abilities.canEdit && <SharingForm plan={p} />}
        {p.mine && current && (
          <div className="button-row" data-testid="my-acknowledgement">
            {p.mine.acknowledgedAt ? (
              <Badge tone="ok">
                {t('prep.plans.youAcknowledged', {
                  date: formatDate(p.mine.acknowledgedAt.slice(0, 10), locale),
                })}
              </Badge>
            ) : (
              <button
                type="button"
                className="btn btn-primary"
                data-testid="acknowledge"
                disabled={ack.isPending}
                onClick={() => ack.mutate(current.id)}
              >
                {t('prep.plans.acknowledge', { number: current.number })}
              </button>
            )}
          </div>
        )}
        <FormError error={ack.error} />
      </section>
      {publishing && <VersionForm planId={p.id} onClose={() => setPublishing(false)} />}
      {p.versions.length === 0 ? (
        <p className="card empty">{t('prep.plans.noVersion')}</p>
      ) : (
        p.versions.map((v) => (
          <VersionCard key={v.id} version={v} canSeeProgress={p.abilities.canSeeProgress} />
        ))
      )}
    </div>
  );
}

function VersionCard({
  version: v,
  canSeeProgress,
}: {
  version: PlanVersion;
  canSeeProgress: boolean;
}) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className="card" data-testid={`plan-version-${v.number}`}>
      <div className="card-head">
        <h2>{t('prep.plans.version', { number: v.number })}</h2>
        {v.current ? (
          <Badge tone="ok">{t('prep.plans.inForce')}</Badge>
        ) : (
          <Badge tone="neutral">{t('prep.plans.superseded')}</Badge>
        )}
        {v.reviewOverdue && <Badge tone="error">{t('prep.plans.reviewOverdue')}</Badge>}
      </div>
      <p>{v.summary}</p>
      <dl className="details">
        <dt>{t('prep.plans.approvedBy')}</dt>
        <dd>
          {v.approvedBy}, {formatDate(v.approvedOn, locale)}
        </dd>
        <dt>{t('prep.plans.nextReview')}</dt>
        <dd>{formatDate(v.nextReviewOn, locale)}</dd>
        {canSeeProgress && (
          <>
            <dt>{t('prep.plans.acknowledged')}</dt>
            <dd data-testid="ack-progress">
              {v.progress.acknowledged} / {v.progress.requested} ({percent(v.progress.rate, locale)}
              )
            </dd>
          </>
        )}
      </dl>
      {v.body && <p style={{ whiteSpace: 'pre-line' }}>{v.body}</p>}
      {canSeeProgress && v.progress.requested > 0 && (
        <button type="button" className="btn btn-small" onClick={() => setOpen((o) => !o)}>
          {open ? t('common.close') : t('prep.plans.whoPending')}
        </button>
      )}
      {open && <PendingList versionId={v.id} />}
    </section>
  );
}

function PendingList({ versionId }: { versionId: string }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['prep-acks', versionId, page],
    queryFn: () =>
      api.get<AckReport>(
        withQuery(`/api/preparedness/plan-versions/${versionId}/acknowledgements`, {
          status: 'pending',
          page,
          pageSize: 20,
        }),
      ),
  });
  if (q.isPending) return <Loading />;
  if (q.error) return <ErrorBox error={q.error} />;
  return (
    <div>
      {q.data.items.length === 0 ? (
        <p className="empty">{t('prep.plans.allAcknowledged')}</p>
      ) : (
        <ul data-testid="pending-list">
          {q.data.items.map((i) => (
            <li key={i.personId}>
              {i.name} {i.organizationCode ? `(${i.organizationCode})` : ''}
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} pageSize={q.data.pageSize} total={q.data.total} onPage={setPage} />
    </div>
  );
}

function VersionForm({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      summary: '',
      body: '',
      approvedBy: '',
      approvedOn: today(),
      nextReviewOn: '',
      distribute: 'true',
    },
    (d) =>
      api.post<PlanDetail>(`/api/preparedness/plans/${planId}/versions`, {
        summary: d.summary,
        body: orNull(d.body),
        approvedBy: d.approvedBy,
        approvedOn: d.approvedOn,
        nextReviewOn: d.nextReviewOn,
        distribute: d.distribute === 'true',
      }),
    { invalidate: [['prep-plan', planId]], onDone: onClose },
  );
  return (
    <FormCard title={t('prep.plans.publish')} submit={submit}>
      <TextAreaField
        label={t('prep.plans.summary')}
        name="summary"
        value={draft.summary}
        onChange={set('summary')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('prep.plans.body')}
        name="body"
        value={draft.body}
        onChange={set('body')}
        rows={8}
        errors={errors}
      />
      <TextField
        label={t('prep.plans.approvedBy')}
        name="approvedBy"
        value={draft.approvedBy}
        onChange={set('approvedBy')}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.plans.approvedOn')}
        name="approvedOn"
        type="date"
        value={draft.approvedOn}
        onChange={set('approvedOn')}
        errors={errors}
        required
      />
      <TextField
        label={t('prep.plans.nextReview')}
        name="nextReviewOn"
        type="date"
        value={draft.nextReviewOn}
        onChange={set('nextReviewOn')}
        errors={errors}
        required
      />
      <SelectField
        label={t('prep.plans.distribute')}
        name="distribute"
        value={draft.distribute}
        onChange={set('distribute')}
        options={[
          { value: 'true', label: t('prep.yes') },
          { value: 'false', label: t('prep.no') },
        ]}
        errors={errors}
      />
      <FormActions save={save} label={t('prep.plans.publish')} onCancel={onClose} />
    </FormCard>
  );
}

/** Who may read the plan, and whether SLT partners may be given it (DO or security adviser). */
function SharingForm({ plan }: { plan: PlanDetail }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const { draft, set, save, errors, submit } = useDraftForm(
    { classification: plan.classification as string, sltShareable: plan.sltShareable },
    (d) => api.patch<PlanDetail>(`/api/preparedness/plans/${plan.id}`, d),
    { invalidate: [['prep-plan', plan.id], ['prep-plans']], onDone: () => setOpen(false) },
  );
  if (!open)
    return (
      <div className="button-row">
        <button type="button" className="btn btn-small" onClick={() => setOpen(true)}>
          {t('sharing.edit')}
        </button>
      </div>
    );
  return (
    <FormCard title={t('sharing.edit')} submit={submit} testId="plan-sharing">
      <ClassificationFields
        value={draft.classification}
        onChange={set('classification')}
        shareable={{ checked: draft.sltShareable, onChange: set('sltShareable') }}
        errors={errors}
      />
      <FormActions save={save} onCancel={() => setOpen(false)} />
    </FormCard>
  );
}
