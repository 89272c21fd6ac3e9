export { CalendarPage } from './pages/CalendarPage';
export { PlanningPage } from './pages/PlanningPage';
export { useCalendarChanged } from './hooks/useCalendarChanged';
