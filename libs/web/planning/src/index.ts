export { CalendarPage } from './pages/CalendarPage';
export { PlanningPage } from './pages/PlanningPage';
