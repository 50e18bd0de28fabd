import { useI18n } from '../../i18n/index.tsx';
import { LEVEL_COLOURS, levelOf } from './levels.ts';

const ONE_TO_FIVE = [1, 2, 3, 4, 5];

/** A 5×5 likelihood × impact grid with the count of risks in each cell. */
export function HeatGrid({
  title,
  grid,
  testId,
}: {
  title: string;
  grid: number[][];
  testId: string;
}) {
  const { t } = useI18n();
  return (
    <figure className="subcard" data-testid={testId}>
      <figcaption>
        <strong>{title}</strong>
      </figcaption>
      <table className="heatmap" style={{ borderCollapse: 'collapse', margin: '0.5rem 0' }}>
        <caption className="visually-hidden">{title}</caption>
        <thead>
          <tr>
            <th scope="col">
              {t('risk.likelihoodShort')} \ {t('risk.impactShort')}
            </th>
            {ONE_TO_FIVE.map((i) => (
              <th key={i} scope="col" title={t(`risk.impact.${i}` as 'risk.impact.1')}>
                {i}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...ONE_TO_FIVE].reverse().map((l) => (
            <tr key={l}>
              <th scope="row" title={t(`risk.likelihood.${l}` as 'risk.likelihood.1')}>
                {l}
              </th>
              {ONE_TO_FIVE.map((i) => {
                const n = grid[l - 1]?.[i - 1] ?? 0;
                const level = levelOf(l, i);
                return (
                  <td
                    key={i}
                    className="num"
                    title={`${t(`risk.level.${level}` as 'risk.level.low')} (${l * i})`}
                    style={{
                      background: LEVEL_COLOURS[level],
                      width: '3rem',
                      height: '2.5rem',
                      textAlign: 'center',
                      border: '1px solid #fff',
                      fontWeight: n > 0 ? 700 : 400,
                      color: level === 'critical' ? '#fff' : '#222',
                    }}
                  >
                    {n > 0 ? n : ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function LevelBadge({ level, score }: { level: string; score?: number }) {
  const { t } = useI18n();
  return (
    <span
      className="badge"
      style={{
        background: LEVEL_COLOURS[level] ?? '#eee',
        color: level === 'critical' ? '#fff' : '#222',
      }}
    >
      {t(`risk.level.${level}` as 'risk.level.low')}
      {score !== undefined ? ` (${score})` : ''}
    </span>
  );
}
