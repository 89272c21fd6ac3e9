// reports
export { ReportsPage } from './pages/ReportsPage';
export { MonthReportPage } from './pages/MonthReportPage';
// metrics and their import
// campaigns and the ads budget
export { CampaignsPage } from './pages/CampaignsPage';
// evaluations
export { EvaluationsPage } from './pages/EvaluationsPage';
export { EvaluationPanel } from './components/EvaluationPanel';
// metrics and their import
export { PostFiguresPanel } from './components/PostFiguresPanel';
export { MetricsImportPage } from './pages/MetricsImportPage';
export { FollowersPage } from './pages/FollowersPage';
