import { useState, type ReactNode } from 'react';
import { NavLink, useNavigate } from 'react-router';
import { canWith } from '../abilities.ts';
import { useAuth, useMe } from '../auth.tsx';
import { useI18n } from '../i18n/index.tsx';
import { IncidentQueueSync } from '../offline/IncidentQueueSync.tsx';
import { CrisisPrompt } from './CrisisPrompt.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NotificationBell } from './NotificationBell.tsx';
import { PreciseLocationBanner } from './PreciseLocationBanner.tsx';
import { useHashScroll } from './useHashScroll.ts';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const me = useMe();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  useHashScroll();

  const signOut = async () => {
    setSigningOut(true);
    try {
      await logout();
    } catch {
      /* the session is gone on this side either way */
    } finally {
      setSigningOut(false);
      void navigate('/login', { replace: true });
    }
  };

  // Only what the person may use: the server computes the abilities (GET /api/auth/me).
  const can = canWith(me.abilities, null);
  const links: [string, string][] = [
    ['/', t('nav.dashboard')],
    ...(can.anywhere('personnel.read') ? [['/people', t('nav.people')] as [string, string]] : []),
    ...(can.anywhere('structure.read')
      ? [['/appointments', t('nav.appointments')] as [string, string]]
      : []),
    ['/travel', t('nav.travel')],
    ...(can.anywhere('travel.approve')
      ? [['/travel/queue', t('nav.travelQueue')] as [string, string]]
      : []),
    can.anywhere('training.read')
      ? ['/training', t('nav.training')]
      : ['/training/me', t('nav.training')],
    ...(can.anywhere('risk.read') ? [['/risk', t('nav.risk')] as [string, string]] : []),
    ...(can.anywhere('moss.read')
      ? [['/compliance', t('nav.compliance')] as [string, string]]
      : can.anywhere('compliance.system_rate')
        ? [['/compliance/system', t('nav.compliance')] as [string, string]]
        : []),
    ['/incidents', t('incidents.nav')],
    ['/crisis', t('crisis.nav')],
    ...(can.anywhere('preparedness.read')
      ? [['/preparedness', t('prep.nav')] as [string, string]]
      : []),
    ...(can.anywhere('surge.read') ? [['/surge', t('surge.nav')] as [string, string]] : []),
    ...(can.anywhere('governance.read') ||
    can.anywhere('recommendation.read') ||
    can.anywhere('budget.manage') ||
    can.anywhere('agreement.read') ||
    can.anywhere('appraisal.read')
      ? [['/governance', t('nav.governance')] as [string, string]]
      : []),
    ...(can.anywhere('structure.read') ||
    can.anywhere('wellbeing.counts') ||
    can.anywhere('wellbeing.counsel')
      ? [['/stress-support', t('nav.stressSupport')] as [string, string]]
      : []),
    ['/me', t('nav.me')],
    ...(can.anywhere('audit.read') ? [['/audit', t('audit.nav')] as [string, string]] : []),
    ...(me.isSystemAdmin ? [['/admin/identity', t('admin.nav')] as [string, string]] : []),
  ];

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="header-bar">
          <NavLink to="/" className="brand" onClick={() => setMenuOpen(false)}>
            <img src="/icon.svg" alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </NavLink>
          <div className="header-actions">
            <NotificationBell onNavigate={() => setMenuOpen(false)} />
            <button
              type="button"
              className="btn btn-ghost menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="main-nav"
              onClick={() => setMenuOpen((o) => !o)}
            >
              <span aria-hidden="true">☰</span>
              <span className="visually-hidden">{t('nav.main')}</span>
            </button>
          </div>
        </div>
        <nav id="main-nav" aria-label={t('nav.main')} className={menuOpen ? 'open' : ''}>
          <ul>
            {links.map(([to, label]) => (
              <li key={to}>
                <NavLink to={to} end={to === '/'} onClick={() => setMenuOpen(false)}>
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="header-user">
            <span className="user-email" title={me.email}>
              {me.email}
            </span>
            <LanguageSwitch signedIn />
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => void signOut()}
              disabled={signingOut}
            >
              {t('nav.signOut')}
            </button>
          </div>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <PreciseLocationBanner />
        <CrisisPrompt />
        <IncidentQueueSync />
        {children}
      </main>
    </>
  );
}
