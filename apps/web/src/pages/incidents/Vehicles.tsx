import { api } from '../../api.ts';
import {
  Badge,
  CheckboxField,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  formatDate,
  orNull,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations } from '../../queries.ts';
import { vehiclesKey } from './roadSafetyKeys.ts';
import type { Schemas } from '../../schema.ts';

type Vehicle = Schemas['Vehicle'];

/** The vehicles of the country with their safety equipment and inspection. */
export function VehicleTable({ vehicles }: { vehicles: Vehicle[] }) {
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

/** Registers a vehicle with its equipment checks. */
export function AddVehicleForm({ countryId }: { countryId: string }) {
  const { t } = useI18n();
  const orgs = useOrganizations();
  const {
    draft: v,
    set,
    save,
    errors,
    submit,
  } = useDraftForm(
    {
      organizationId: '',
      registration: '',
      description: '',
      hasFirstAidKit: false,
      hasSpareTyre: false,
      hasRecoveryGear: false,
      seatBeltsWork: false,
      inspectedOn: '',
    },
    (v) =>
      api.post<Vehicle>('/api/vehicles', {
        ...v,
        countryId,
        registration: v.registration.trim(),
        description: orNull(v.description),
        inspectedOn: orNull(v.inspectedOn),
      }),
    { invalidate: [vehiclesKey(countryId)], reset: true },
  );
  return (
    <form className="subcard" onSubmit={submit} noValidate>
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
