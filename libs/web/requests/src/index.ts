export { RequestsPage } from './pages/RequestsPage';
