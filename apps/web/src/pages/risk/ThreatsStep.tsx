import { CheckboxField, SelectField, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { THREAT_CATEGORIES } from '@fieldsafe/core';
import { newThreat, type StepProps } from './assessmentDraft.ts';
import { ItemsStep } from './ItemsStep.tsx';

/** Step 2: the threats, with the mind-set, capability and context of human ones. */
export function ThreatsStep({ draft, errors, edit }: StepProps) {
  const { t } = useI18n();
  const { setItem } = edit;
  return (
    <ItemsStep
      list="threats"
      items={draft.threats}
      edit={edit}
      itemClass="subcard"
      addLabel={t('risk.addThreat')}
      newItem={newThreat}
    >
      {(th, i) => (
        <>
          <div className="form-grid">
            <SelectField
              label={t('risk.categoryLabel')}
              name={`threats.${i}.category`}
              value={th.category}
              onChange={(v) => setItem('threats', i, { category: v, human: v !== 'hazards' })}
              options={THREAT_CATEGORIES.map((c) => ({
                value: c,
                label: t(`risk.category.${c}`),
              }))}
              errors={errors}
            />
            <TextField
              label={t('risk.threat')}
              name={`threats.${i}.title`}
              value={th.title}
              onChange={(v) => setItem('threats', i, { title: v })}
              required
              errors={errors}
            />
          </div>
          <CheckboxField
            label={t('risk.human')}
            name={`threats.${i}.human`}
            checked={th.human}
            onChange={(v) => setItem('threats', i, { human: v })}
          />
          {th.human && (
            <div className="form-grid">
              <TextField
                label={t('risk.mindSet')}
                name={`threats.${i}.mindSet`}
                value={th.mindSet}
                onChange={(v) => setItem('threats', i, { mindSet: v })}
                errors={errors}
              />
              <TextField
                label={t('risk.capability')}
                name={`threats.${i}.capability`}
                value={th.capability}
                onChange={(v) => setItem('threats', i, { capability: v })}
                errors={errors}
              />
              <TextField
                label={t('risk.context')}
                name={`threats.${i}.context`}
                value={th.context}
                onChange={(v) => setItem('threats', i, { context: v })}
                errors={errors}
              />
            </div>
          )}
        </>
      )}
    </ItemsStep>
  );
}
