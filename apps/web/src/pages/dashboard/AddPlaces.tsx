import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
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
  const [dutyStationId, setStation] = useState(structure.dutyStations[0]?.id ?? '');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreate('/api/warden-zones', countryId, onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ dutyStationId, name, description: orNull(description) });
  };
  const errors = fieldErrors(create.error);
  return (
    <form onSubmit={submit} className="form-grid" noValidate>
      <SelectField
        label={t('common.dutyStation')}
        name="dutyStationId"
        value={dutyStationId}
        onChange={setStation}
        errors={errors}
        required
        options={stationOptions(structure)}
        empty={t('common.choose')}
      />
      <TextField
        label={t('common.name')}
        name="name"
        value={name}
        onChange={setName}
        errors={errors}
        required
      />
      <TextAreaField
        label={t('common.description')}
        name="description"
        value={description}
        onChange={setDescription}
        errors={errors}
      />
      <FormError error={create.error} />
      <div className="form-actions">
        <SubmitButton busy={create.isPending} label={t('dash.addZone')} />
      </div>
    </form>
  );
}

export function PremisesForm({ countryId, structure, onDone }: AddFormProps) {
  const { t, locale } = useI18n();
  const orgs = useOrganizations();
  const [dutyStationId, setStation] = useState(structure.dutyStations[0]?.id ?? '');
  const [zoneId, setZone] = useState('');
  const [organizationId, setOrg] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('office');
  const [shared, setShared] = useState(false);
  const [address, setAddress] = useState('');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const create = useCreate('/api/premises', countryId, onDone);
  const zones = structure.wardenZones.filter((z) => z.dutyStationId === dutyStationId);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({
      dutyStationId,
      zoneId: orNull(zoneId),
      organizationId: orNull(organizationId),
      name,
      kind,
      shared,
      address: orNull(address),
      latitude: coordinate(lat),
      longitude: coordinate(lon),
    });
  };
  const errors = fieldErrors(create.error);
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
        value={dutyStationId}
        onChange={(v) => {
          setStation(v);
          setZone('');
        }}
        errors={errors}
        required
        options={stationOptions(structure)}
        empty={t('common.choose')}
      />
      <SelectField
        label={t('common.zone')}
        name="zoneId"
        value={zoneId}
        onChange={setZone}
        errors={errors}
        options={zones.map((z) => ({ value: z.id, label: z.name }))}
        empty={t('common.none')}
      />
      <SelectField
        label={t('common.organization')}
        name="organizationId"
        value={organizationId}
        onChange={setOrg}
        errors={errors}
        options={orgOptions}
        empty={t('common.none')}
      />
      <TextField
        label={t('common.name')}
        name="name"
        value={name}
        onChange={setName}
        errors={errors}
        required
      />
      <SelectField
        label={t('common.kind')}
        name="kind"
        value={kind}
        onChange={setKind}
        errors={errors}
        options={PREMISES_KINDS.map((k) => ({ value: k, label: t(`kind.premises.${k}`) }))}
      />
      <CheckboxField
        label={t('premises.shared')}
        name="shared"
        checked={shared}
        onChange={setShared}
        errors={errors}
      />
      <TextField
        label={t('common.address')}
        name="address"
        value={address}
        onChange={setAddress}
        errors={errors}
      />
      <CoordinateFields
        lat={lat}
        lon={lon}
        onLat={setLat}
        onLon={setLon}
        errors={errors}
        required
      />
      <FormError error={create.error} />
      <div className="form-actions">
        <SubmitButton busy={create.isPending} label={t('dash.addPremises')} />
      </div>
    </form>
  );
}
