import { useState } from 'react';
import { api } from '../../api.ts';
import {
  Badge,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  formatDate,
  orNull,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { LESSON_STATUSES, isLessonStatus, type LessonStatus } from './categories.ts';
import { reviewsKey } from './reviewKeys.ts';
import type { Schemas } from '../../schema.ts';

// The lessons of an incident review: each tracked to implementation, and the form adding one.

type Lesson = Schemas['Lesson'];

const LESSON_TONES: Record<LessonStatus, 'ok' | 'warning' | 'info' | 'neutral'> = {
  open: 'warning',
  in_progress: 'info',
  implemented: 'ok',
  dropped: 'neutral',
};

export function LessonItem({
  lesson: l,
  manage,
  incidentId,
}: {
  lesson: Lesson;
  manage: boolean;
  incidentId: string;
}) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      status: (isLessonStatus(l.status) ? l.status : 'open') as LessonStatus,
      evidence: l.evidence ?? '',
    },
    (d) =>
      api.patch<Lesson>(`/api/lessons/${l.id}`, {
        status: d.status,
        evidence: orNull(d.evidence),
      }),
    { invalidate: [reviewsKey(incidentId)], onDone: () => setEditing(false) },
  );

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
          <form className="subcard" onSubmit={submit} noValidate>
            <SelectField
              label={t('common.status')}
              name="status"
              value={draft.status}
              onChange={(v) => isLessonStatus(v) && set('status')(v)}
              errors={errors}
              options={LESSON_STATUSES.map((s) => ({
                value: s,
                label: t(`incidents.lessons.status.${s}`),
              }))}
            />
            <TextAreaField
              label={t('incidents.lessons.evidence')}
              name="evidence"
              value={draft.evidence}
              onChange={set('evidence')}
              errors={errors}
              help={t('incidents.lessons.evidenceHelp')}
              required={draft.status === 'implemented'}
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

export function AddLessonForm({
  reviewId,
  incidentId,
  onDone,
}: {
  reviewId: string;
  incidentId: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    { recommendation: '', owner: '', dueOn: '' },
    (d) =>
      api.post<Lesson>(`/api/incident-reviews/${reviewId}/lessons`, {
        recommendation: d.recommendation.trim(),
        owner: d.owner.trim(),
        dueOn: d.dueOn,
      }),
    { invalidate: [reviewsKey(incidentId)], onDone },
  );
  return (
    <form className="subcard" onSubmit={submit} noValidate>
      <TextAreaField
        label={t('incidents.lessons.recommendation')}
        name="recommendation"
        value={draft.recommendation}
        onChange={set('recommendation')}
        errors={errors}
        required
      />
      <div className="form-grid">
        <TextField
          label={t('incidents.lessons.owner')}
          name="owner"
          value={draft.owner}
          onChange={set('owner')}
          errors={errors}
          required
        />
        <TextField
          label={t('incidents.lessons.dueOn')}
          name="dueOn"
          type="date"
          value={draft.dueOn}
          onChange={set('dueOn')}
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
