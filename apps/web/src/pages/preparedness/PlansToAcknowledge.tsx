import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api.ts';
import { Badge } from '../../components/ui.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { ApiBody } from '../../schema.ts';

type PlanList = ApiBody<'/api/preparedness/plans'>;

/** The security plans the signed-in person has been asked to acknowledge (nothing when none). */
export function PlansToAcknowledge() {
  const { t } = useI18n();
  const mine = useQuery({
    queryKey: ['prep-plans', 'mine'],
    queryFn: () => api.get<PlanList>('/api/preparedness/plans?toAcknowledge=true'),
  });
  if (!mine.data || mine.data.items.length === 0) return null;
  return (
    <section className="card" data-testid="plans-to-acknowledge">
      <h2>{t('prep.plans.toAcknowledge')}</h2>
      <ul>
        {mine.data.items.map((p) => (
          <li key={p.id}>
            <Link to={`/preparedness/plans/${p.id}`}>{p.title}</Link>{' '}
            <Badge tone="warning">
              {t('prep.plans.version', { number: p.mine?.number ?? '' })}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
