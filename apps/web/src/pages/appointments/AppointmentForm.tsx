import {
  APPOINTMENT_ROLES,
  describeAppointers,
  isAppointmentRole,
  ROLE_SCOPE,
  type AppointmentRole,
} from '@fieldsafe/core';
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import { FormError, SelectField, SubmitButton, orNull, today } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, useCountries, useOrganizations, useStructure } from '../../queries.ts';
import type { Schemas } from '../../schema.ts';

type Appointment = Schemas['Appointment'];
import { LetterFields, type LetterDraft } from './LetterFields.tsx';
import { letterErrors, uploadLetter } from './letter.ts';

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
  const qc = useQueryClient();
  const countries = useCountries();
  const orgs = useOrganizations();
  const structure = useStructure(countryId);
  const [role, setRole] = useState<AppointmentRole>('WARDEN');
  const [personId, setPersonId] = useState<string | null>(null);
  const [areaId, setAreaId] = useState('');
  const [zoneId, setZoneId] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<{ file: File; id: string } | null>(null);
  const [letter, setLetter] = useState<LetterDraft>({
    letterReference: '',
    letterDate: '',
    appointedBy: '',
    termsOfReference: '',
    startsOn: today(),
    endsOn: '',
  });
  const setL = (k: keyof LetterDraft) => (v: string) => setLetter((prev) => ({ ...prev, [k]: v }));
  const scope = ROLE_SCOPE[role];
  const showArea = scope === 'country' || scope === 'area';
  const showZone = scope === 'zone';
  const showOrg =
    scope === 'organization' || scope === 'organization-country' || role === 'SMT_MEMBER';

  const create = useMutation({
    mutationFn: async () => {
      let letterDocumentId: string | null = null;
      if (file) {
        letterDocumentId =
          uploaded?.file === file ? uploaded.id : (await uploadLetter(file, countryId)).id;
        setUploaded({ file, id: letterDocumentId });
      }
      return api.post<Appointment>('/api/appointments', {
        role,
        personId,
        countryId: scope === 'organization' ? null : countryId,
        areaId: showArea ? orNull(areaId) : null,
        zoneId: showZone ? orNull(zoneId) : null,
        organizationId: showOrg ? orNull(organizationId) : null,
        letterDocumentId,
        letterReference: orNull(letter.letterReference),
        letterDate: orNull(letter.letterDate),
        termsOfReference: orNull(letter.termsOfReference),
        appointedBy: orNull(letter.appointedBy),
        startsOn: letter.startsOn,
        endsOn: orNull(letter.endsOn),
      });
    },
    onSuccess: async () => {
      onCreated();
      await Promise.all([
        qc.invalidateQueries({ queryKey: ['appointments'] }),
        qc.invalidateQueries({ queryKey: ['invariants'] }),
      ]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  const errors = letterErrors(fieldErrors(create.error));
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
          onChange={(v) => setRole(isAppointmentRole(v) ? v : 'WARDEN')}
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
          value={personId}
          onChange={setPersonId}
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
            value={areaId}
            onChange={setAreaId}
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
            value={zoneId}
            onChange={setZoneId}
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
            value={organizationId}
            onChange={setOrganizationId}
            errors={errors}
            required={role !== 'SMT_MEMBER'}
            help={role === 'SMT_MEMBER' ? t('appt.orgHelp') : undefined}
            options={orgOptions}
            empty={t('common.choose')}
          />
        )}
      </div>
      <LetterFields draft={letter} set={setL} file={file} setFile={setFile} errors={errors} />
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
