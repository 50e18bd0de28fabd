import { NavLink } from 'react-router';
import { useI18n } from '../../i18n/index.tsx';

/** The sub-navigation of the surge section: requests, roster, statistics. */
export function SurgeTabs() {
  const { t } = useI18n();
  const tabs: [string, string][] = [
    ['/surge', t('surge.requests.title')],
    ['/surge/roster', t('surge.roster.title')],
    ['/surge/statistics', t('surge.stats.title')],
  ];
  return (
    <nav className="button-row" aria-label={t('surge.nav')}>
      {tabs.map(([to, label]) => (
        <NavLink
          key={to}
          to={to}
          end
          className={({ isActive }) => `btn btn-small${isActive ? ' btn-active' : ''}`}
        >
          {label}
        </NavLink>
      ))}
    </nav>
  );
}
