export { RequestsPage } from './pages/RequestsPage';
export { messages as requestsMessages } from './i18n';
