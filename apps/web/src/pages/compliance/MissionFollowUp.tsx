import { useState } from 'react';
import { api } from '../../api.ts';
import { FormError, formatDate, orNull, TextField } from '../../components/ui.tsx';
import { useDraftForm } from '../../components/useDraftForm.ts';
import { useI18n } from '../../i18n/index.tsx';

interface FollowUp {
  id: string;
  briefedDoSmtOn: string | null;
  reportedToFocalPointsOn: string | null;
  returnVisitOn: string | null;
  abilities: { canEdit: boolean };
}

const FIELDS = ['briefedDoSmtOn', 'reportedToFocalPointsOn', 'returnVisitOn'] as const;

/** What followed a compliance mission: DO/SMT briefing, report to focal points, return visit. */
export function MissionFollowUp({ mission: m }: { mission: FollowUp }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const { draft, set, save, errors, submit } = useDraftForm(
    () =>
      Object.fromEntries(FIELDS.map((f) => [f, m[f] ?? ''])) as Record<
        (typeof FIELDS)[number],
        string
      >,
    (d) =>
      api.patch(
        `/api/compliance-missions/${m.id}`,
        Object.fromEntries(FIELDS.map((f) => [f, orNull(d[f])])),
      ),
    { invalidate: [['moss']], onDone: () => setEditing(false) },
  );
  if (!editing) {
    return (
      <p className="muted">
        {FIELDS.map(
          (f) => `${t(`compliance.followUp.${f}`)}: ${m[f] ? formatDate(m[f], locale) : '—'}`,
        ).join(' · ')}{' '}
        {m.abilities.canEdit && (
          <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
        )}
      </p>
    );
  }
  return (
    <form onSubmit={submit} className="inline-form">
      {FIELDS.map((f) => (
        <TextField
          key={f}
          name={f}
          type="date"
          label={t(`compliance.followUp.${f}`)}
          value={draft[f]}
          onChange={set(f)}
          errors={errors}
        />
      ))}
      <button type="submit" className="btn btn-primary btn-small" disabled={save.isPending}>
        {save.isPending ? t('common.saving') : t('common.save')}
      </button>{' '}
      <button type="button" className="btn btn-small" onClick={() => setEditing(false)}>
        {t('common.cancel')}
      </button>
      <FormError error={save.error} />
    </form>
  );
}
