import { SelectField, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { GOAL_CRITICALITY as CRITICALITY } from '@fieldsafe/core';
import type { StepProps } from './assessmentDraft.ts';

/** Step 1 of the assessment wizard: the programme goals and how critical each is. */
export function GoalsStep({ draft, errors, edit }: StepProps) {
  const { t } = useI18n();
  const { patch, setItem, remove } = edit;
  return (
    <section className="card">
      <h2>{t('risk.step.goals')}</h2>
      {draft.goals.map((g, i) => (
        <div key={i} className="subcard form-grid">
          <TextField
            label={t('risk.goal')}
            name={`goals.${i}.title`}
            value={g.title}
            onChange={(v) => setItem('goals', i, { title: v })}
            required
            errors={errors}
          />
          <SelectField
            label={t('risk.criticalityLabel')}
            name={`goals.${i}.criticality`}
            value={g.criticality}
            onChange={(v) => setItem('goals', i, { criticality: v })}
            options={CRITICALITY.map((c) => ({ value: c, label: t(`risk.criticality.${c}`) }))}
            errors={errors}
          />
          <button type="button" className="btn btn-small" onClick={() => remove('goals', i)}>
            {t('risk.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="btn btn-small"
        onClick={() =>
          patch({
            goals: [...draft.goals, { title: '', criticality: 'medium', description: '' }],
          })
        }
      >
        {t('risk.addGoal')}
      </button>
    </section>
  );
}
