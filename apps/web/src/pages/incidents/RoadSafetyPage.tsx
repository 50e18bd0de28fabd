import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, fieldErrors, withQuery } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import {
  Badge,
  CheckboxField,
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
import { useCurrentCountry } from '../../country.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';
import { VIOLATION_KINDS, isViolationKind, type ViolationKind } from './categories.ts';
import { PenaltyRulesPanel } from './PenaltyRules.tsx';
import type { Schemas } from '../../schema.ts';
import './incidents.css';

type Driver = Schemas['Driver'];
type Vehicle = Schemas['Vehicle'];

const vehiclesKey = (countryId: string | null) => ['road-safety', 'vehicles', countryId];
const driversKey = (countryId: string | null) => ['road-safety', 'drivers', countryId];

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
  const qc = useQueryClient();
  const [kind, setKind] = useState<ViolationKind>('speeding');
  const [occurredOn, setOccurredOn] = useState(today());
  const [vehicleId, setVehicleId] = useState('');
  const [details, setDetails] = useState('');
  const save = useMutation({
    mutationFn: () =>
      api.post<Driver>(`/api/drivers/${driverId}/violations`, {
        kind,
        occurredOn,
        vehicleId: orNull(vehicleId),
        details: orNull(details),
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: driversKey(countryId) });
      onDone();
    },
  });
  const errors = fieldErrors(save.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };
  return (
    <form className="subcard" onSubmit={submit} noValidate data-testid="violation-form">
      <div className="form-grid">
        <SelectField
          label={t('incidents.road.violationKind')}
          name="kind"
          value={kind}
          onChange={(v) => isViolationKind(v) && setKind(v)}
          errors={errors}
          required
          options={VIOLATION_KINDS.map((k) => ({ value: k, label: violationLabel(k, t) }))}
        />
        <TextField
          label={t('incidents.road.occurredOn')}
          name="occurredOn"
          type="date"
          value={occurredOn}
          onChange={setOccurredOn}
          errors={errors}
          required
        />
        <SelectField
          label={t('incidents.road.vehicle')}
          name="vehicleId"
          value={vehicleId}
          onChange={setVehicleId}
          errors={errors}
          options={vehicles.map((v) => ({ value: v.id, label: v.registration }))}
          empty={t('common.none')}
        />
      </div>
      <TextAreaField
        label={t('incidents.road.details')}
        name="details"
        value={details}
        onChange={setDetails}
        errors={errors}
        rows={2}
      />
      {kind === 'driving_under_influence' && (
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
  const qc = useQueryClient();
  const [personId, setPersonId] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => api.post<Driver>('/api/drivers', { personId }),
    onSuccess: async () => {
      setPersonId(null);
      await qc.invalidateQueries({ queryKey: driversKey(countryId) });
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
      <h3>{t('incidents.road.addDriver')}</h3>
      <PersonPicker
        label={t('incidents.road.person')}
        name="personId"
        value={personId}
        onChange={setPersonId}
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

function VehicleTable({ vehicles }: { vehicles: Vehicle[] }) {
  const { t, locale } = useI18n();
  const yesNo = (b: boolean) => (b ? t('common.yes') : t('common.no'));
  return (
    <div className="table-wrap" tabIndex={0}>
      <table className="responsive" data-testid="vehicles-table">
        <thead>
          <tr>
            <th scope="col">{t('incidents.road.registration')}</th>
            <th scope="col">{t('common.description')}</th>
            <th scope="col">{t('incidents.road.firstAid')}</th>
            <th scope="col">{t('incidents.road.spareTyre')}</th>
            <th scope="col">{t('incidents.road.recoveryGear')}</th>
            <th scope="col">{t('incidents.road.seatBelts')}</th>
            <th scope="col">{t('incidents.road.inspectedOn')}</th>
            <th scope="col">{t('common.status')}</th>
          </tr>
        </thead>
        <tbody>
          {vehicles.map((v) => (
            <tr key={v.id}>
              <td data-label={t('incidents.road.registration')}>{v.registration}</td>
              <td data-label={t('common.description')}>{v.description ?? t('common.none')}</td>
              <td data-label={t('incidents.road.firstAid')}>{yesNo(v.hasFirstAidKit)}</td>
              <td data-label={t('incidents.road.spareTyre')}>{yesNo(v.hasSpareTyre)}</td>
              <td data-label={t('incidents.road.recoveryGear')}>{yesNo(v.hasRecoveryGear)}</td>
              <td data-label={t('incidents.road.seatBelts')}>{yesNo(v.seatBeltsWork)}</td>
              <td data-label={t('incidents.road.inspectedOn')}>
                {v.inspectedOn ? formatDate(v.inspectedOn, locale) : t('common.none')}
              </td>
              <td data-label={t('common.status')}>
                {v.compliant ? (
                  <Badge tone="ok">{t('incidents.road.compliant')}</Badge>
                ) : (
                  <Badge tone="warning">{t('incidents.road.notCompliant')}</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AddVehicleForm({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const orgs = useOrganizations();
  const empty = {
    organizationId: '',
    registration: '',
    description: '',
    hasFirstAidKit: false,
    hasSpareTyre: false,
    hasRecoveryGear: false,
    seatBeltsWork: false,
    inspectedOn: '',
  };
  const [v, setV] = useState(empty);
  const set =
    <K extends keyof typeof empty>(k: K) =>
    (value: (typeof empty)[K]) =>
      setV((prev) => ({ ...prev, [k]: value }));
  const save = useMutation({
    mutationFn: () =>
      api.post<Vehicle>('/api/vehicles', {
        ...v,
        countryId,
        registration: v.registration.trim(),
        description: orNull(v.description),
        inspectedOn: orNull(v.inspectedOn),
      }),
    onSuccess: async () => {
      setV(empty);
      await qc.invalidateQueries({ queryKey: vehiclesKey(countryId) });
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
      <h3>{t('incidents.road.addVehicle')}</h3>
      <div className="form-grid">
        <SelectField
          label={t('common.organization')}
          name="organizationId"
          value={v.organizationId}
          onChange={set('organizationId')}
          errors={errors}
          required
          options={[...(orgs.data?.items ?? [])]
            .sort((a, b) => a.code.localeCompare(b.code))
            .map((o) => ({ value: o.id, label: o.code }))}
          empty={t('common.choose')}
        />
        <TextField
          label={t('incidents.road.registration')}
          name="registration"
          value={v.registration}
          onChange={set('registration')}
          errors={errors}
          required
        />
        <TextField
          label={t('common.description')}
          name="description"
          value={v.description}
          onChange={set('description')}
          errors={errors}
        />
        <TextField
          label={t('incidents.road.inspectedOn')}
          name="inspectedOn"
          type="date"
          value={v.inspectedOn}
          onChange={set('inspectedOn')}
          errors={errors}
        />
      </div>
      <div className="form-grid">
        <CheckboxField
          label={t('incidents.road.firstAid')}
          name="hasFirstAidKit"
          checked={v.hasFirstAidKit}
          onChange={set('hasFirstAidKit')}
        />
        <CheckboxField
          label={t('incidents.road.spareTyre')}
          name="hasSpareTyre"
          checked={v.hasSpareTyre}
          onChange={set('hasSpareTyre')}
        />
        <CheckboxField
          label={t('incidents.road.recoveryGear')}
          name="hasRecoveryGear"
          checked={v.hasRecoveryGear}
          onChange={set('hasRecoveryGear')}
        />
        <CheckboxField
          label={t('incidents.road.seatBelts')}
          name="seatBeltsWork"
          checked={v.seatBeltsWork}
          onChange={set('seatBeltsWork')}
        />
      </div>
      <FormError error={save.error} />
      <SubmitButton busy={save.isPending} label={t('incidents.road.addVehicle')} />
    </form>
  );
}
