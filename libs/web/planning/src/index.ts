export { CalendarPage } from './pages/CalendarPage';
export { PlanningPage } from './pages/PlanningPage';
export { messages as planningMessages } from './i18n';
