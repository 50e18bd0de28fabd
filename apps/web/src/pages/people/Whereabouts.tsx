import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import {
  FormError,
  Notice,
  SelectField,
  SubmitButton,
  TextField,
  formatDate,
  orNull,
} from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import { countryName, sortCountries, useCountries, useStructure } from '../../queries.ts';
import type { Schemas } from '../../schema.ts';

type Person = Schemas['Person'];

/** Where the person is now, and the form to record a change. */
export function Whereabouts({ person }: { person: Person }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const countries = useCountries();
  const { draft, set, setDraft, save, errors, submit } = useDraftForm(
    () => ({
      countryId: person.whereaboutsCountryId ?? person.countryId,
      areaId: person.whereaboutsAreaId ?? '',
      note: person.whereaboutsNote ?? '',
    }),
    (d) =>
      api.put<Person>(`/api/people/${person.id}/whereabouts`, {
        countryId: d.countryId,
        areaId: orNull(d.areaId),
        note: orNull(d.note),
      }),
    {
      onDone: (p) => {
        if (p && typeof p === 'object' && 'id' in p) qc.setQueryData(['person', person.id], p);
        return qc.invalidateQueries({ queryKey: ['person', person.id] });
      },
    },
  );
  const structure = useStructure(draft.countryId);
  const current = useStructure(person.whereaboutsCountryId);

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
          value={draft.countryId}
          onChange={(v) => setDraft((x) => ({ ...x, countryId: v, areaId: '' }))}
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
          value={draft.areaId}
          onChange={set('areaId')}
          errors={errors}
          options={(structure.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
          empty={t('common.none')}
        />
        <TextField
          label={t('people.whereaboutsNote')}
          name="note"
          value={draft.note}
          onChange={set('note')}
          errors={errors}
        />
        <FormError error={save.error} />
        {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
        <div className="form-actions">
          <SubmitButton busy={save.isPending} label={t('people.whereaboutsSave')} />
        </div>
      </form>
    </section>
  );
}
