import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, withQuery } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import {
  ErrorBox,
  FormError,
  Loading,
  Notice,
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
import { useStructure } from '../../queries.ts';
import { TRAINING_KEYS } from './queries.ts';

export interface SsafeMandate {
  id: string;
  countryId: string;
  locationId: string;
  locationKind: string;
  locationName: string;
  mandatoryFrom: string;
  endsOn: string | null;
  decidedBy: string;
  refresherMonths: number | null;
}

export function useSsafeMandates(countryId: string | null | undefined) {
  return useQuery({
    queryKey: ['training', 'ssafe-mandates', countryId],
    queryFn: () =>
      api.get<{ items: SsafeMandate[]; abilities: { canDecide: boolean } }>(
        withQuery('/api/training/ssafe-mandates', { countryId }),
      ),
    enabled: Boolean(countryId),
  });
}

export interface SsafeExemption {
  id: string;
  personId: string;
  personName: string;
  locationId: string;
  locationName: string;
  reason: string;
  validFrom: string | null;
  validUntil: string;
}

export function useSsafeExemptions(countryId: string | null | undefined) {
  return useQuery({
    queryKey: ['training', 'ssafe-exemptions', countryId],
    queryFn: () =>
      api.get<{ items: SsafeExemption[] }>(
        withQuery('/api/training/ssafe-exemptions', { countryId }),
      ),
    enabled: Boolean(countryId),
  });
}

/** Duty stations and areas of a country, as grouped select options. */
function useLocationOptions(countryId: string) {
  const { t } = useI18n();
  const structure = useStructure(countryId);
  return [
    ...(structure.data?.dutyStations ?? []).map((s) => ({
      value: s.id,
      label: s.name,
      group: t('training.ssafe.dutyStations'),
    })),
    ...(structure.data?.areas ?? []).map((a) => ({
      value: a.id,
      label: a.name,
      group: t('training.ssafe.areas'),
    })),
  ];
}

/** SSAFE decisions of the country: where it is mandatory, and case-by-case exemptions. */
export function SsafeDecisions({ countryId }: { countryId: string }) {
  const { t, locale } = useI18n();
  const mandates = useSsafeMandates(countryId);
  const exemptions = useSsafeExemptions(countryId);
  // Only the Designated Official decides on SSAFE: others see the decisions, not the forms.
  const canDecide = mandates.data?.abilities.canDecide === true;
  return (
    <>
      <section className="card" aria-labelledby="ssafe-mandates">
        <h2 id="ssafe-mandates">{t('training.ssafe.mandates')}</h2>
        {mandates.isPending ? (
          <Loading />
        ) : mandates.error ? (
          <ErrorBox error={mandates.error} onRetry={() => void mandates.refetch()} />
        ) : mandates.data.items.length === 0 ? (
          <p className="empty">{t('training.ssafe.noMandates')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="ssafe-mandates">
              <thead>
                <tr>
                  <th scope="col">{t('training.ssafe.location')}</th>
                  <th scope="col">{t('training.ssafe.mandatoryFrom')}</th>
                  <th scope="col">{t('training.ssafe.endsOn')}</th>
                  <th scope="col">{t('training.ssafe.decidedBy')}</th>
                  <th scope="col">{t('training.ssafe.refresherMonths')}</th>
                </tr>
              </thead>
              <tbody>
                {mandates.data.items.map((m) => (
                  <tr key={m.id}>
                    <td data-label={t('training.ssafe.location')}>{m.locationName}</td>
                    <td data-label={t('training.ssafe.mandatoryFrom')}>
                      {formatDate(m.mandatoryFrom, locale)}
                    </td>
                    <td data-label={t('training.ssafe.endsOn')}>
                      {m.endsOn ? formatDate(m.endsOn, locale) : '—'}
                    </td>
                    <td data-label={t('training.ssafe.decidedBy')}>{m.decidedBy}</td>
                    <td data-label={t('training.ssafe.refresherMonths')}>
                      {m.refresherMonths ?? '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canDecide && <MandateForm countryId={countryId} />}
      </section>
      <section className="card" aria-labelledby="ssafe-exemption">
        <h2 id="ssafe-exemption">{t('training.exemptions')}</h2>
        {exemptions.isPending ? (
          <Loading />
        ) : exemptions.error ? (
          <ErrorBox error={exemptions.error} onRetry={() => void exemptions.refetch()} />
        ) : exemptions.data.items.length === 0 ? (
          <p className="empty">{t('training.ssafe.noExemptions')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="responsive" data-testid="ssafe-exemptions">
              <thead>
                <tr>
                  <th scope="col">{t('training.ssafe.person')}</th>
                  <th scope="col">{t('training.ssafe.location')}</th>
                  <th scope="col">{t('training.ssafe.reason')}</th>
                  <th scope="col">{t('training.ssafe.validFrom')}</th>
                  <th scope="col">{t('training.ssafe.validUntil')}</th>
                </tr>
              </thead>
              <tbody>
                {exemptions.data.items.map((x) => (
                  <tr key={x.id}>
                    <td data-label={t('training.ssafe.person')}>
                      <Link to={`/training/people/${x.personId}`}>{x.personName}</Link>
                    </td>
                    <td data-label={t('training.ssafe.location')}>{x.locationName}</td>
                    <td data-label={t('training.ssafe.reason')}>{x.reason}</td>
                    <td data-label={t('training.ssafe.validFrom')}>
                      {x.validFrom ? formatDate(x.validFrom, locale) : '—'}
                    </td>
                    <td data-label={t('training.ssafe.validUntil')}>
                      {formatDate(x.validUntil, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {canDecide && (
          <>
            <h3>{t('training.ssafe.exemption')}</h3>
            <ExemptionForm countryId={countryId} />
          </>
        )}
      </section>
    </>
  );
}

function MandateForm({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const locations = useLocationOptions(countryId);
  const { draft, set, save, errors, submit } = useDraftForm(
    { locationId: '', mandatoryFrom: today(), decidedBy: '', refresherMonths: '' },
    (d) => {
      const months = orNull(d.refresherMonths.trim());
      return api.post('/api/training/ssafe-mandates', {
        ...d,
        refresherMonths: months === null ? null : Number(months),
      });
    },
    {
      reset: (d) => ({ ...d, locationId: '', decidedBy: '', refresherMonths: '' }),
      invalidate: TRAINING_KEYS,
    },
  );
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="ssafe-mandate-form">
      <h3>{t('training.ssafe.newMandate')}</h3>
      {save.isSuccess && <Notice>{t('training.ssafe.mandateSaved')}</Notice>}
      <SelectField
        label={t('training.ssafe.location')}
        name="locationId"
        value={draft.locationId}
        onChange={set('locationId')}
        options={locations}
        empty=""
        errors={errors}
        required
      />
      <TextField
        label={t('training.ssafe.mandatoryFrom')}
        name="mandatoryFrom"
        type="date"
        value={draft.mandatoryFrom}
        onChange={set('mandatoryFrom')}
        errors={errors}
        required
      />
      <TextField
        label={t('training.ssafe.decidedBy')}
        name="decidedBy"
        value={draft.decidedBy}
        onChange={set('decidedBy')}
        help={t('training.ssafe.decidedByHelp')}
        errors={errors}
        required
      />
      <TextField
        label={t('training.ssafe.refresherMonths')}
        name="refresherMonths"
        type="number"
        step="1"
        value={draft.refresherMonths}
        onChange={set('refresherMonths')}
        errors={errors}
      />
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('training.ssafe.makeMandatory')} />
      </div>
    </form>
  );
}

function ExemptionForm({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const locations = useLocationOptions(countryId);
  const { draft, set, save, errors, submit } = useDraftForm(
    {
      personId: null as string | null,
      locationId: '',
      reason: '',
      validFrom: '',
      validUntil: '',
    },
    (d) =>
      api.post('/api/training/ssafe-exemptions', {
        ...d,
        personId: d.personId ?? '',
        validFrom: orNull(d.validFrom),
      }),
    {
      reset: (d) => ({ ...d, personId: null, reason: '', validFrom: '', validUntil: '' }),
      invalidate: TRAINING_KEYS,
    },
  );
  return (
    <form className="form-grid" onSubmit={submit} noValidate data-testid="ssafe-exemption-form">
      <p className="help">{t('training.ssafe.exemptionHelp')}</p>
      {save.isSuccess && <Notice>{t('training.ssafe.exemptionSaved')}</Notice>}
      <PersonPicker
        label={t('training.ssafe.person')}
        name="personId"
        value={draft.personId}
        onChange={set('personId')}
        countryId={countryId}
        errors={errors}
        required
      />
      <SelectField
        label={t('training.ssafe.location')}
        name="locationId"
        value={draft.locationId}
        onChange={set('locationId')}
        options={locations}
        empty=""
        errors={errors}
        required
      />
      <TextAreaField
        label={t('training.ssafe.reason')}
        name="reason"
        value={draft.reason}
        onChange={set('reason')}
        errors={errors}
        required
      />
      <TextField
        label={t('training.ssafe.validFrom')}
        name="validFrom"
        type="date"
        value={draft.validFrom}
        onChange={set('validFrom')}
        errors={errors}
      />
      <TextField
        label={t('training.ssafe.validUntil')}
        name="validUntil"
        type="date"
        value={draft.validUntil}
        onChange={set('validUntil')}
        errors={errors}
        required
      />
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('training.ssafe.exempt')} />
      </div>
    </form>
  );
}
