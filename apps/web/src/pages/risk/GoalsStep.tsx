import { SelectField, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { GOAL_CRITICALITY as CRITICALITY, RISK_LEVELS as LEVELS } from '@fieldsafe/core';
import { newGoal, type StepProps } from './assessmentDraft.ts';
import { ItemsStep } from './ItemsStep.tsx';

/**
 * Step 1 of the assessment wizard: the programme goals, how critical each is and the residual risk
 * acceptable for it [000 §12]; the API says which levels a goal may accept.
 */
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
      newItem={() => newGoal()}
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
          <SelectField
            label={t('risk.goalAcceptableLevel')}
            name={`goals.${i}.acceptableLevel`}
            value={g.acceptableLevel}
            onChange={(v) => setItem('goals', i, { acceptableLevel: v })}
            options={LEVELS.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))}
            empty={t('risk.goalAcceptableDefault', {
              level: t(`risk.level.${draft.acceptableLevel}` as 'risk.level.medium'),
            })}
            errors={errors}
          />
        </>
      )}
    </ItemsStep>
  );
}
