import { NavLink } from 'react-router';
import { useCan } from '../../abilities.ts';
import { useI18n } from '../../i18n/index.tsx';
import { formatNumber } from '@fieldsafe/core';

/** The sub-navigation of the governance section (budgets, recommendations, SMT, plan). */
export function GovernanceTabs() {
  const { t } = useI18n();
  const can = useCan();
  const tabs: [string, string][] = [
    ['/governance/budgets', t('budget.title')],
    ['/governance/recommendations', t('gov.recs.title')],
    ['/governance/smt', t('gov.smt.title')],
    ['/governance/plan', t('gov.plan.title')],
    ...(can.anywhere('agreement.read')
      ? [['/governance/agreements', t('hca.title')] as [string, string]]
      : []),
    ...(can.anywhere('partner.read')
      ? [['/governance/partners', t('slt.title')] as [string, string]]
      : []),
    ...(can.anywhere('appraisal.read')
      ? [['/governance/appraisal', t('appraisal.title')] as [string, string]]
      : []),
  ];
  return (
    <nav className="button-row" aria-label={t('gov.title')}>
      {tabs.map(([to, label]) => (
        <NavLink
          key={to}
          to={to}
          className={({ isActive }) => `btn btn-small${isActive ? ' btn-active' : ''}`}
        >
          {label}
        </NavLink>
      ))}
    </nav>
  );
}

/** Whole dollars, grouped for the locale: "227,184,500" / "227 184 500". */
export function formatDollars(n: number | null | undefined, locale: string): string {
  if (n === null || n === undefined) return '—';
  return formatNumber(n, locale, 0);
}
