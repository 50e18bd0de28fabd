export { AnnualReviewPage } from './AnnualReviewPage.tsx';
export { IncidentPage } from './IncidentPage.tsx';
export { IncidentReportPage } from './IncidentReportPage.tsx';
export { IncidentsPage } from './IncidentsPage.tsx';
export { QueuePage } from './QueuePage.tsx';
export { RoadSafetyPage } from './RoadSafetyPage.tsx';
export { StatisticsPage } from './StatisticsPage.tsx';
