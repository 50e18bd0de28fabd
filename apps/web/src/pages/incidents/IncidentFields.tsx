import { useId, useState } from 'react';
import { SelectField, TextAreaField, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, sortCountries, useCountries, useStructure } from '../../queries.ts';
import { CLASSIFICATIONS, categoryOptions } from './categories.ts';
import type { IncidentDraft } from './incidentDraft.ts';

type Errors = Record<string, string>;

interface Props {
  d: IncidentDraft;
  set: <K extends keyof IncidentDraft>(k: K) => (v: IncidentDraft[K]) => void;
  errors: Errors;
}

/** The incident fields shared by the report form and the correction form. */
export function IncidentFields({ d, set, errors }: Props) {
  const { t, locale } = useI18n();
  const countries = useCountries();
  const structure = useStructure(d.countryId || null);
  const timeId = useId();
  const [geo, setGeo] = useState<'idle' | 'busy' | 'error' | 'ok'>('idle');
  const [geoMessage, setGeoMessage] = useState('');

  const areas = structure.data?.areas ?? [];
  const stations = (structure.data?.dutyStations ?? []).filter(
    (s) => !d.areaId || s.areaId === d.areaId,
  );
  const canLocate = typeof navigator !== 'undefined' && 'geolocation' in navigator;

  const locate = () => {
    if (!canLocate) return;
    setGeo('busy');
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        set('latitude')(pos.coords.latitude.toFixed(5));
        set('longitude')(pos.coords.longitude.toFixed(5));
        setGeo('ok');
        setGeoMessage(t('incidents.form.positionAccuracy', { m: Math.round(pos.coords.accuracy) }));
      },
      (err) => {
        setGeo('error');
        setGeoMessage(
          err.code === err.PERMISSION_DENIED
            ? t('incidents.form.positionDenied')
            : t('incidents.form.positionFailed'),
        );
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };

  const timeError = errors.occurredAt ?? errors.timeZone;
  const count = (name: keyof IncidentDraft & string, label: string) => (
    <TextField
      label={label}
      name={name}
      type="number"
      step="1"
      value={d[name]}
      onChange={set(name) as (v: string) => void}
      errors={errors}
    />
  );

  return (
    <>
      <fieldset>
        <legend>{t('incidents.form.what')}</legend>
        <SelectField
          label={t('incidents.category')}
          name="category"
          value={d.category}
          onChange={set('category')}
          errors={errors}
          required
          options={categoryOptions(locale, {
            safety: t('incidents.nature.safety'),
            security: t('incidents.nature.security'),
          })}
          empty={t('common.choose')}
        />
        <div className={`field${timeError ? ' field-invalid' : ''}`}>
          <label htmlFor={timeId}>
            {t('incidents.occurredAt')}
            <span aria-hidden="true"> *</span>
          </label>
          <input
            id={timeId}
            name="occurredAt"
            type="datetime-local"
            value={d.occurredLocal}
            onChange={(e) => set('occurredLocal')(e.target.value)}
            required
            aria-invalid={Boolean(timeError)}
            aria-describedby={`${timeId}-help${timeError ? ` ${timeId}-error` : ''}`}
          />
          <small id={`${timeId}-help`} className="help">
            {t('incidents.form.timeZone', { tz: d.timeZone })}
          </small>
          {timeError && (
            <small id={`${timeId}-error`} className="field-error">
              {timeError}
            </small>
          )}
        </div>
        <TextField
          label={t('incidents.title')}
          name="title"
          value={d.title}
          onChange={set('title')}
          errors={errors}
          required
          help={t('incidents.form.titleHelp')}
        />
        <TextAreaField
          label={t('incidents.narrative')}
          name="narrative"
          value={d.narrative}
          onChange={set('narrative')}
          errors={errors}
          required
          rows={6}
          help={t('incidents.form.narrativeHelp')}
        />
      </fieldset>

      <fieldset>
        <legend>{t('incidents.form.where')}</legend>
        <div className="form-grid">
          <SelectField
            label={t('common.country')}
            name="countryId"
            value={d.countryId}
            onChange={(v) => {
              set('countryId')(v);
              set('areaId')('');
              set('dutyStationId')('');
            }}
            errors={errors}
            required
            options={sortCountries(countries.data?.items ?? [], locale).map((c) => ({
              value: c.id,
              label: countryName(c, locale),
            }))}
            empty={countries.isPending ? t('common.loading') : t('common.choose')}
          />
          <SelectField
            label={t('common.area')}
            name="areaId"
            value={d.areaId}
            onChange={(v) => {
              set('areaId')(v);
              set('dutyStationId')('');
            }}
            errors={errors}
            options={areas.map((a) => ({ value: a.id, label: a.name }))}
            empty={t('common.none')}
          />
          <SelectField
            label={t('common.dutyStation')}
            name="dutyStationId"
            value={d.dutyStationId}
            onChange={(v) => {
              set('dutyStationId')(v);
              const s = structure.data?.dutyStations.find((x) => x.id === v);
              if (s && !d.areaId) set('areaId')(s.areaId);
            }}
            errors={errors}
            options={stations.map((s) => ({ value: s.id, label: s.name }))}
            empty={t('common.none')}
          />
          <TextField
            label={t('incidents.place')}
            name="place"
            value={d.place}
            onChange={set('place')}
            errors={errors}
            help={t('incidents.form.placeHelp')}
          />
        </div>
        {canLocate && (
          <div className="button-row incident-locate">
            <button
              type="button"
              className="btn"
              onClick={locate}
              disabled={geo === 'busy'}
              aria-busy={geo === 'busy'}
            >
              {geo === 'busy' ? t('incidents.form.locating') : t('incidents.form.useMyPosition')}
            </button>
            {geoMessage && (
              <span className={geo === 'error' ? 'error-text' : 'muted small'} role="status">
                {geoMessage}
              </span>
            )}
          </div>
        )}
        <div className="form-grid">
          <TextField
            label={t('common.latitude')}
            name="latitude"
            type="number"
            step="any"
            value={d.latitude}
            onChange={set('latitude')}
            errors={errors}
            placeholder="-4.32"
          />
          <TextField
            label={t('common.longitude')}
            name="longitude"
            type="number"
            step="any"
            value={d.longitude}
            onChange={set('longitude')}
            errors={errors}
            placeholder="15.31"
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('incidents.form.who')}</legend>
        <div className="form-grid incident-counts">
          {count('personnelAffected', t('incidents.personnelAffected'))}
          {count('dependantsAffected', t('incidents.dependantsAffected'))}
          {count('partnersAffected', t('incidents.partnersAffected'))}
          {count('fatalities', t('incidents.fatalities'))}
          {count('injuries', t('incidents.injuries'))}
        </div>
      </fieldset>

      <fieldset className={errors.classification ? 'field-invalid' : ''}>
        <legend>{t('incidents.classification')}</legend>
        {CLASSIFICATIONS.map((c) => (
          <label key={c} className="radio incident-classification">
            <input
              type="radio"
              name="classification"
              value={c}
              checked={d.classification === c}
              onChange={() => set('classification')(c)}
            />{' '}
            <span>
              <strong>{t(`incidents.classification.${c}`)}</strong>
              <small className="help">{t(`incidents.classification.${c}.help`)}</small>
            </span>
          </label>
        ))}
        {errors.classification && <small className="field-error">{errors.classification}</small>}
      </fieldset>
    </>
  );
}
