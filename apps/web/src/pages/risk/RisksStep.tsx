import { CheckboxField, SelectField, TextField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { EXPOSED } from '@fieldsafe/core';
import { LevelBadge } from './HeatMap.tsx';
import { levelOf } from './levels.ts';
import { newRisk, scale, type StepProps } from './assessmentDraft.ts';
import { ItemsStep } from './ItemsStep.tsx';

/** Step 3: the risks each threat poses to what is exposed, rated before any measure. */
export function RisksStep({ draft, errors, edit }: StepProps) {
  const { t } = useI18n();
  const { setItem } = edit;
  return (
    <ItemsStep
      list="risks"
      items={draft.risks}
      edit={edit}
      itemClass="subcard form-grid"
      addLabel={t('risk.addRisk')}
      newItem={newRisk}
    >
      {(r, i) => (
        <>
          <SelectField
            label={t('risk.threat')}
            name={`risks.${i}.threat`}
            value={r.threat}
            onChange={(v) => setItem('risks', i, { threat: v })}
            options={draft.threats.map((th, j) => ({
              value: String(j),
              label: th.title || `#${j + 1}`,
            }))}
            errors={errors}
          />
          <SelectField
            label={t('risk.exposedLabel')}
            name={`risks.${i}.exposed`}
            value={r.exposed}
            onChange={(v) => setItem('risks', i, { exposed: v })}
            options={EXPOSED.map((x) => ({ value: x, label: t(`risk.exposed.${x}`) }))}
            errors={errors}
          />
          <TextField
            label={t('risk.risk')}
            name={`risks.${i}.description`}
            value={r.description}
            onChange={(v) => setItem('risks', i, { description: v })}
            required
            errors={errors}
          />
          <SelectField
            label={t('risk.likelihoodLabel')}
            name={`risks.${i}.inherent.likelihood`}
            value={r.il}
            onChange={(v) => setItem('risks', i, { il: v })}
            options={scale(t, 'risk.likelihood')}
            empty={t('common.choose')}
            errors={errors}
          />
          <SelectField
            label={t('risk.impactLabel')}
            name={`risks.${i}.inherent.impact`}
            value={r.ii}
            onChange={(v) => setItem('risks', i, { ii: v })}
            options={scale(t, 'risk.impact')}
            empty={t('common.choose')}
            errors={errors}
          />
          {draft.goals.length > 0 && (
            <fieldset>
              <legend>{t('risk.goalsAtStake')}</legend>
              {draft.goals.map((g, j) => (
                <CheckboxField
                  key={j}
                  label={g.title || `#${j + 1}`}
                  name={`risks.${i}.goals.${j}`}
                  checked={r.goals.includes(j)}
                  onChange={(on) =>
                    setItem('risks', i, {
                      goals: on
                        ? [...r.goals, j].sort((a, b) => a - b)
                        : r.goals.filter((x) => x !== j),
                    })
                  }
                  errors={errors}
                />
              ))}
            </fieldset>
          )}
          <p>
            {r.il && r.ii ? (
              <LevelBadge
                level={levelOf(Number(r.il), Number(r.ii))}
                score={Number(r.il) * Number(r.ii)}
              />
            ) : null}
          </p>
        </>
      )}
    </ItemsStep>
  );
}
