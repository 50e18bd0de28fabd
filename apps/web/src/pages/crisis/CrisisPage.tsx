import { useState } from 'react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { api, fieldErrors, withQuery } from '../../api.ts';
import {
  Badge,
  ErrorBox,
  FormError,
  Loading,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { useCurrentCountry } from '../../country.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import type { Schemas } from '../../schema.ts';
import { formatDateTime, formatNumber } from '@fieldsafe/core';
import { useCan } from '../../abilities.ts';
import { AreaField } from './AreaField.tsx';
import { PreciseLocation } from './PreciseLocation.tsx';

type Crisis = Schemas['Crisis'];

/** Operations console: crises of the country, declaring one, broadcasting to a scope. */
export function CrisisPage() {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const [form, setForm] = useState<'declare' | 'broadcast' | null>(null);
  const list = useQuery({
    queryKey: ['crises', countryId],
    queryFn: () => api.get<Crisis[]>(withQuery('/api/crises', { countryId })),
  });
  const can = useCan();
  const mayDeclare = can.whole('crisis.declare');
  const mayBroadcast = can.here('crisis.account');
  const items = list.data ?? [];
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t('crisis.title')}</h1>
        <div className="button-row">
          {mayDeclare && (
            <button type="button" className="btn btn-danger" onClick={() => setForm('declare')}>
              {t('crisis.declare')}
            </button>
          )}
          {mayBroadcast && (
            <button type="button" className="btn" onClick={() => setForm('broadcast')}>
              {t('crisis.broadcast')}
            </button>
          )}
        </div>
      </div>
      {form === 'declare' && <DeclareForm onClose={() => setForm(null)} />}
      {form === 'broadcast' && <BroadcastForm crises={items} onClose={() => setForm(null)} />}
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorBox error={list.error} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p className="empty">{t('crisis.empty')}</p>
      ) : (
        <div>
          {items.map((c) => (
            <section key={c.id} className="card">
              <h2>
                <Link to={`/crisis/${c.id}`}>{c.title}</Link>{' '}
                <Badge tone={c.status === 'active' ? 'error' : 'neutral'}>
                  {t(c.status === 'active' ? 'crisis.active' : 'crisis.closed')}
                </Badge>
              </h2>
              <p className="muted">
                {c.areaName ?? t('crisis.wholeCountry')} · {formatDateTime(c.declaredAt, locale)} ·{' '}
                {c.declaredBy}
              </p>
            </section>
          ))}
        </div>
      )}
      {countryId && <PreciseLocation countryId={countryId} />}
    </div>
  );
}

function DeclareForm({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const navigate = useNavigate();
  const minutes = (v: string) => (v.trim() === '' ? null : Number(v));
  const {
    draft: d,
    set,
    save,
    errors,
    submit,
  } = useDraftForm(
    {
      areaId: '',
      title: '',
      description: '',
      reminder1: '15',
      reminder2: '45',
      escalate: '60',
    },
    (d) =>
      api.post<Crisis>('/api/crises', {
        countryId,
        areaId: d.areaId || null,
        title: d.title,
        description: d.description || null,
        reminderSchedule: {
          reminders: [d.reminder1, d.reminder2]
            .map(minutes)
            .filter((m): m is number => m !== null)
            .map((afterMinutes) => ({ afterMinutes, channels: ['sms', 'email'] })),
          escalateAfterMinutes: minutes(d.escalate),
        },
      }),
    { invalidate: [['crises']], onDone: (c) => void navigate(`/crisis/${c.id}`) },
  );
  return (
    <section className="card">
      <h2>{t('crisis.declare')}</h2>
      <p className="muted">{t('crisis.declareHelp')}</p>
      <form className="form-grid" onSubmit={submit} noValidate>
        <AreaField
          countryId={countryId}
          value={d.areaId}
          onChange={set('areaId')}
          errors={errors}
        />
        <TextField
          label={t('crisis.crisisTitle')}
          name="title"
          value={d.title}
          onChange={set('title')}
          errors={errors}
          required
        />
        <TextAreaField
          label={t('crisis.description')}
          name="description"
          value={d.description}
          onChange={set('description')}
          errors={errors}
        />
        <fieldset>
          <legend>{t('crisis.reminders')}</legend>
          <p className="muted">{t('crisis.remindersHint')}</p>
          <TextField
            label={t('crisis.reminder1')}
            name="reminderSchedule.reminders.0.afterMinutes"
            type="number"
            value={d.reminder1}
            onChange={set('reminder1')}
            errors={errors}
          />
          <TextField
            label={t('crisis.reminder2')}
            name="reminderSchedule.reminders.1.afterMinutes"
            type="number"
            value={d.reminder2}
            onChange={set('reminder2')}
            errors={errors}
          />
          <TextField
            label={t('crisis.escalateAfter')}
            name="reminderSchedule.escalateAfterMinutes"
            type="number"
            value={d.escalate}
            onChange={set('escalate')}
            errors={errors}
          />
        </fieldset>
        <FormError error={save.error} />
        <div className="button-row">
          <SubmitButton busy={save.isPending} label={t('crisis.declare')} />
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface BroadcastPreview {
  recipients: number;
  smsRecipients: number;
  encoding: 'gsm7' | 'ucs2';
  segments: number;
  cost: number;
}

interface BroadcastResult {
  id: string;
  recipients: number;
  queued: number;
  wardensNotified: number;
}

function BroadcastForm({ crises, onClose }: { crises: Crisis[]; onClose: () => void }) {
  const { t, locale } = useI18n();
  const { countryId } = useCurrentCountry();
  const structure = useStructure(countryId);
  const {
    draft: d,
    set,
    save: send,
    submit,
  } = useDraftForm({ areaId: '', zoneId: '', crisisId: '', title: '', body: '' }, (d) =>
    api.post<BroadcastResult>('/api/broadcasts', {
      countryId,
      areaId: d.areaId || null,
      zoneId: d.zoneId || null,
      crisisId: d.crisisId || null,
      title: d.title,
      body: d.body,
    }),
  );
  const preview = useMutation({
    mutationFn: () =>
      api.post<BroadcastPreview>('/api/broadcasts/preview', {
        countryId,
        areaId: d.areaId || null,
        zoneId: d.zoneId || null,
        crisisId: d.crisisId || null,
        body: d.body,
      }),
  });
  const errors = fieldErrors(send.error ?? preview.error);
  const zones = (structure.data?.wardenZones ?? []).filter(
    (z) => !d.areaId || z.areaId === d.areaId,
  );
  return (
    <section className="card">
      <h2>{t('crisis.broadcast')}</h2>
      <p className="muted">{t('crisis.broadcastHelp')}</p>
      {send.data && (
        <Notice>
          {t('crisis.broadcastSent', {
            recipients: send.data.recipients,
            queued: send.data.queued,
            wardens: send.data.wardensNotified,
          })}
        </Notice>
      )}
      <form className="form-grid" onSubmit={submit} noValidate>
        <AreaField
          countryId={countryId}
          value={d.areaId}
          onChange={set('areaId')}
          errors={errors}
        />
        <SelectField
          label={t('crisis.zone')}
          name="zoneId"
          value={d.zoneId}
          onChange={set('zoneId')}
          options={zones.map((z) => ({ value: z.id, label: z.name }))}
          empty={t('crisis.allZones')}
          errors={errors}
        />
        <SelectField
          label={t('crisis.forCrisis')}
          name="crisisId"
          value={d.crisisId}
          onChange={set('crisisId')}
          options={crises
            .filter((c) => c.status === 'active')
            .map((c) => ({ value: c.id, label: c.title }))}
          empty={t('crisis.noCrisis')}
          errors={errors}
        />
        <TextField
          label={t('crisis.messageTitle')}
          name="title"
          value={d.title}
          onChange={set('title')}
          errors={errors}
          required
        />
        <TextAreaField
          label={t('crisis.messageBody')}
          name="body"
          value={d.body}
          onChange={set('body')}
          errors={errors}
          required
        />
        {preview.data && (
          <Notice>
            {t('crisis.previewSummary', {
              recipients: preview.data.recipients,
              sms: preview.data.smsRecipients,
              segments: preview.data.segments,
              encoding: preview.data.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2',
              cost: formatNumber(preview.data.cost, locale, 2),
            })}
          </Notice>
        )}
        <FormError error={send.error ?? preview.error} />
        <div className="button-row">
          <SubmitButton busy={send.isPending} label={t('crisis.send')} />
          <button
            type="button"
            className="btn"
            disabled={preview.isPending}
            onClick={() => preview.mutate()}
          >
            {t('crisis.preview')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
