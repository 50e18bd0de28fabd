import {
  RISK_LEVELS as LEVELS,
  ACAT_STRATEGIES as STRATEGIES,
  suggestedStrategies,
  type RatingValue,
} from '@fieldsafe/core';
import { CheckboxField, SelectField } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { scale, type StepProps } from './assessmentDraft.ts';
import { MeasuresField } from './MeasuresField.tsx';

/** Step 4: the acceptable level, and per risk the strategies, measures and residual rating. */
export function DecisionsStep({ draft, errors, edit }: StepProps) {
  const { t } = useI18n();
  const { patch, setItem } = edit;
  return (
    <section className="card">
      <h2>{t('risk.step.decisions')}</h2>
      <SelectField
        label={t('risk.acceptableLevel')}
        name="acceptableLevel"
        value={draft.acceptableLevel}
        onChange={(v) => patch({ acceptableLevel: v })}
        options={LEVELS.map((l) => ({ value: l, label: t(`risk.level.${l}`) }))}
        errors={errors}
      />
      {draft.risks.map((r, i) => {
        const rated = r.il !== '' && r.ii !== '';
        const suggested = rated
          ? [
              ...suggestedStrategies({
                likelihood: Number(r.il) as RatingValue,
                impact: Number(r.ii) as RatingValue,
              }),
            ]
          : [];
        const chosen = r.strategies ?? suggested;
        return (
          <div key={i} className="subcard">
            <h3>{r.description || `#${i + 1}`}</h3>
            <p className="muted">
              {t('risk.suggested')}:{' '}
              {suggested.map((s) => t(`risk.strategy.${s}`)).join(' & ') || t('common.none')}
            </p>
            <fieldset>
              <legend>{t('risk.strategy')}</legend>
              {STRATEGIES.map((s) => (
                <CheckboxField
                  key={s}
                  label={t(`risk.strategy.${s}`)}
                  name={`risks.${i}.strategies.${s}`}
                  checked={chosen.includes(s)}
                  onChange={(on) =>
                    setItem('risks', i, {
                      strategies: on ? [...chosen, s] : chosen.filter((x) => x !== s),
                    })
                  }
                />
              ))}
            </fieldset>
            <MeasuresField
              name={`risks.${i}.measures`}
              measures={r.measures}
              onChange={(measures) => setItem('risks', i, { measures })}
              errors={errors}
            />
            <div className="form-grid">
              <SelectField
                label={`${t('risk.residual')} — ${t('risk.likelihoodLabel')}`}
                name={`risks.${i}.residual.likelihood`}
                value={r.rl}
                onChange={(v) => setItem('risks', i, { rl: v })}
                options={scale(t, 'risk.likelihood')}
                empty={t('risk.notRated')}
                errors={errors}
              />
              <SelectField
                label={`${t('risk.residual')} — ${t('risk.impactLabel')}`}
                name={`risks.${i}.residual.impact`}
                value={r.ri}
                onChange={(v) => setItem('risks', i, { ri: v })}
                options={scale(t, 'risk.impact')}
                empty={t('risk.notRated')}
                errors={errors}
              />
            </div>
          </div>
        );
      })}
    </section>
  );
}
