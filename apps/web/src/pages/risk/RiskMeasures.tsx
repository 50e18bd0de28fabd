import { Badge } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { localized } from '../../i18n/labels.ts';
import type { Schemas } from '../../schema.ts';
import { useMossCatalogue } from './queries.ts';

type RiskRecord = Schemas['Risk'];
type Goal = Schemas['RiskAssessment']['goals'][number];

const TONE = {
  in_place: 'ok',
  partial: 'warning',
  not_in_place: 'error',
  not_applicable: 'neutral',
} as const;

/** A risk's mitigation measures; a MOSS-linked one with its status where the risk is assessed. */
export function RiskMeasures({ risk }: { risk: RiskRecord }) {
  const { t, locale } = useI18n();
  const catalogue = useMossCatalogue();
  if (risk.measures.length === 0) return null;
  const title = (code: string) => {
    const m = catalogue.data?.items.find((x) => x.code === code);
    return m ? localized(m.title, locale) : '';
  };
  return (
    <ul className="risk-measures">
      {risk.measures.map((m, i) => (
        <li key={i} data-testid="risk-measure">
          {m.text}
          {m.mossCode && (
            <small className="muted">
              {' '}
              · MOSS <abbr title={title(m.mossCode)}>{m.mossCode}</abbr>
            </small>
          )}
          {m.placement && (
            <>
              {' '}
              <Badge tone={TONE[m.placement]}>{t(`risk.placement.${m.placement}`)}</Badge>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** For each programme goal a risk threatens, whether its residual risk is acceptable for it. */
export function GoalVerdicts({ risk, goals }: { risk: RiskRecord; goals: Goal[] }) {
  const { t } = useI18n();
  if (risk.goals.length === 0) return null;
  return (
    <ul className="goal-verdicts">
      {risk.goals.map((g) => {
        const goal = goals.find((x) => x.id === g.goalId);
        return (
          <li key={g.goalId} className={g.acceptable ? 'muted' : 'error-text'}>
            {t(`risk.goalAcceptance.${g.code}`, {
              goal: goal?.title ?? '',
              level: t(`risk.level.${g.acceptableLevel}` as 'risk.level.medium'),
            })}
          </li>
        );
      })}
    </ul>
  );
}
