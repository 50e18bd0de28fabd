import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  formatDate,
  orNull,
  today,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import {
  LESSON_STATUSES,
  REVIEW_KINDS,
  isLessonStatus,
  isReviewKind,
  type LessonStatus,
  type ReviewKind,
} from './categories.ts';
import type { Schemas } from '../../schema.ts';

type IncidentDetail = Schemas['IncidentDetail'];
type Lesson = Schemas['Lesson'];
type Review = Schemas['IncidentReview'];

const reviewsKey = (incidentId: string) => ['incidents', 'reviews', incidentId];

/** Investigations, boards of inquiry and after-action reports of an incident, with lessons. */
export function Reviews({ incident }: { incident: IncidentDetail }) {
  const { t } = useI18n();
  const reviews = useQuery({
    queryKey: reviewsKey(incident.id),
    queryFn: ({ signal }) =>
      api.get<{ items: Review[] }>(`/api/incidents/${incident.id}/reviews`, signal),
  });
  // Managing reviews is for the country's security officials; the server decides.
  const manage = incident.abilities.canVerify || incident.abilities.canCorrect;
  const [opening, setOpening] = useState(false);

  return (
    <section className="card" aria-labelledby="incident-reviews">
      <div className="card-head">
        <h2 id="incident-reviews">{t('incidents.reviews.title')}</h2>
        {manage && !opening && incident.status !== 'draft' && (
          <button type="button" className="btn btn-small" onClick={() => setOpening(true)}>
            {t('incidents.reviews.open')}
          </button>
        )}
      </div>
      {opening && <OpenReviewForm incidentId={incident.id} onDone={() => setOpening(false)} />}
      {reviews.isPending ? (
        <Loading />
      ) : reviews.error ? (
        <ErrorBox error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : reviews.data.items.length === 0 ? (
        <p className="empty">{t('incidents.reviews.none')}</p>
      ) : (
        reviews.data.items.map((r) => (
          <ReviewCard key={r.id} review={r} manage={manage} incidentId={incident.id} />
        ))
      )}
    </section>
  );
}

function reviewKindLabel(kind: string, t: ReturnType<typeof useI18n>['t']): string {
  return isReviewKind(kind) ? t(`incidents.reviews.kind.${kind}`) : kind;
}

function OpenReviewForm({ incidentId, onDone }: { incidentId: string; onDone: () => void }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [kind, setKind] = useState<ReviewKind>('investigation');
  const [lead, setLead] = useState('');
  const [openedOn, setOpenedOn] = useState(today());
  const [summary, setSummary] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.post<Review>(`/api/incidents/${incidentId}/reviews`, {
        kind,
        lead: lead.trim(),
        openedOn,
        summary: orNull(summary),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: reviewsKey(incidentId) });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="subcard" onSubmit={submit} noValidate>
      <div className="form-grid">
        <SelectField
          label={t('common.kind')}
          name="kind"
          value={kind}
          onChange={(v) => isReviewKind(v) && setKind(v)}
          errors={errors}
          options={REVIEW_KINDS.map((k) => ({ value: k, label: reviewKindLabel(k, t) }))}
        />
        <TextField
          label={t('incidents.reviews.lead')}
          name="lead"
          value={lead}
          onChange={setLead}
          errors={errors}
          required
        />
        <TextField
          label={t('incidents.reviews.openedOn')}
          name="openedOn"
          type="date"
          value={openedOn}
          onChange={setOpenedOn}
          errors={errors}
          required
        />
      </div>
      <TextAreaField
        label={t('incidents.reviews.summary')}
        name="summary"
        value={summary}
        onChange={setSummary}
        errors={errors}
      />
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton busy={save.isPending} label={t('incidents.reviews.open')} />
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function ReviewCard({
  review: r,
  manage,
  incidentId,
}: {
  review: Review;
  manage: boolean;
  incidentId: string;
}) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [findings, setFindings] = useState(r.findings ?? '');
  const [addingLesson, setAddingLesson] = useState(false);
  const update = useMutation({
    mutationFn: (complete: boolean) =>
      api.patch<Review>(`/api/incident-reviews/${r.id}`, {
        findings: orNull(findings),
        ...(complete ? { status: 'completed', completedOn: today() } : {}),
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: reviewsKey(incidentId) }),
  });
  const errors = fieldErrors(update.error);
  const open = r.status !== 'completed';

  return (
    <article className="subcard" data-testid="incident-review">
      <h3>
        {reviewKindLabel(r.kind, t)}{' '}
        <Badge tone={open ? 'warning' : 'ok'}>
          {open ? t('incidents.reviews.statusOpen') : t('incidents.reviews.statusCompleted')}
        </Badge>
      </h3>
      <p className="small muted">
        {t('incidents.reviews.leadBy', { lead: r.lead, date: formatDate(r.openedOn, locale) })}
        {r.completedOn &&
          ` · ${t('incidents.reviews.completedOn', { date: formatDate(r.completedOn, locale) })}`}
      </p>
      {r.summary && <p>{r.summary}</p>}
      {manage && open ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate(false);
          }}
          noValidate
        >
          <TextAreaField
            label={t('incidents.reviews.findings')}
            name="findings"
            value={findings}
            onChange={setFindings}
            errors={errors}
            rows={4}
          />
          <FormError error={update.error} />
          <div className="button-row">
            <SubmitButton busy={update.isPending} label={t('common.save')} />
            <button
              type="button"
              className="btn"
              disabled={update.isPending}
              onClick={() => update.mutate(true)}
            >
              {t('incidents.reviews.complete')}
            </button>
          </div>
        </form>
      ) : (
        r.findings && (
          <>
            <h4>{t('incidents.reviews.findings')}</h4>
            <p className="incident-narrative">{r.findings}</p>
          </>
        )
      )}

      <h4>{t('incidents.lessons.title')}</h4>
      {r.lessons.length === 0 ? (
        <p className="empty">{t('incidents.lessons.none')}</p>
      ) : (
        <ul className="incident-lessons">
          {r.lessons.map((l) => (
            <LessonItem key={l.id} lesson={l} manage={manage} incidentId={incidentId} />
          ))}
        </ul>
      )}
      {manage &&
        (addingLesson ? (
          <AddLessonForm
            reviewId={r.id}
            incidentId={incidentId}
            onDone={() => setAddingLesson(false)}
          />
        ) : (
          <button type="button" className="btn btn-small" onClick={() => setAddingLesson(true)}>
            {t('incidents.lessons.add')}
          </button>
        ))}
    </article>
  );
}

const LESSON_TONES: Record<LessonStatus, 'ok' | 'warning' | 'info' | 'neutral'> = {
  open: 'warning',
  in_progress: 'info',
  implemented: 'ok',
  dropped: 'neutral',
};

function LessonItem({
  lesson: l,
  manage,
  incidentId,
}: {
  lesson: Lesson;
  manage: boolean;
  incidentId: string;
}) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState<LessonStatus>(isLessonStatus(l.status) ? l.status : 'open');
  const [evidence, setEvidence] = useState(l.evidence ?? '');
  const save = useMutation({
    mutationFn: () =>
      api.patch<Lesson>(`/api/lessons/${l.id}`, { status, evidence: orNull(evidence) }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: reviewsKey(incidentId) });
      setEditing(false);
    },
  });
  const errors = fieldErrors(save.error);

  return (
    <li>
      <p>
        {l.recommendation}{' '}
        {isLessonStatus(l.status) ? (
          <Badge tone={LESSON_TONES[l.status]}>{t(`incidents.lessons.status.${l.status}`)}</Badge>
        ) : (
          <Badge tone="neutral">{l.status}</Badge>
        )}{' '}
        {l.overdue && <Badge tone="error">{t('incidents.lessons.overdue')}</Badge>}
      </p>
      <p className="small muted">
        {t('incidents.lessons.ownerDue', { owner: l.owner, date: formatDate(l.dueOn, locale) })}
        {l.implementedOn &&
          ` · ${t('incidents.lessons.implementedOn', { date: formatDate(l.implementedOn, locale) })}`}
      </p>
      {l.evidence && (
        <p className="small">{t('incidents.lessons.evidenceIs', { evidence: l.evidence })}</p>
      )}
      {manage &&
        (editing ? (
          <form
            className="subcard"
            onSubmit={(e) => {
              e.preventDefault();
              save.mutate();
            }}
            noValidate
          >
            <SelectField
              label={t('common.status')}
              name="status"
              value={status}
              onChange={(v) => isLessonStatus(v) && setStatus(v)}
              errors={errors}
              options={LESSON_STATUSES.map((s) => ({
                value: s,
                label: t(`incidents.lessons.status.${s}`),
              }))}
            />
            <TextAreaField
              label={t('incidents.lessons.evidence')}
              name="evidence"
              value={evidence}
              onChange={setEvidence}
              errors={errors}
              help={t('incidents.lessons.evidenceHelp')}
              required={status === 'implemented'}
            />
            <FormError error={save.error} />
            <div className="button-row">
              <SubmitButton busy={save.isPending} label={t('common.save')} />
              <button type="button" className="btn" onClick={() => setEditing(false)}>
                {t('common.cancel')}
              </button>
            </div>
          </form>
        ) : (
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('incidents.lessons.track')}
          </button>
        ))}
    </li>
  );
}

function AddLessonForm({
  reviewId,
  incidentId,
  onDone,
}: {
  reviewId: string;
  incidentId: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [recommendation, setRecommendation] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.post<Lesson>(`/api/incident-reviews/${reviewId}/lessons`, {
        recommendation: recommendation.trim(),
        owner: owner.trim(),
        dueOn,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: reviewsKey(incidentId) });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  return (
    <form
      className="subcard"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
      noValidate
    >
      <TextAreaField
        label={t('incidents.lessons.recommendation')}
        name="recommendation"
        value={recommendation}
        onChange={setRecommendation}
        errors={errors}
        required
      />
      <div className="form-grid">
        <TextField
          label={t('incidents.lessons.owner')}
          name="owner"
          value={owner}
          onChange={setOwner}
          errors={errors}
          required
        />
        <TextField
          label={t('incidents.lessons.dueOn')}
          name="dueOn"
          type="date"
          value={dueOn}
          onChange={setDueOn}
          errors={errors}
          required
        />
      </div>
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton busy={save.isPending} label={t('incidents.lessons.add')} />
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
