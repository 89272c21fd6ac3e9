// reports
export { ReportsPage } from './pages/ReportsPage';
export { MonthReportPage } from './pages/MonthReportPage';
