import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { Link } from 'react-router';
import {
  ErrorBox,
  FormError,
  Loading,
  Notice,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  orNull,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useStructure } from '../../queries.ts';
import { useCeilings } from './queries.ts';

/** Duty stations and areas of a country, as grouped select options. */
function useLocationOptions(countryId: string | null | undefined) {
  const { t } = useI18n();
  const structure = useStructure(countryId);
  return [
    ...(structure.data?.dutyStations ?? []).map((s) => ({
      value: s.id,
      label: s.name,
      group: t('travel.dutyStations'),
    })),
    ...(structure.data?.areas ?? []).map((a) => ({
      value: a.id,
      label: a.name,
      group: t('travel.areas'),
    })),
  ];
}

interface AdvisoryDraft {
  locationId: string;
  title: string;
  body: string;
  validFrom: string;
  validUntil: string | null;
}

/** Issue a travel advisory; the server notifies travellers there or bound there. */
export function AdvisoryForm({ countryId }: { countryId: string | null | undefined }) {
  const { t } = useI18n();
  const locations = useLocationOptions(countryId);
  type Draft = Omit<AdvisoryDraft, 'validUntil'> & { validUntil: string };
  const form = useDraftForm(
    (): Draft => ({ locationId: '', title: '', body: '', validFrom: today(), validUntil: '' }),
    (d) =>
      api.post<{ id: string; notified?: number }>('/api/travel/advisories', {
        ...d,
        validUntil: orNull(d.validUntil),
      }),
    {
      invalidate: [['advisories'], ['notifications']],
      reset: (d) => ({ ...d, title: '', body: '', validUntil: '' }),
    },
  );
  const { draft, set, save: issue, errors, submit } = form;
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="advisory-form">
      <h3>{t('travel.advisory.issue')}</h3>
      {issue.isSuccess && (
        <Notice>{t('travel.advisory.issued', { n: issue.data.notified ?? 0 })}</Notice>
      )}
      <SelectField
        label={t('travel.advisory.location')}
        name="locationId"
        value={draft.locationId}
        onChange={set('locationId')}
        options={locations}
        empty=""
        errors={errors}
        required
      />
      <TextField
        label={t('travel.advisory.title')}
        name="title"
        value={draft.title}
        onChange={set('title')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('travel.advisory.body')}
        name="body"
        value={draft.body}
        onChange={set('body')}
        rows={4}
        errors={errors}
        required
      />
      <TextField
        label={t('travel.advisory.validFrom')}
        name="validFrom"
        type="date"
        value={draft.validFrom}
        onChange={set('validFrom')}
        errors={errors}
        required
      />
      <TextField
        label={t('travel.advisory.validUntil')}
        name="validUntil"
        type="date"
        value={draft.validUntil}
        onChange={set('validUntil')}
        errors={errors}
      />
      <FormError error={issue.error} />
      <div className="form-actions">
        <SubmitButton busy={issue.isPending} label={t('travel.advisory.issue')} />
      </div>
    </form>
  );
}

interface CeilingDraft {
  locationId: string;
  /** As typed; an empty field is sent as NaN so the server names it. */
  ceiling: string;
  appliesTo: 'all' | 'international';
}

/**
 * The staff ceilings of the country (GET /api/travel/ceilings): the same records the security
 * risk assessments show and clearance applies. The Designated Official sets or lifts them here.
 */
export function CeilingForm({ countryId }: { countryId: string | null | undefined }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const locations = useLocationOptions(countryId);
  const ceilings = useCeilings(countryId);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['travel'] });
    void qc.invalidateQueries({ queryKey: ['risk'] });
  };
  const form = useDraftForm(
    (): CeilingDraft => ({ locationId: '', ceiling: '', appliesTo: 'all' }),
    ({ locationId: id, ceiling, appliesTo }) =>
      api.put<{ locationId: string; ceiling: number; appliesTo: string }>(
        `/api/travel/ceilings/${encodeURIComponent(id)}`,
        { ceiling: ceiling.trim() === '' ? Number.NaN : Number(ceiling), appliesTo },
      ),
    { onDone: refresh },
  );
  const { draft, set, setDraft, save } = form;
  const lift = useMutation({
    mutationFn: (id: string) => api.del(`/api/travel/ceilings/${encodeURIComponent(id)}`),
    onSuccess: refresh,
  });
  // Whether the last submit had no location: checked here, so nothing is sent.
  const [missing, setMissing] = useState(false);
  const errors = missing ? { locationId: t('travel.ceiling.pickLocation') } : form.errors;
  const pick = (id: string) => {
    // Start from the ceiling in force there, if any.
    const current = ceilings.data?.items.find((c) => c.locationId === id);
    setDraft({
      locationId: id,
      ceiling: current ? String(current.ceiling) : '',
      appliesTo: current?.appliesTo ?? 'all',
    });
  };
  const submit = (e: FormEvent) => {
    setMissing(!draft.locationId);
    if (draft.locationId) form.submit(e);
    else e.preventDefault();
  };
  const canSet = ceilings.data?.canSet ?? false;
  return (
    <section className="card" aria-labelledby="travel-ceiling" data-testid="ceilings">
      <h2 id="travel-ceiling">{t('travel.ceiling.title')}</h2>
      <p className="help">{t('travel.ceiling.sharedHelp')}</p>
      {ceilings.error ? (
        <ErrorBox error={ceilings.error} onRetry={() => void ceilings.refetch()} />
      ) : ceilings.data && ceilings.data.items.length === 0 ? (
        <p className="empty">{t('travel.ceiling.none')}</p>
      ) : ceilings.data ? (
        <div className="table-wrap" tabIndex={0}>
          <table className="responsive" data-testid="ceilings-table">
            <thead>
              <tr>
                <th scope="col">{t('travel.ceiling.location')}</th>
                <th scope="col">{t('travel.ceiling.ceiling')}</th>
                <th scope="col">{t('travel.ceiling.appliesTo')}</th>
                <th scope="col">{t('travel.ceiling.assessment')}</th>
                {canSet && <th scope="col" />}
              </tr>
            </thead>
            <tbody>
              {ceilings.data.items.map((c) => (
                <tr key={c.locationId}>
                  <td data-label={t('travel.ceiling.location')}>{c.locationName}</td>
                  <td data-label={t('travel.ceiling.ceiling')}>{c.ceiling}</td>
                  <td data-label={t('travel.ceiling.appliesTo')}>
                    {c.appliesTo === 'international'
                      ? t('travel.ceiling.international')
                      : t('travel.ceiling.all')}
                  </td>
                  <td data-label={t('travel.ceiling.assessment')}>
                    {c.assessmentId ? (
                      <Link to={`/risk/assessments/${c.assessmentId}`}>
                        {t('travel.ceiling.openAssessment')}
                      </Link>
                    ) : (
                      <span className="muted">{t('travel.ceiling.noAssessment')}</span>
                    )}
                  </td>
                  {canSet && (
                    <td>
                      <button
                        type="button"
                        className="btn btn-small"
                        onClick={() => lift.mutate(c.locationId)}
                        disabled={lift.isPending}
                      >
                        {t('travel.ceiling.lift')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Loading />
      )}
      <FormError error={lift.error} />
      {canSet && (
        <form className="form-grid" onSubmit={submit} noValidate data-testid="ceiling-form">
          <p className="help">{t('travel.ceiling.help')}</p>
          {save.isSuccess && <Notice>{t('travel.ceiling.saved', { n: save.data.ceiling })}</Notice>}
          <SelectField
            label={t('travel.ceiling.location')}
            name="locationId"
            value={draft.locationId}
            onChange={pick}
            options={locations}
            empty=""
            errors={errors}
            required
          />
          <TextField
            label={t('travel.ceiling.ceiling')}
            name="ceiling"
            type="number"
            step="1"
            value={draft.ceiling}
            onChange={set('ceiling')}
            errors={errors}
            required
          />
          <SelectField
            label={t('travel.ceiling.appliesTo')}
            name="appliesTo"
            value={draft.appliesTo}
            onChange={(v) => set('appliesTo')(v === 'international' ? 'international' : 'all')}
            options={[
              { value: 'all', label: t('travel.ceiling.all') },
              { value: 'international', label: t('travel.ceiling.international') },
            ]}
            errors={errors}
          />
          <FormError error={save.error} />
          <div className="form-actions">
            <SubmitButton
              busy={save.isPending}
              label={t('travel.ceiling.save')}
              busyLabel={t('common.saving')}
            />
          </div>
        </form>
      )}
    </section>
  );
}
