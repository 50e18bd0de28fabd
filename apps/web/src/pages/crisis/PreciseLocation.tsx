import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '@fieldsafe/core';
import { api } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  ErrorBox,
  FormError,
  Loading,
  Pager,
  SubmitButton,
  TextAreaField,
  TextField,
} from '../../components/ui.tsx';
import { MY_LOCATION_KEY } from '../../components/PreciseLocationBanner.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody, Schemas } from '../../schema.ts';
import { localDateTime, withOffset } from '../incidents/incidentDraft.ts';
import { AreaField } from './AreaField.tsx';

type CountryActivations = ApiBody<'/api/countries/{id}/location-activations'>;
type Activation = Schemas['LocationActivation'];

const PAGE = 5;
const key = (countryId: string) => ['location-activations', countryId] as const;

/**
 * Precise location for the country: the DO (or the CSA by delegation) activates it for an area
 * or the whole country and a period, and ends it; what each may do comes from the server.
 */
export function PreciseLocation({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: key(countryId),
    queryFn: () => api.get<CountryActivations>(`/api/countries/${countryId}/location-activations`),
  });
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: key(countryId) });
    await qc.invalidateQueries({ queryKey: MY_LOCATION_KEY });
  };
  const end = useMutation({
    mutationFn: (id: string) => api.post<Activation>(`/api/location-activations/${id}/end`),
    onSuccess: refresh,
  });
  const delegate = useMutation({
    mutationFn: (delegated: boolean) =>
      api.put<CountryActivations>(`/api/countries/${countryId}/location-delegation`, {
        delegated,
      }),
    onSuccess: refresh,
  });
  if (list.isPending) return <Loading />;
  if (list.error) return <ErrorBox error={list.error} onRetry={() => void list.refetch()} />;
  const { items, abilities, delegatedToCsa } = list.data;
  const shown = items.slice((page - 1) * PAGE, page * PAGE);
  return (
    <section className="card" aria-labelledby="precise-location" data-testid="precise-location">
      <h2 id="precise-location">{t('location.title')}</h2>
      <p className="muted">{t('location.help')}</p>
      {abilities.canDelegate ? (
        <CheckboxField
          label={t('location.delegate')}
          name="delegated"
          checked={delegatedToCsa}
          disabled={delegate.isPending}
          onChange={(v) => delegate.mutate(v)}
        />
      ) : (
        delegatedToCsa && <p className="muted">{t('location.delegated')}</p>
      )}
      <FormError error={delegate.error} />
      {abilities.canActivate && <ActivateForm countryId={countryId} onDone={refresh} />}
      {items.length === 0 ? (
        <p className="empty">{t('location.empty')}</p>
      ) : (
        <ul className="findings">
          {shown.map((a) => (
            <ActivationItem
              key={a.id}
              a={a}
              canEnd={abilities.canActivate && a.inForce}
              ending={end.isPending && end.variables === a.id}
              onEnd={() => end.mutate(a.id)}
            />
          ))}
        </ul>
      )}
      <FormError error={end.error} />
      <Pager page={page} pageSize={PAGE} total={items.length} onPage={setPage} />
    </section>
  );
}

function ActivationItem({
  a,
  canEnd,
  ending,
  onEnd,
}: {
  a: Activation;
  canEnd: boolean;
  ending: boolean;
  onEnd: () => void;
}) {
  const { t, locale } = useI18n();
  const at = (d: string) => formatDateTime(d, locale);
  return (
    <li data-testid="location-activation">
      <p>
        <strong>{a.areaName ?? t('location.wholeCountry')}</strong>{' '}
        <Badge tone={a.inForce ? 'error' : 'neutral'}>
          {t(a.inForce ? 'location.inForce' : 'location.over')}
        </Badge>
      </p>
      <p className="muted">
        {t('location.period', { from: at(a.startsAt), to: at(a.endsAt) })} ·{' '}
        {t('location.activatedBy', { by: a.activatedBy })}
        {a.endedAt && <> · {t('location.endedBy', { at: at(a.endedAt), by: a.endedBy ?? '' })}</>}
      </p>
      <p>{a.reason}</p>
      {canEnd && (
        <button type="button" className="btn btn-small" disabled={ending} onClick={onEnd}>
          {t('location.end')}
        </button>
      )}
    </li>
  );
}

function ActivateForm({ countryId, onDone }: { countryId: string; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const {
    draft: d,
    set,
    save,
    errors,
    submit,
  } = useDraftForm(
    {
      areaId: '',
      startsAt: localDateTime(new Date()),
      endsAt: localDateTime(new Date(Date.now() + 3 * 86_400_000)),
      reason: '',
    },
    (d) =>
      api.post<Activation>(`/api/countries/${countryId}/location-activations`, {
        areaId: d.areaId || null,
        startsAt: withOffset(d.startsAt) ?? d.startsAt,
        endsAt: withOffset(d.endsAt) ?? d.endsAt,
        reason: d.reason,
      }),
    {
      onDone: async () => {
        setOpen(false);
        await onDone();
      },
    },
  );
  if (!open)
    return (
      <div className="button-row">
        <button type="button" className="btn btn-danger" onClick={() => setOpen(true)}>
          {t('location.activate')}
        </button>
      </div>
    );
  return (
    <form className="form-grid" onSubmit={submit} noValidate>
      <AreaField countryId={countryId} value={d.areaId} onChange={set('areaId')} errors={errors} />
      <TextField
        label={t('location.startsAt')}
        name="startsAt"
        type="datetime-local"
        value={d.startsAt}
        onChange={set('startsAt')}
        errors={errors}
        required
      />
      <TextField
        label={t('location.endsAt')}
        name="endsAt"
        type="datetime-local"
        value={d.endsAt}
        onChange={set('endsAt')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('location.reason')}
        name="reason"
        value={d.reason}
        onChange={set('reason')}
        errors={errors}
        required
      />
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton busy={save.isPending} label={t('location.activate')} />
        <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
