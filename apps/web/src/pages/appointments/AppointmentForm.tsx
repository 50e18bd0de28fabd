import {
  APPOINTMENT_ROLES,
  describeAppointers,
  isAppointmentRole,
  ROLE_SCOPE,
  SMT_SEATS,
  type AppointmentRole,
} from '@fieldsafe/core';
import { useState } from 'react';
import { api } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import {
  CheckboxField,
  FormError,
  SelectField,
  SubmitButton,
  orNull,
  today,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, useCountries, useOrganizations, useStructure } from '../../queries.ts';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
import { LetterFields } from './LetterFields.tsx';
import { letterErrors, uploadLetter } from './letter.ts';

/** Which of area, zone and organization the role's scope asks for. */
function scopeFields(role: AppointmentRole) {
  const scope = ROLE_SCOPE[role];
  return {
    scope,
    showArea: scope === 'country' || scope === 'area',
    showZone: scope === 'zone',
    showOrg: scope === 'organization' || scope === 'organization-country' || role === 'SMT_MEMBER',
  };
}

export function AppointmentForm({
  countryId,
  onDone,
  onCreated,
}: {
  countryId: string;
  onDone: () => void;
  onCreated: () => void;
}) {
  const { t, locale } = useI18n();
  const countries = useCountries();
  const orgs = useOrganizations();
  const structure = useStructure(countryId);
  // The letter uploaded by an earlier, refused attempt, so a retry does not upload it again.
  const [uploaded, setUploaded] = useState<{ file: File; id: string } | null>(null);
  const form = useDraftForm(
    () => ({
      role: 'WARDEN' as AppointmentRole,
      personId: null as string | null,
      areaId: '',
      zoneId: '',
      organizationId: '',
      file: null as File | null,
      letterReference: '',
      letterDate: '',
      appointedBy: '',
      termsOfReference: '',
      startsOn: today(),
      endsOn: '',
      csaAdInterim: false,
      smtSeat: '',
    }),
    async (d) => {
      const { scope, showArea, showZone, showOrg } = scopeFields(d.role);
      let letterDocumentId: string | null = null;
      if (d.file) {
        letterDocumentId =
          uploaded?.file === d.file ? uploaded.id : (await uploadLetter(d.file, countryId)).id;
        setUploaded({ file: d.file, id: letterDocumentId });
      }
      return api.post<Appointment>('/api/appointments', {
        role: d.role,
        personId: d.personId,
        countryId: scope === 'organization' ? null : countryId,
        areaId: showArea ? orNull(d.areaId) : null,
        zoneId: showZone ? orNull(d.zoneId) : null,
        organizationId: showOrg ? orNull(d.organizationId) : null,
        letterDocumentId,
        letterReference: orNull(d.letterReference),
        letterDate: orNull(d.letterDate),
        termsOfReference: orNull(d.termsOfReference),
        appointedBy: orNull(d.appointedBy),
        startsOn: d.startsOn,
        endsOn: orNull(d.endsOn),
        csaAdInterim: d.role === 'SASO' && d.csaAdInterim,
        smtSeat: d.role === 'SMT_MEMBER' ? (SMT_SEATS.find((x) => x === d.smtSeat) ?? null) : null,
      });
    },
    { invalidate: [['appointments'], ['invariants']], onDone: onCreated },
  );
  const { draft, set, save: create, submit } = form;
  const role = draft.role;
  const { scope, showArea, showZone, showOrg } = scopeFields(role);
  const errors = letterErrors(form.errors);
  const country = countries.data?.items.find((c) => c.id === countryId);
  const areas = structure.data?.areas ?? [];
  const zoneOptions = (structure.data?.wardenZones ?? []).map((z) => ({
    value: z.id,
    label: z.name,
    group: structure.data?.dutyStations.find((s) => s.id === z.dutyStationId)?.name ?? '',
  }));
  const orgOptions = [...(orgs.data?.items ?? [])]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((o) => ({ value: o.id, label: `${o.code} — ${o.name}` }));

  return (
    <form onSubmit={submit} className="card" noValidate aria-labelledby="appt-form-title">
      <h2 id="appt-form-title">{t('appt.new')}</h2>
      <div className="form-grid">
        <SelectField
          label={t('appt.role')}
          name="role"
          value={role}
          onChange={(v) => set('role')(isAppointmentRole(v) ? v : 'WARDEN')}
          errors={errors}
          required
          help={t('appt.appointedByRule', {
            who: describeAppointers(role, (r) => t(`role.${r}`), {
              or: t('common.or'),
              headquarters: t('appt.headquarters'),
            }),
          })}
          options={APPOINTMENT_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
        />
        <PersonPicker
          label={t('appt.person')}
          name="personId"
          value={draft.personId}
          onChange={set('personId')}
          countryId={scope === 'organization' ? undefined : countryId}
          errors={errors}
          required
        />
        {scope !== 'organization' && (
          <div className="field">
            <span className="label">{t('common.country')}</span>
            <span className="static">{countryName(country, locale)}</span>
          </div>
        )}
        {showArea && (
          <SelectField
            label={t('common.area')}
            name="areaId"
            value={draft.areaId}
            onChange={set('areaId')}
            errors={errors}
            required={scope === 'area'}
            help={scope === 'country' ? t('appt.areaHelp') : undefined}
            options={areas
              .filter((a) => scope === 'area' || a.isDesignatedArea)
              .map((a) => ({ value: a.id, label: a.name }))}
            empty={scope === 'country' ? t('appt.wholeCountry') : t('common.choose')}
          />
        )}
        {showZone && (
          <SelectField
            label={t('common.zone')}
            name="zoneId"
            value={draft.zoneId}
            onChange={set('zoneId')}
            errors={errors}
            required
            options={zoneOptions}
            empty={t('common.choose')}
          />
        )}
        {showOrg && (
          <SelectField
            label={t('common.organization')}
            name="organizationId"
            value={draft.organizationId}
            onChange={set('organizationId')}
            errors={errors}
            required={role !== 'SMT_MEMBER'}
            help={role === 'SMT_MEMBER' ? t('appt.orgHelp') : undefined}
            options={orgOptions}
            empty={t('common.choose')}
          />
        )}
        {role === 'SMT_MEMBER' && (
          <SelectField
            label={t('appt.smtSeat')}
            name="smtSeat"
            value={draft.smtSeat}
            onChange={set('smtSeat')}
            errors={errors}
            options={SMT_SEATS.map((x) => ({ value: x, label: t(`appt.seat.${x}`) }))}
            empty={t('common.none')}
          />
        )}
        {role === 'SASO' && (
          <CheckboxField
            label={t('appt.csaAdInterim')}
            name="csaAdInterim"
            checked={draft.csaAdInterim}
            onChange={set('csaAdInterim')}
            errors={errors}
            help={t('appt.csaAdInterimHelp')}
          />
        )}
      </div>
      <LetterFields
        draft={draft}
        set={set}
        file={draft.file}
        setFile={set('file')}
        errors={errors}
      />
      <FormError error={create.error} />
      <div className="form-actions button-row">
        <SubmitButton busy={create.isPending} label={t('appt.create')} />
        <button type="button" className="btn btn-ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
