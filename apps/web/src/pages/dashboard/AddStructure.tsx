import { useState } from 'react';
import { FormError, Notice, SelectField, SubmitButton, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { AREA_KINDS, DUTY_STATION_KINDS } from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Structure = Schemas['CountryStructure'];
import { PremisesForm, ZoneForm } from './AddPlaces.tsx';
import { CoordinateFields } from './CoordinateFields.tsx';
import { coordinate, useCreate } from './useCreate.ts';

type Which = 'area' | 'station' | 'zone' | 'premises';

export interface AddFormProps {
  countryId: string;
  structure: Structure;
  onDone: () => void;
}

function AreaForm({ countryId, onDone }: AddFormProps) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useCreate(
    { name: '', kind: 'outside_capital' },
    '/api/areas',
    countryId,
    (d) => ({ countryId, ...d }),
    onDone,
  );
  return (
    <form onSubmit={submit} className="form-grid" noValidate>
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
        options={AREA_KINDS.map((k) => ({ value: k, label: t(`kind.area.${k}`) }))}
      />
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('dash.addArea')} />
      </div>
    </form>
  );
}

function StationForm({ countryId, structure, onDone }: AddFormProps) {
  const { t } = useI18n();
  const { draft, set, save, errors, submit } = useCreate(
    { areaId: structure.areas[0]?.id ?? '', name: '', kind: 'field', lat: '', lon: '' },
    '/api/duty-stations',
    countryId,
    (d) => ({
      areaId: d.areaId,
      name: d.name,
      kind: d.kind,
      latitude: coordinate(d.lat),
      longitude: coordinate(d.lon),
    }),
    onDone,
  );
  return (
    <form onSubmit={submit} className="form-grid" noValidate>
      <SelectField
        label={t('common.area')}
        name="areaId"
        value={draft.areaId}
        onChange={set('areaId')}
        errors={errors}
        required
        options={structure.areas.map((a) => ({ value: a.id, label: a.name }))}
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
      <SelectField
        label={t('common.kind')}
        name="kind"
        value={draft.kind}
        onChange={set('kind')}
        errors={errors}
        options={DUTY_STATION_KINDS.map((k) => ({ value: k, label: t(`kind.station.${k}`) }))}
      />
      <CoordinateFields
        lat={draft.lat}
        lon={draft.lon}
        onLat={set('lat')}
        onLon={set('lon')}
        errors={errors}
      />
      <FormError error={save.error} />
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={t('dash.addStation')} />
      </div>
    </form>
  );
}

/** The "add area / duty station / zone / premises" buttons and their forms. */
export function AddStructure({
  countryId,
  structure,
}: {
  countryId: string;
  structure: Structure;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Which | null>(null);
  const [added, setAdded] = useState(false);
  const onDone = () => {
    setOpen(null);
    setAdded(true);
  };
  const buttons: [Which, string, boolean][] = [
    ['area', t('dash.addArea'), true],
    ['station', t('dash.addStation'), structure.areas.length > 0],
    ['zone', t('dash.addZone'), structure.dutyStations.length > 0],
    ['premises', t('dash.addPremises'), structure.dutyStations.length > 0],
  ];
  const props = { countryId, structure, onDone };
  return (
    <div className="add-structure">
      <div className="button-row">
        {buttons
          .filter(([, , enabled]) => enabled)
          .map(([which, label]) => (
            <button
              key={which}
              type="button"
              className={`btn btn-small${open === which ? ' btn-active' : ''}`}
              aria-expanded={open === which}
              onClick={() => {
                setAdded(false);
                setOpen(open === which ? null : which);
              }}
            >
              + {label}
            </button>
          ))}
      </div>
      {added && <Notice>{t('dash.added')}</Notice>}
      {open && (
        <div className="subcard">
          {open === 'area' && <AreaForm {...props} />}
          {open === 'station' && <StationForm {...props} />}
          {open === 'zone' && <ZoneForm {...props} />}
          {open === 'premises' && <PremisesForm {...props} />}
          <button type="button" className="btn btn-ghost btn-small" onClick={() => setOpen(null)}>
            {t('common.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
