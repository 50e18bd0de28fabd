import { NavLink } from 'react-router';
import { useI18n } from '../../i18n/index.tsx';
import { formatPercent } from '@fieldsafe/core';

/** The sub-navigation of the preparedness section: security plans, drills, radio checks. */
export function PreparednessTabs() {
  const { t } = useI18n();
  const tabs: [string, string][] = [
    ['/preparedness/plans', t('prep.plans.title')],
    ['/preparedness/drills', t('prep.drills.title')],
    ['/preparedness/radio', t('prep.radio.title')],
  ];
  return (
    <nav className="button-row" aria-label={t('prep.title')}>
      {tabs.map(([to, label]) => (
        <NavLink
          key={to}
          to={to}
          end={to === '/preparedness/plans'}
          className={({ isActive }) => `btn btn-small${isActive ? ' btn-active' : ''}`}
        >
          {label}
        </NavLink>
      ))}
    </nav>
  );
}

/** An acknowledgement rate (0–1) as a whole percentage in the reader's language. */
export function percent(rate: number | null, locale: string): string {
  return rate === null ? '—' : formatPercent(rate, locale, 0);
}
