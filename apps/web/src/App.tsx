import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { hasSession, remembered, useAuth } from './auth.tsx';
import { ErrorBox, Loading } from './components/ui.tsx';
import { loadSignedInMessages, storedLocale, useDefaultLocale, useT } from './i18n/index.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import type { Locale } from '@fieldsafe/core';

/** The language the signed-in app opens in: the one chosen on this device, else the profile's. */
let signedInLocale: Locale | undefined;

// Everything behind sign-in is one lazy module (its pages lazy in turn), loaded with the rest of
// the language's messages: the login route downloads only what it shows.
const SignedInApp = lazy(() =>
  Promise.all([import('./SignedInApp.tsx'), loadSignedInMessages(signedInLocale)]).then(([m]) => ({
    default: m.SignedInApp,
  })),
);

// A session on this device: fetch the signed-in app and its messages while the session is being
// checked, not after (one round trip fewer on a slow link).
if (hasSession()) {
  void import('./SignedInApp.tsx');
  void loadSignedInMessages(storedLocale() ?? remembered()?.locale).catch(() => undefined);
}

function RequireAuth() {
  const { me, loading, error, signedOut } = useAuth();
  const location = useLocation();
  const t = useT();
  useDefaultLocale(me?.locale);
  if (loading) return <Loading label={t('common.loading')} />;
  if (error && !me) return <ErrorBox error={error} onRetry={() => window.location.reload()} />;
  if (!me)
    return (
      <Navigate
        to="/login"
        replace
        state={signedOut ? null : { from: location.pathname + location.search }}
      />
    );
  signedInLocale = storedLocale() ?? me.locale;
  return (
    <Suspense fallback={<Loading label={t('common.loading')} />}>
      <SignedInApp me={me} />
    </Suspense>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="*" element={<RequireAuth />} />
    </Routes>
  );
}
