export { OverviewPage, OVERVIEW_SECTIONS, sectionsFor, type OverviewSection } from './pages/OverviewPage';
export { messages as overviewMessages } from './i18n';
