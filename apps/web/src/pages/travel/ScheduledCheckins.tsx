import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@fieldsafe/core';
import { api } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  SelectField,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';
import { ScheduleEditForm } from './ScheduleEditForm.tsx';
import { useTravelRequests } from './queries.ts';

type Schedule = Omit<Schemas['CheckinSchedule'], 'state'> & {
  state: 'upcoming' | 'ok' | 'due' | 'missed' | 'ended';
};

const TONE = {
  upcoming: 'neutral',
  ok: 'ok',
  due: 'warning',
  missed: 'error',
  ended: 'neutral',
} as const;

/** My scheduled check-ins ("every 4 h while in Kessa", working alone): state and check in now. */
export function ScheduledCheckins() {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const key = ['checkin-schedules', 'mine'];
  const mine = useQuery({
    queryKey: key,
    queryFn: () => api.get<Schedule[]>('/api/checkin-schedules/mine'),
    refetchInterval: 60_000,
  });
  const requests = useTravelRequests('mine');
  const approved = (requests.data?.items ?? []).filter(
    (r) => r.status === 'approved' && r.endsOn >= new Date().toISOString().slice(0, 10),
  );
  const [editing, setEditing] = useState<string | null>(null);
  const {
    draft: d,
    set,
    save: create,
    errors,
    submit,
  } = useDraftForm(
    { travelRequestId: '', label: '', everyMinutes: '120', hours: '8' },
    (d) =>
      api.post<Schedule>(
        '/api/checkin-schedules',
        d.travelRequestId
          ? {
              // The clearance's dates are the schedule's.
              reason: 'travel',
              travelRequestId: d.travelRequestId,
              label:
                d.label ||
                approved.find((r) => r.id === d.travelRequestId)?.purpose ||
                t('travel.scheduled'),
              everyMinutes: Number(d.everyMinutes),
              graceMinutes: 30,
            }
          : {
              reason: 'working_alone',
              label: d.label,
              startsAt: new Date().toISOString(),
              endsAt: new Date(Date.now() + Number(d.hours) * 3_600_000).toISOString(),
              everyMinutes: Number(d.everyMinutes),
              graceMinutes: 30,
            },
      ),
    {
      reset: (d) => ({ ...d, label: '' }),
      onDone: () => void qc.invalidateQueries({ queryKey: key }),
    },
  );
  const checkin = useMutation({
    mutationFn: (id: string) => api.post<Schedule>(`/api/checkin-schedules/${id}/checkin`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: key }),
  });
  const cancel = useMutation({
    mutationFn: (id: string) => api.post<Schedule>(`/api/checkin-schedules/${id}/cancel`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: key }),
  });

  return (
    <section className="card" aria-labelledby="travel-scheduled" data-testid="travel-scheduled">
      <h2 id="travel-scheduled">{t('travel.scheduled')}</h2>
      <p className="muted">{t('travel.scheduledHelp')}</p>
      {mine.isPending ? (
        <Loading />
      ) : mine.error ? (
        <ErrorBox error={mine.error} onRetry={() => void mine.refetch()} />
      ) : mine.data.length === 0 ? (
        <p className="muted">{t('travel.scheduledEmpty')}</p>
      ) : (
        <ul>
          {mine.data.map((s) => (
            <li key={s.id}>
              <strong>{s.label}</strong>{' '}
              <Badge tone={TONE[s.state]}>{t(`travel.state.${s.state}`)}</Badge>
              {s.nextDueAt && (
                <div className="muted">
                  {t('travel.nextDue', { time: formatDateTime(s.nextDueAt, locale) })}
                </div>
              )}
              <button
                type="button"
                className="btn btn-small"
                disabled={checkin.isPending}
                onClick={() => checkin.mutate(s.id)}
              >
                {t('travel.checkInNow')}
              </button>{' '}
              <button
                type="button"
                className="btn btn-ghost btn-small"
                disabled={cancel.isPending}
                onClick={() => cancel.mutate(s.id)}
              >
                {t('travel.cancelSchedule')}
              </button>{' '}
              {s.abilities.canEdit && editing !== s.id && (
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  onClick={() => setEditing(s.id)}
                  data-testid="schedule-edit-open"
                >
                  {t('travel.editSchedule')}
                </button>
              )}
              {editing === s.id && (
                <ScheduleEditForm schedule={s} onDone={() => setEditing(null)} />
              )}
            </li>
          ))}
        </ul>
      )}
      <FormError error={checkin.error ?? cancel.error} />
      <form className="form-grid" onSubmit={submit} noValidate>
        <SelectField
          label={t('travel.scheduleFor')}
          name="travelRequestId"
          value={d.travelRequestId}
          onChange={set('travelRequestId')}
          options={approved.map((r) => ({ value: r.id, label: r.purpose }))}
          empty={t('travel.workingAlone')}
          errors={errors}
        />
        <TextField
          label={t('travel.scheduleLabel')}
          name="label"
          value={d.label}
          onChange={set('label')}
          errors={errors}
          required={!d.travelRequestId}
        />
        <TextField
          label={t('travel.everyMinutes')}
          name="everyMinutes"
          type="number"
          value={d.everyMinutes}
          onChange={set('everyMinutes')}
          errors={errors}
        />
        {!d.travelRequestId && (
          <TextField
            label={t('travel.scheduleHours')}
            name="endsAt"
            type="number"
            value={d.hours}
            onChange={set('hours')}
            errors={errors}
          />
        )}
        <FormError error={create.error} />
        <div className="button-row">
          <SubmitButton busy={create.isPending} label={t('travel.addSchedule')} />
        </div>
      </form>
    </section>
  );
}
