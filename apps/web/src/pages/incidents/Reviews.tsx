import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
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
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { REVIEW_KINDS, isReviewKind, type ReviewKind } from './categories.ts';
import { AddLessonForm, LessonItem } from './Lessons.tsx';
import { reviewsKey } from './reviewKeys.ts';
import type { Schemas } from '../../schema.ts';

type IncidentDetail = Schemas['IncidentDetail'];
type Review = Schemas['IncidentReview'];

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
  const { draft, set, save, errors, submit } = useDraftForm(
    { kind: 'investigation' as ReviewKind, lead: '', openedOn: today(), summary: '' },
    (d) =>
      api.post<Review>(`/api/incidents/${incidentId}/reviews`, {
        kind: d.kind,
        lead: d.lead.trim(),
        openedOn: d.openedOn,
        summary: orNull(d.summary),
      }),
    { invalidate: [reviewsKey(incidentId)], onDone },
  );
  return (
    <form className="subcard" onSubmit={submit} noValidate>
      <div className="form-grid">
        <SelectField
          label={t('common.kind')}
          name="kind"
          value={draft.kind}
          onChange={(v) => isReviewKind(v) && set('kind')(v)}
          errors={errors}
          options={REVIEW_KINDS.map((k) => ({ value: k, label: reviewKindLabel(k, t) }))}
        />
        <TextField
          label={t('incidents.reviews.lead')}
          name="lead"
          value={draft.lead}
          onChange={set('lead')}
          errors={errors}
          required
        />
        <TextField
          label={t('incidents.reviews.openedOn')}
          name="openedOn"
          type="date"
          value={draft.openedOn}
          onChange={set('openedOn')}
          errors={errors}
          required
        />
      </div>
      <TextAreaField
        label={t('incidents.reviews.summary')}
        name="summary"
        value={draft.summary}
        onChange={set('summary')}
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
  const [addingLesson, setAddingLesson] = useState(false);
  const {
    draft,
    set,
    save: update,
    errors,
    submit,
  } = useDraftForm(
    { findings: r.findings ?? '', complete: false },
    (d) =>
      api.patch<Review>(`/api/incident-reviews/${r.id}`, {
        findings: orNull(d.findings),
        ...(d.complete ? { status: 'completed', completedOn: today() } : {}),
      }),
    { invalidate: [reviewsKey(incidentId)] },
  );
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
        <form onSubmit={submit} noValidate>
          <TextAreaField
            label={t('incidents.reviews.findings')}
            name="findings"
            value={draft.findings}
            onChange={set('findings')}
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
              onClick={() => update.mutate({ complete: true })}
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
