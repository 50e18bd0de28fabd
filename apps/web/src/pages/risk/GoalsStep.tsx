import { SelectField, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { GOAL_CRITICALITY as CRITICALITY } from '@fieldsafe/core';
import type { StepProps } from './assessmentDraft.ts';
import { ItemsStep } from './ItemsStep.tsx';

/** Step 1 of the assessment wizard: the programme goals and how critical each is. */
export function GoalsStep({ draft, errors, edit }: StepProps) {
  const { t } = useI18n();
  const { setItem } = edit;
  return (
    <ItemsStep
      list="goals"
      items={draft.goals}
      edit={edit}
      itemClass="subcard form-grid"
      addLabel={t('risk.addGoal')}
      newItem={() => ({ title: '', criticality: 'medium', description: '' })}
    >
      {(g, i) => (
        <>
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
        </>
      )}
    </ItemsStep>
  );
}
