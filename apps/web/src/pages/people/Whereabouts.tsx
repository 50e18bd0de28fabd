import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors } from '../../api.ts';
import {
  FormError,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  formatDate,
  orNull,
} from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, sortCountries, useCountries, useStructure } from '../../queries.ts';
import type { Schemas } from '../../schema.ts';

type Person = Schemas['Person'];

/** Where the person is now, and the form to record a change. */
export function Whereabouts({ person }: { person: Person }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const countries = useCountries();
  const [countryId, setCountryId] = useState(person.whereaboutsCountryId ?? person.countryId);
  const [areaId, setAreaId] = useState(person.whereaboutsAreaId ?? '');
  const [note, setNote] = useState(person.whereaboutsNote ?? '');
  const [saved, setSaved] = useState(false);
  const structure = useStructure(countryId);
  const current = useStructure(person.whereaboutsCountryId);

  const save = useMutation({
    mutationFn: () =>
      api.put<Person>(`/api/people/${person.id}/whereabouts`, {
        countryId,
        areaId: orNull(areaId),
        note: orNull(note),
      }),
    onSuccess: async (p) => {
      setSaved(true);
      if (p && typeof p === 'object' && 'id' in p) qc.setQueryData(['person', person.id], p);
      await qc.invalidateQueries({ queryKey: ['person', person.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate();
  };
  const errors = fieldErrors(save.error);
  const list = sortCountries(countries.data?.items ?? [], locale);
  const whereCountry = countries.data?.items.find((c) => c.id === person.whereaboutsCountryId);
  const whereArea = current.data?.areas.find((a) => a.id === person.whereaboutsAreaId);

  return (
    <section className="card" aria-labelledby="where-title">
      <h2 id="where-title">{t('people.whereabouts')}</h2>
      {person.whereaboutsCountryId ? (
        <p>
          <strong>
            {[countryName(whereCountry, locale), whereArea?.name].filter(Boolean).join(' · ')}
          </strong>
          {person.whereaboutsNote && <> — {person.whereaboutsNote}</>}
          {person.whereaboutsUpdatedAt && (
            <span className="muted small">
              {' '}
              (
              {t('people.whereaboutsUpdated', {
                date: formatDate(person.whereaboutsUpdatedAt, locale),
              })}
              )
            </span>
          )}
        </p>
      ) : (
        <p className="muted">{t('people.whereaboutsNone')}</p>
      )}
      <form onSubmit={submit} className="form-grid" noValidate>
        <SelectField
          label={t('common.country')}
          name="countryId"
          value={countryId}
          onChange={(v) => {
            setCountryId(v);
            setAreaId('');
          }}
          errors={errors}
          required
          options={list.map((c) => ({
            value: c.id,
            label: countryName(c, locale),
            group: c.hasPresence ? t('common.withPresence') : t('common.otherCountries'),
          }))}
        />
        <SelectField
          label={t('common.area')}
          name="areaId"
          value={areaId}
          onChange={setAreaId}
          errors={errors}
          options={(structure.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
          empty={t('common.none')}
        />
        <TextField
          label={t('people.whereaboutsNote')}
          name="note"
          value={note}
          onChange={setNote}
          errors={errors}
        />
        <FormError error={save.error} />
        {saved && <Notice>{t('common.saved')}</Notice>}
        <div className="form-actions">
          <SubmitButton busy={save.isPending} label={t('people.whereaboutsSave')} />
        </div>
      </form>
    </section>
  );
}
