export { OrganisationExportPage } from './pages/OrganisationExportPage';
// e-mail
export { EmailPreferences } from './components/EmailPreferences';
