import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, withQuery } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
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
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { VIOLATION_KINDS, isViolationKind, type ViolationKind } from './categories.ts';
import { PenaltyRulesPanel } from './PenaltyRules.tsx';
import { driversKey, vehiclesKey } from './roadSafetyKeys.ts';
import { AddVehicleForm, VehicleTable } from './Vehicles.tsx';
import type { Schemas } from '../../schema.ts';
import './incidents.css';

type Driver = Schemas['Driver'];
type Vehicle = Schemas['Vehicle'];

/** /road-safety — vehicles, drivers, violations and revoked permissions to drive. */
export function RoadSafetyPage() {
  const { t } = useI18n();
  const { countryId } = useCurrentCountry();
  const vehicles = useQuery({
    queryKey: vehiclesKey(countryId),
    queryFn: ({ signal }) =>
      api.get<{ items: Vehicle[] }>(withQuery('/api/vehicles', { countryId }), signal),
    enabled: Boolean(countryId),
  });
  const drivers = useQuery({
    queryKey: driversKey(countryId),
    queryFn: ({ signal }) =>
      api.get<{ items: Driver[] }>(withQuery('/api/drivers', { countryId }), signal),
    enabled: Boolean(countryId),
  });

  return (
    <div className="page">
      <p className="small">
        <Link to="/incidents">
          <span className="dir-icon" aria-hidden="true">
            ←
          </span>{' '}
          {t('incidents.list.title')}
        </Link>
      </p>
      <div className="page-head">
        <h1>{t('incidents.road.title')}</h1>
      </div>
      <p className="muted">{t('incidents.road.rules')}</p>
      {!countryId ? (
        <p className="card empty">{t('incidents.road.noCountry')}</p>
      ) : (
        <>
          <PenaltyRulesPanel countryId={countryId} />
          <section className="card" aria-labelledby="road-drivers">
            <h2 id="road-drivers">{t('incidents.road.drivers')}</h2>
            {drivers.isPending ? (
              <Loading />
            ) : drivers.error ? (
              <ErrorBox error={drivers.error} onRetry={() => void drivers.refetch()} />
            ) : drivers.data.items.length === 0 ? (
              <p className="empty">{t('incidents.road.noDrivers')}</p>
            ) : (
              drivers.data.items.map((d) => (
                <DriverCard
                  key={d.id}
                  driver={d}
                  vehicles={vehicles.data?.items ?? []}
                  countryId={countryId}
                />
              ))
            )}
            <AddDriverForm countryId={countryId} />
          </section>

          <section className="card" aria-labelledby="road-vehicles">
            <h2 id="road-vehicles">{t('incidents.road.vehicles')}</h2>
            {vehicles.isPending ? (
              <Loading />
            ) : vehicles.error ? (
              <ErrorBox error={vehicles.error} onRetry={() => void vehicles.refetch()} />
            ) : vehicles.data.items.length === 0 ? (
              <p className="empty">{t('incidents.road.noVehicles')}</p>
            ) : (
              <VehicleTable vehicles={vehicles.data.items} />
            )}
            <AddVehicleForm countryId={countryId} />
          </section>
        </>
      )}
    </div>
  );
}

function violationLabel(kind: string, t: ReturnType<typeof useI18n>['t']): string {
  return isViolationKind(kind) ? t(`incidents.road.violation.${kind}`) : kind;
}

function DriverCard({
  driver: d,
  vehicles,
  countryId,
}: {
  driver: Driver;
  vehicles: Vehicle[];
  countryId: string;
}) {
  const { t, locale } = useI18n();
  const [recording, setRecording] = useState(false);
  const revoked = d.permitStatus === 'revoked';
  return (
    <article className="subcard" data-testid="driver">
      <h3>
        {d.personName}{' '}
        {revoked ? (
          <Badge tone="error">{t('incidents.road.revoked')}</Badge>
        ) : (
          <Badge tone="ok">{t('incidents.road.permitted')}</Badge>
        )}
      </h3>
      {revoked && (
        <p className="alert alert-error" data-testid="driver-revoked">
          {t('incidents.road.revokedBecause', {
            date: formatDate(d.revokedOn, locale),
            reason: d.revokedReason ?? t('common.none'),
          })}
        </p>
      )}
      {d.violations.length === 0 ? (
        <p className="empty small">{t('incidents.road.noViolations')}</p>
      ) : (
        <ul className="small">
          {[...d.violations]
            .sort((a, b) => b.occurredOn.localeCompare(a.occurredOn))
            .map((v) => (
              <li key={v.id}>
                {formatDate(v.occurredOn, locale)} — {violationLabel(v.kind, t)}
                {v.details ? `: ${v.details}` : ''}
              </li>
            ))}
        </ul>
      )}
      {recording ? (
        <ViolationForm
          driverId={d.id}
          vehicles={vehicles}
          countryId={countryId}
          onDone={() => setRecording(false)}
        />
      ) : (
        <button type="button" className="btn btn-small" onClick={() => setRecording(true)}>
          {t('incidents.road.recordViolation')}
        </button>
      )}
    </article>
  );
}

function ViolationForm({
  driverId,
  vehicles,
  countryId,
  onDone,
}: {
  driverId: string;
  vehicles: Vehicle[];
  countryId: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    () => ({ kind: 'speeding' as ViolationKind, occurredOn: today(), vehicleId: '', details: '' }),
    (d) =>
      api.post<Driver>(`/api/drivers/${driverId}/violations`, {
        kind: d.kind,
        occurredOn: d.occurredOn,
        vehicleId: orNull(d.vehicleId),
        details: orNull(d.details),
      }),
    { invalidate: [driversKey(countryId)], onDone },
  );
  return (
    <form className="subcard" onSubmit={submit} noValidate data-testid="violation-form">
      <div className="form-grid">
        <SelectField
          label={t('incidents.road.violationKind')}
          name="kind"
          value={draft.kind}
          onChange={(v) => isViolationKind(v) && set('kind')(v)}
          errors={errors}
          required
          options={VIOLATION_KINDS.map((k) => ({ value: k, label: violationLabel(k, t) }))}
        />
        <TextField
          label={t('incidents.road.occurredOn')}
          name="occurredOn"
          type="date"
          value={draft.occurredOn}
          onChange={set('occurredOn')}
          errors={errors}
          required
        />
        <SelectField
          label={t('incidents.road.vehicle')}
          name="vehicleId"
          value={draft.vehicleId}
          onChange={set('vehicleId')}
          errors={errors}
          options={vehicles.map((v) => ({ value: v.id, label: v.registration }))}
          empty={t('common.none')}
        />
      </div>
      <TextAreaField
        label={t('incidents.road.details')}
        name="details"
        value={draft.details}
        onChange={set('details')}
        errors={errors}
        rows={2}
      />
      {draft.kind === 'driving_under_influence' && (
        <p className="alert alert-warning">{t('incidents.road.duiWarning')}</p>
      )}
      <FormError error={save.error} />
      <div className="button-row">
        <SubmitButton busy={save.isPending} label={t('incidents.road.recordViolation')} />
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddDriverForm({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useDraftForm(
    { personId: null as string | null },
    (d) => api.post<Driver>('/api/drivers', d),
    { invalidate: [driversKey(countryId)], reset: true },
  );
  return (
    <form className="subcard" onSubmit={submit} noValidate>
      <h3>{t('incidents.road.addDriver')}</h3>
      <PersonPicker
        label={t('incidents.road.person')}
        name="personId"
        value={draft.personId}
        onChange={set('personId')}
        countryId={countryId}
        kind="personnel"
        errors={errors}
        required
      />
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('incidents.road.addDriver')} />
    </form>
  );
}
