import {
  CheckboxField,
  FormError,
  SelectField,
  SubmitButton,
  TextAreaField,
  TextField,
  orNull,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { orgName, useOrganizations } from '../../queries.ts';
import { PREMISES_KINDS } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Structure = Schemas['CountryStructure'];
import type { AddFormProps } from './AddStructure.tsx';
import { CoordinateFields } from './CoordinateFields.tsx';
import { coordinate, useCreate } from './useCreate.ts';

function stationOptions(structure: Structure) {
  return structure.dutyStations.map((s) => ({
    value: s.id,
    label: s.name,
    group: structure.areas.find((a) => a.id === s.areaId)?.name ?? '',
  }));
}

export function ZoneForm({ countryId, structure, onDone }: AddFormProps) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useCreate(
    { dutyStationId: structure.dutyStations[0]?.id ?? '', name: '', description: '' },
    '/api/warden-zones',
    countryId,
    (d) => ({ ...d, description: orNull(d.description) }),
    onDone,
  );
  return (
    <form onSubmit={submit} className="form-grid" noValidate>
      <SelectField
        label={t('common.dutyStation')}
        name="dutyStationId"
        value={draft.dutyStationId}
        onChange={set('dutyStationId')}
        errors={errors}
        required
        options={stationOptions(structure)}
        empty={t('common.choose')}
      />
      <TextField
        label={t('common.name')}
        name="name"
        value={draft.name}
        onChange={set('name')}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('common.description')}
        name="description"
        value={draft.description}
        onChange={set('description')}
        errors={errors}
      />
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('dash.addZone')} />
      </div>
    </form>
  );
}

export function PremisesForm({ countryId, structure, onDone }: AddFormProps) {
  const { t, locale } = useI18n();
  const orgs = useOrganizations();
  const { draft, set, setDraft, save, errors, submit } = useCreate(
    {
      dutyStationId: structure.dutyStations[0]?.id ?? '',
      zoneId: '',
      organizationId: '',
      name: '',
      kind: 'office',
      shared: false,
      address: '',
      lat: '',
      lon: '',
    },
    '/api/premises',
    countryId,
    (d) => ({
      dutyStationId: d.dutyStationId,
      zoneId: orNull(d.zoneId),
      organizationId: orNull(d.organizationId),
      name: d.name,
      kind: d.kind,
      shared: d.shared,
      address: orNull(d.address),
      latitude: coordinate(d.lat),
      longitude: coordinate(d.lon),
    }),
    onDone,
  );
  const zones = structure.wardenZones.filter((z) => z.dutyStationId === draft.dutyStationId);
  const orgOptions = [...(orgs.data?.items ?? [])]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((o) => ({
      value: o.id,
      label: `${o.code} — ${orgName(o, locale)}`,
    }));
  return (
    <form onSubmit={submit} className="form-grid" noValidate>
      <SelectField
        label={t('common.dutyStation')}
        name="dutyStationId"
        value={draft.dutyStationId}
        onChange={(v) => setDraft((d) => ({ ...d, dutyStationId: v, zoneId: '' }))}
        errors={errors}
        required
        options={stationOptions(structure)}
        empty={t('common.choose')}
      />
      <SelectField
        label={t('common.zone')}
        name="zoneId"
        value={draft.zoneId}
        onChange={set('zoneId')}
        errors={errors}
        options={zones.map((z) => ({ value: z.id, label: z.name }))}
        empty={t('common.none')}
      />
      <SelectField
        label={t('common.organization')}
        name="organizationId"
        value={draft.organizationId}
        onChange={set('organizationId')}
        errors={errors}
        options={orgOptions}
        empty={t('common.none')}
      />
      <TextField
        label={t('common.name')}
        name="name"
        value={draft.name}
        onChange={set('name')}
        errors={errors}
        required
      />
      <SelectField
        label={t('common.kind')}
        name="kind"
        value={draft.kind}
        onChange={set('kind')}
        errors={errors}
        options={PREMISES_KINDS.map((k) => ({ value: k, label: t(`kind.premises.${k}`) }))}
      />
      <CheckboxField
        label={t('premises.shared')}
        name="shared"
        checked={draft.shared}
        onChange={set('shared')}
        errors={errors}
      />
      <TextField
        label={t('common.address')}
        name="address"
        value={draft.address}
        onChange={set('address')}
        errors={errors}
      />
      <CoordinateFields
        lat={draft.lat}
        lon={draft.lon}
        onLat={set('lat')}
        onLon={set('lon')}
        errors={errors}
        required
      />
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('dash.addPremises')} />
      </div>
    </form>
  );
}
