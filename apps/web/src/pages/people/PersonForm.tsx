import { MANAGEMENT_LEVELS, STAFF_TYPES } from '@fieldsafe/core';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { PersonPicker } from '../../components/PersonPicker.tsx';
import {
  CheckboxField,
  FormError,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { useOrganizations, useStructure } from '../../queries.ts';
import {
  GENDERS,
  PERSON_KINDS,
  PERSON_STATUSES,
  RELATIONSHIPS,
  STAFF_CATEGORIES,
} from '@fieldsafe/core';
import type { Schemas } from '../../schema.ts';

type Person = Schemas['Person'];
import { bodyOf, type PersonDraft } from './personDraft.ts';

interface Props {
  initial: PersonDraft;
  personId: string | null;
  countryId: string | null;
  onCreated: (p: Person) => void;
}

export function PersonForm({ initial, personId, countryId, onCreated }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const form = useDraftForm(
    initial,
    (draft) =>
      personId
        ? api.patch<Person>(`/api/people/${personId}`, bodyOf(draft, false))
        : api.post<Person>('/api/people', bodyOf(draft, true)),
    {
      invalidate: [['people']],
      onDone: (p) => {
        if (personId) qc.setQueryData(['person', personId], p);
        else onCreated(p);
      },
    },
  );
  const { draft: d, save, errors, submit } = form;
  // Editing a field after a save hides the "saved" notice (the last save's errors stay).
  const set =
    <K extends keyof PersonDraft>(k: K) =>
    (v: PersonDraft[K]) => {
      if (save.isSuccess) save.reset();
      form.set(k)(v);
    };
  const orgs = useOrganizations();
  const structure = useStructure(countryId);

  const areas = structure.data?.areas ?? [];
  const stationOptions = (structure.data?.dutyStations ?? []).map((s) => ({
    value: s.id,
    label: s.name,
    group: areas.find((a) => a.id === s.areaId)?.name ?? '',
  }));
  const zoneOptions = (structure.data?.wardenZones ?? [])
    .filter((z) => z.dutyStationId === d.dutyStationId)
    .map((z) => ({ value: z.id, label: z.name }));
  const orgOptions = [...(orgs.data?.items ?? [])]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((o) => ({ value: o.id, label: `${o.code} — ${o.name}` }));

  return (
    <form onSubmit={submit} noValidate className="card">
      {!personId && (
        <fieldset className="kind-choice">
          <legend>{t('common.kind')}</legend>
          {PERSON_KINDS.map((k) => (
            <label key={k} className="radio">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={d.kind === k}
                onChange={() => set('kind')(k)}
              />{' '}
              {t(`people.kind.${k}`)}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset>
        <legend>{t('people.identity')}</legend>
        <div className="form-grid">
          <TextField
            label={t('people.givenName')}
            name="givenName"
            value={d.givenName}
            onChange={set('givenName')}
            errors={errors}
            required
          />
          <TextField
            label={t('people.familyName')}
            name="familyName"
            value={d.familyName}
            onChange={set('familyName')}
            errors={errors}
            required
          />
          <SelectField
            label={t('people.gender')}
            name="gender"
            value={d.gender}
            onChange={set('gender')}
            errors={errors}
            options={GENDERS.map((g) => ({ value: g, label: t(`people.gender.${g}`) }))}
            empty={t('common.none')}
          />
          {d.kind === 'personnel' && (
            <>
              <TextField
                label={t('people.staffId')}
                name="staffId"
                value={d.staffId}
                onChange={set('staffId')}
                errors={errors}
                required
              />
              <SelectField
                label={t('people.category')}
                name="category"
                value={d.category}
                onChange={set('category')}
                errors={errors}
                required
                options={STAFF_CATEGORIES.map((c) => ({
                  value: c,
                  label: t(`people.category.${c}`),
                }))}
                empty={t('common.choose')}
              />
              <TextField
                label={t('people.contractType')}
                name="contractType"
                value={d.contractType}
                onChange={set('contractType')}
                errors={errors}
              />
              <SelectField
                label={t('people.staffType')}
                name="staffType"
                value={d.staffType}
                onChange={set('staffType')}
                errors={errors}
                options={STAFF_TYPES.map((s) => ({ value: s, label: t(`people.staffType.${s}`) }))}
                empty={t('common.none')}
              />
              <SelectField
                label={t('people.managementLevel')}
                name="managementLevel"
                value={d.managementLevel}
                onChange={set('managementLevel')}
                errors={errors}
                options={MANAGEMENT_LEVELS.map((m) => ({
                  value: m,
                  label: t(`people.managementLevel.${m}`),
                }))}
                empty={t('common.none')}
              />
            </>
          )}
          {d.kind === 'dependant' && (
            <>
              <PersonPicker
                label={t('people.sponsor')}
                name="sponsorId"
                value={d.sponsorId}
                onChange={set('sponsorId')}
                kind="personnel"
                errors={errors}
                required
              />
              <SelectField
                label={t('people.relationship')}
                name="relationship"
                value={d.relationship}
                onChange={set('relationship')}
                errors={errors}
                required
                options={RELATIONSHIPS.map((r) => ({
                  value: r,
                  label: t(`people.relationship.${r}`),
                }))}
                empty={t('common.choose')}
              />
              <TextField
                label={t('people.dateOfBirth')}
                name="dateOfBirth"
                type="date"
                value={d.dateOfBirth}
                onChange={set('dateOfBirth')}
                errors={errors}
              />
            </>
          )}
          {d.kind === 'visitor' && (
            <TextField
              label={t('people.stayUntil')}
              name="stayUntil"
              type="date"
              value={d.stayUntil}
              onChange={set('stayUntil')}
              errors={errors}
            />
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('people.assignment')}</legend>
        <div className="form-grid">
          <SelectField
            label={t('common.organization')}
            name="organizationId"
            value={d.organizationId}
            onChange={set('organizationId')}
            errors={errors}
            required
            options={orgOptions}
            empty={orgs.isPending ? t('common.loading') : t('common.choose')}
          />
          <SelectField
            label={t('common.dutyStation')}
            name="dutyStationId"
            value={d.dutyStationId}
            onChange={(v) => {
              set('dutyStationId')(v);
              set('zoneId')('');
            }}
            errors={errors}
            required
            options={stationOptions}
            empty={structure.isPending ? t('common.loading') : t('common.choose')}
          />
          <SelectField
            label={t('common.zone')}
            name="zoneId"
            value={d.zoneId}
            onChange={set('zoneId')}
            errors={errors}
            options={zoneOptions}
            empty={t('common.none')}
          />
          <SelectField
            label={t('common.status')}
            name="status"
            value={d.status}
            onChange={set('status')}
            errors={errors}
            options={PERSON_STATUSES.map((s) => ({ value: s, label: t(`people.status.${s}`) }))}
          />
          {d.kind === 'personnel' && (
            <CheckboxField
              label={t('people.essential')}
              name="essential"
              checked={d.essential}
              onChange={set('essential')}
              errors={errors}
            />
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('people.contacts')}</legend>
        <div className="form-grid">
          <TextField
            label={t('people.email')}
            name="email"
            type="email"
            value={d.email}
            onChange={set('email')}
            errors={errors}
            autoComplete="off"
          />
          <TextField
            label={t('people.phone')}
            name="phone"
            type="tel"
            value={d.phone}
            onChange={set('phone')}
            errors={errors}
          />
          {d.kind !== 'dependant' && (
            <TextField
              label={t('people.radio')}
              name="radioCallSign"
              value={d.radioCallSign}
              onChange={set('radioCallSign')}
              errors={errors}
            />
          )}
        </div>
      </fieldset>
      <FormError error={save.error} />
      {save.isSuccess && personId && <Notice>{t('common.saved')}</Notice>}
      <div className="form-actions">
        <SubmitButton busy={save.isPending} label={personId ? t('common.save') : t('people.add')} />
      </div>
    </form>
  );
}
