import { useId } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { FormError, SubmitButton, TextField } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Schedule = Schemas['CheckinSchedule'];

/** A date-time as the value of a `datetime-local` input, in the device's time. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * Change a running scheduled check-in (`PATCH /api/checkin-schedules/:id`): its label, how often,
 * the grace before it counts as missed, and when it ends. Shown only where the server says the
 * reader may (`abilities.canEdit`).
 */
export function ScheduleEditForm({
  schedule,
  onDone,
}: {
  schedule: Pick<
    Schedule,
    'id' | 'label' | 'everyMinutes' | 'graceMinutes' | 'endsAt' | 'abilities'
  >;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const endsId = useId();
  const { draft, set, save, errors, submit } = useDraftForm(
    () => ({
      label: schedule.label,
      everyMinutes: String(schedule.everyMinutes),
      graceMinutes: String(schedule.graceMinutes),
      endsAt: toLocalInput(String(schedule.endsAt)),
    }),
    (d) =>
      api.patch<Schedule>(`/api/checkin-schedules/${schedule.id}`, {
        label: d.label,
        everyMinutes: Number(d.everyMinutes),
        graceMinutes: Number(d.graceMinutes),
        endsAt: new Date(d.endsAt).toISOString(),
      }),
    {
      onDone: () => {
        void qc.invalidateQueries({ queryKey: ['checkin-schedules'] });
        onDone();
      },
    },
  );
  const endsError = errors.endsAt;
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="schedule-edit">
      <TextField
        label={t('travel.scheduleLabel')}
        name="label"
        value={draft.label}
        onChange={set('label')}
        errors={errors}
        required
      />
      <TextField
        label={t('travel.everyMinutes')}
        name="everyMinutes"
        type="number"
        value={draft.everyMinutes}
        onChange={set('everyMinutes')}
        errors={errors}
      />
      <TextField
        label={t('travel.graceMinutes')}
        name="graceMinutes"
        type="number"
        value={draft.graceMinutes}
        onChange={set('graceMinutes')}
        errors={errors}
      />
      <div className={`field${endsError ? ' field-invalid' : ''}`}>
        <label htmlFor={endsId}>{t('travel.scheduleEnds')}</label>
        <input
          id={endsId}
          name="endsAt"
          type="datetime-local"
          value={draft.endsAt}
          onChange={(e) => set('endsAt')(e.target.value)}
          aria-invalid={Boolean(endsError)}
          aria-describedby={endsError ? `${endsId}-error` : undefined}
        />
        {endsError && (
          <small id={`${endsId}-error`} className="field-error">
            {endsError}
          </small>
        )}
      </div>
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton busy={save.isPending} label={t('travel.saveSchedule')} />
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
