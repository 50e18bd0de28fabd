import { useState, type FormEvent } from 'react';
import { fieldErrors } from '../../api.ts';
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
  const [name, setName] = useState('');
  const [kind, setKind] = useState('outside_capital');
  const create = useCreate('/api/areas', countryId, onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ countryId, name, kind });
  };
  const errors = fieldErrors(create.error);
  return (
    <form onSubmit={submit} className="form-grid" noValidate>
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
        options={AREA_KINDS.map((k) => ({ value: k, label: t(`kind.area.${k}`) }))}
      />
      <FormError error={create.error} />
      <div className="form-actions">
        <SubmitButton busy={create.isPending} label={t('dash.addArea')} />
      </div>
    </form>
  );
}

function StationForm({ countryId, structure, onDone }: AddFormProps) {
  const { t } = useI18n();
  const [areaId, setAreaId] = useState(structure.areas[0]?.id ?? '');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('field');
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const create = useCreate('/api/duty-stations', countryId, onDone);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate({ areaId, name, kind, latitude: coordinate(lat), longitude: coordinate(lon) });
  };
  const errors = fieldErrors(create.error);
  return (
    <form onSubmit={submit} className="form-grid" noValidate>
      <SelectField
        label={t('common.area')}
        name="areaId"
        value={areaId}
        onChange={setAreaId}
        errors={errors}
        required
        options={structure.areas.map((a) => ({ value: a.id, label: a.name }))}
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
      <SelectField
        label={t('common.kind')}
        name="kind"
        value={kind}
        onChange={setKind}
        errors={errors}
        options={DUTY_STATION_KINDS.map((k) => ({ value: k, label: t(`kind.station.${k}`) }))}
      />
      <CoordinateFields lat={lat} lon={lon} onLat={setLat} onLon={setLon} errors={errors} />
      <FormError error={create.error} />
      <div className="form-actions">
        <SubmitButton busy={create.isPending} label={t('dash.addStation')} />
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
