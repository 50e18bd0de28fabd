import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { FormError, SubmitButton, TextField, formatDate, orNull } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';
import type { Schemas } from '../../schema.ts';

type Person = Schemas['Person'];

/**
 * The person's malicious-acts insurance coverage, which every security clearance checks against
 * the stay [004 ¶27]; those who keep the record (the server's `canEdit`) change it.
 */
export function MaipCoverage({ person }: { person: Person }) {
  const { t, locale } = useI18n();
  const qc = useQueryClient();
  const form = useDraftForm(
    { validUntil: person.maipValidUntil ?? '' },
    (d) => api.put<Person>(`/api/people/${person.id}/maip`, { validUntil: orNull(d.validUntil) }),
    {
      onDone: (p) => {
        qc.setQueryData(['person', person.id], p);
      },
    },
  );
  return (
    <section className="card" aria-labelledby="maip-title" data-testid="person-maip">
      <h2 id="maip-title">{t('people.maip')}</h2>
      <p>
        {person.maipValidUntil
          ? t('people.maip.current', { date: formatDate(person.maipValidUntil, locale) })
          : t('people.maip.none')}
      </p>
      {person.abilities.canEdit && (
        <form onSubmit={form.submit} className="form-grid" noValidate>
          <TextField
            label={t('people.maip.validUntil')}
            name="validUntil"
            type="date"
            value={form.draft.validUntil}
            onChange={form.set('validUntil')}
            help={t('people.maip.help')}
            errors={form.errors}
          />
          <FormError error={form.save.error} />
          <div className="form-actions">
            <SubmitButton busy={form.save.isPending} label={t('people.maip.save')} />
          </div>
        </form>
      )}
    </section>
  );
}
