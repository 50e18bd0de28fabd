import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { useAuth } from './auth.tsx';
import { Layout } from './components/Layout.tsx';
import { ErrorBox, Loading } from './components/ui.tsx';
import { CountryProvider } from './country.tsx';
import { useDefaultLocale, useT } from './i18n/index.tsx';
import { AppointmentsPage } from './pages/appointments/AppointmentsPage.tsx';
import { DashboardPage } from './pages/dashboard/DashboardPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MePage } from './pages/MePage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ImportPage } from './pages/people/ImportPage.tsx';
import { PeoplePage } from './pages/people/PeoplePage.tsx';
import { PersonPage } from './pages/people/PersonPage.tsx';

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
  return (
    <CountryProvider>
      <Layout>
        <Outlet />
      </Layout>
    </CountryProvider>
  );
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<DashboardPage />} />
        <Route path="people" element={<PeoplePage />} />
        <Route path="people/new" element={<PersonPage />} />
        <Route path="people/import" element={<ImportPage />} />
        <Route path="people/:id" element={<PersonPage />} />
        <Route path="appointments" element={<AppointmentsPage />} />
        <Route path="me" element={<MePage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
