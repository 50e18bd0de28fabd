import { lazy, Suspense, useState } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Navigate, Route, Routes } from 'react-router';
import { ApiError } from './api.ts';
import { Layout } from './components/Layout.tsx';
import { Loading } from './components/ui.tsx';
import { CountryProvider } from './country.tsx';
import { installMessageCompiler, useT } from './i18n/index.tsx';
import { compileMessage } from './i18n/messageFormat.ts';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import type { Schemas } from './schema.ts';

type Me = Schemas['Me'];

/**
 * The signed-in app, loaded after sign-in with the rest of the language's messages: the login
 * route downloads neither the pages, the query library nor the ICU message compiler.
 */
installMessageCompiler(compileMessage);

// Opened on the home page (the usual first screen): its code starts loading with this module.
if (window.location.pathname === '/') void import('./pages/dashboard/DashboardPage.tsx');

function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors will not get better by asking again; network trouble may.
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

// Every page loads on first visit.
const AppointmentsPage = lazy(() =>
  import('./pages/appointments/AppointmentsPage.tsx').then((m) => ({
    default: m.AppointmentsPage,
  })),
);
const DashboardPage = lazy(() =>
  import('./pages/dashboard/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })),
);
const AuditPage = lazy(() =>
  import('./pages/audit/AuditPage.tsx').then((m) => ({ default: m.AuditPage })),
);
const IdentityAdminPage = lazy(() =>
  import('./pages/admin/IdentityAdminPage.tsx').then((m) => ({ default: m.IdentityAdminPage })),
);
const MePage = lazy(() => import('./pages/MePage.tsx').then((m) => ({ default: m.MePage })));
const ImportPage = lazy(() =>
  import('./pages/people/ImportPage.tsx').then((m) => ({ default: m.ImportPage })),
);
const PeoplePage = lazy(() =>
  import('./pages/people/PeoplePage.tsx').then((m) => ({ default: m.PeoplePage })),
);
const PersonPage = lazy(() =>
  import('./pages/people/PersonPage.tsx').then((m) => ({ default: m.PersonPage })),
);
const AnnualReviewPage = lazy(() =>
  import('./pages/incidents/AnnualReviewPage.tsx').then((m) => ({ default: m.AnnualReviewPage })),
);
const IncidentPage = lazy(() =>
  import('./pages/incidents/IncidentPage.tsx').then((m) => ({ default: m.IncidentPage })),
);
const IncidentReportPage = lazy(() =>
  import('./pages/incidents/IncidentReportPage.tsx').then((m) => ({
    default: m.IncidentReportPage,
  })),
);
const IncidentsPage = lazy(() =>
  import('./pages/incidents/IncidentsPage.tsx').then((m) => ({ default: m.IncidentsPage })),
);
const QueuePage = lazy(() =>
  import('./pages/incidents/QueuePage.tsx').then((m) => ({ default: m.QueuePage })),
);
const RoadSafetyPage = lazy(() =>
  import('./pages/incidents/RoadSafetyPage.tsx').then((m) => ({ default: m.RoadSafetyPage })),
);
const StatisticsPage = lazy(() =>
  import('./pages/incidents/StatisticsPage.tsx').then((m) => ({ default: m.StatisticsPage })),
);

const NotificationsPage = lazy(() =>
  import('./pages/notifications/NotificationsPage.tsx').then((m) => ({
    default: m.NotificationsPage,
  })),
);

// Pages of the less-used capabilities load on first visit: a smaller first download in the field.
const BudgetPage = lazy(() =>
  import('./pages/budget/BudgetPage.tsx').then((m) => ({ default: m.BudgetPage })),
);
const BudgetsPage = lazy(() =>
  import('./pages/budget/BudgetsPage.tsx').then((m) => ({ default: m.BudgetsPage })),
);
const AppraisalPage = lazy(() =>
  import('./pages/governance/AppraisalPage.tsx').then((m) => ({ default: m.AppraisalPage })),
);
const AgreementsPage = lazy(() =>
  import('./pages/governance/AgreementsPage.tsx').then((m) => ({ default: m.AgreementsPage })),
);
const PartnersPage = lazy(() =>
  import('./pages/governance/PartnersPage.tsx').then((m) => ({ default: m.PartnersPage })),
);
const StressSupportPage = lazy(() =>
  import('./pages/wellbeing/StressSupportPage.tsx').then((m) => ({ default: m.StressSupportPage })),
);
const MeetingsPage = lazy(() =>
  import('./pages/governance/MeetingsPage.tsx').then((m) => ({ default: m.MeetingsPage })),
);
const PlanPage = lazy(() =>
  import('./pages/governance/PlanPage.tsx').then((m) => ({ default: m.PlanPage })),
);
const RecommendationPage = lazy(() =>
  import('./pages/governance/RecommendationPage.tsx').then((m) => ({
    default: m.RecommendationPage,
  })),
);
const RecommendationsPage = lazy(() =>
  import('./pages/governance/RecommendationsPage.tsx').then((m) => ({
    default: m.RecommendationsPage,
  })),
);
const PlansPage = lazy(() =>
  import('./pages/preparedness/PlansPage.tsx').then((m) => ({ default: m.PlansPage })),
);
const PlanDetailPage = lazy(() =>
  import('./pages/preparedness/PlanDetailPage.tsx').then((m) => ({ default: m.PlanDetailPage })),
);
const DrillsPage = lazy(() =>
  import('./pages/preparedness/DrillsPage.tsx').then((m) => ({ default: m.DrillsPage })),
);
const RadioChecksPage = lazy(() =>
  import('./pages/preparedness/RadioChecksPage.tsx').then((m) => ({ default: m.RadioChecksPage })),
);
const CrisisBoardPage = lazy(() =>
  import('./pages/crisis/CrisisBoardPage.tsx').then((m) => ({ default: m.CrisisBoardPage })),
);
const CrisisPage = lazy(() =>
  import('./pages/crisis/CrisisPage.tsx').then((m) => ({ default: m.CrisisPage })),
);
const AssessmentEditor = lazy(() =>
  import('./pages/risk/AssessmentEditor.tsx').then((m) => ({ default: m.AssessmentEditor })),
);
const AssessmentPage = lazy(() =>
  import('./pages/risk/AssessmentPage.tsx').then((m) => ({ default: m.AssessmentPage })),
);
const RiskPage = lazy(() =>
  import('./pages/risk/RiskPage.tsx').then((m) => ({ default: m.RiskPage })),
);
const MossPage = lazy(() =>
  import('./pages/compliance/MossPage.tsx').then((m) => ({ default: m.MossPage })),
);
const SystemRatePage = lazy(() =>
  import('./pages/compliance/SystemRatePage.tsx').then((m) => ({ default: m.SystemRatePage })),
);
const TrainingPersonPage = lazy(() =>
  import('./pages/training/TrainingPage.tsx').then((m) => ({ default: m.TrainingPersonPage })),
);
const TrainingReportPage = lazy(() =>
  import('./pages/training/TrainingPage.tsx').then((m) => ({ default: m.TrainingReportPage })),
);
const ApprovalsPage = lazy(() =>
  import('./pages/travel/ApprovalsPage.tsx').then((m) => ({ default: m.ApprovalsPage })),
);
const RequestPage = lazy(() =>
  import('./pages/travel/RequestPage.tsx').then((m) => ({ default: m.RequestPage })),
);
const TravelPage = lazy(() =>
  import('./pages/travel/TravelPage.tsx').then((m) => ({ default: m.TravelPage })),
);
const SurgeRequestsPage = lazy(() =>
  import('./pages/surge/RequestsPage.tsx').then((m) => ({ default: m.RequestsPage })),
);
const SurgeRosterPage = lazy(() =>
  import('./pages/surge/RosterPage.tsx').then((m) => ({ default: m.RosterPage })),
);
const SurgeStatisticsPage = lazy(() =>
  import('./pages/surge/StatisticsPage.tsx').then((m) => ({ default: m.StatisticsPage })),
);

const SecondFactorPage = lazy(() =>
  import('./pages/SecondFactorPage.tsx').then((m) => ({ default: m.SecondFactorPage })),
);

export function SignedInApp({ me }: { me: Me }) {
  const t = useT();
  // One cache per signed-in session: the next person to sign in on this device starts empty.
  const [queryClient] = useState(newQueryClient);
  if (me.secondFactor === 'enrol' || me.secondFactor === 'challenge')
    return (
      <QueryClientProvider client={queryClient}>
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <SecondFactorPage me={me} />
        </Suspense>
      </QueryClientProvider>
    );
  return (
    <QueryClientProvider client={queryClient}>
      <CountryProvider>
        <Layout>
          <Suspense fallback={<Loading label={t('common.loading')} />}>
            <Routes>
              <Route index element={<DashboardPage />} />
              <Route path="admin/identity" element={<IdentityAdminPage />} />
              <Route path="audit" element={<AuditPage />} />
              <Route path="people" element={<PeoplePage />} />
              <Route path="people/new" element={<PersonPage />} />
              <Route path="people/import" element={<ImportPage />} />
              <Route path="people/:id" element={<PersonPage />} />
              <Route path="appointments" element={<AppointmentsPage />} />
              <Route path="travel" element={<TravelPage />} />
              <Route path="travel/queue" element={<ApprovalsPage />} />
              <Route path="travel/requests/:id" element={<RequestPage />} />
              <Route path="training" element={<TrainingReportPage />} />
              <Route path="training/me" element={<TrainingPersonPage />} />
              <Route path="training/people/:id" element={<TrainingPersonPage />} />
              <Route path="compliance" element={<MossPage />} />
              <Route path="compliance/system" element={<SystemRatePage />} />
              <Route path="risk">
                <Route index element={<RiskPage />} />
                <Route path="assessments/new" element={<AssessmentEditor />} />
                <Route path="assessments/:id" element={<AssessmentPage />} />
              </Route>
              <Route path="incidents">
                <Route index element={<IncidentsPage />} />
                <Route path="new" element={<IncidentReportPage />} />
                <Route path="queue" element={<QueuePage />} />
                <Route path="statistics" element={<StatisticsPage />} />
                <Route path="annual-review" element={<AnnualReviewPage />} />
                <Route path=":id" element={<IncidentPage />} />
              </Route>
              <Route path="road-safety" element={<RoadSafetyPage />} />
              <Route path="governance">
                <Route index element={<Navigate to="/governance/recommendations" replace />} />
                <Route path="budgets" element={<BudgetsPage />} />
                <Route path="budgets/:id" element={<BudgetPage />} />
                <Route path="recommendations" element={<RecommendationsPage />} />
                <Route path="recommendations/:id" element={<RecommendationPage />} />
                <Route path="smt" element={<MeetingsPage />} />
                <Route path="agreements" element={<AgreementsPage />} />
                <Route path="partners" element={<PartnersPage />} />
                <Route path="appraisal" element={<AppraisalPage />} />
                <Route path="plan" element={<PlanPage />} />
              </Route>
              <Route path="preparedness">
                <Route index element={<Navigate to="/preparedness/plans" replace />} />
                <Route path="plans" element={<PlansPage />} />
                <Route path="plans/:id" element={<PlanDetailPage />} />
                <Route path="drills" element={<DrillsPage />} />
                <Route path="radio" element={<RadioChecksPage />} />
              </Route>
              <Route path="crisis">
                <Route index element={<CrisisPage />} />
                <Route path=":id" element={<CrisisBoardPage />} />
              </Route>
              <Route path="surge">
                <Route index element={<SurgeRequestsPage />} />
                <Route path="roster" element={<SurgeRosterPage />} />
                <Route path="statistics" element={<SurgeStatisticsPage />} />
              </Route>
              <Route path="stress-support" element={<StressSupportPage />} />
              <Route path="me" element={<MePage />} />
              <Route path="notifications" element={<NotificationsPage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </Suspense>
        </Layout>
      </CountryProvider>
    </QueryClientProvider>
  );
}
