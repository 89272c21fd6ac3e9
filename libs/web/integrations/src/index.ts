export { OrganisationExportPage } from './pages/OrganisationExportPage';
