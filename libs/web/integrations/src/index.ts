export { CalendarImportPage } from './pages/CalendarImportPage';
export { OrganisationExportPage } from './pages/OrganisationExportPage';
// calendar feeds and API tokens
export { ApiTokens } from './components/ApiTokens';
export { CalendarFeeds } from './components/CalendarFeeds';
// outbound webhooks
export { WebhooksPage } from './pages/WebhooksPage';
// e-mail
export { EmailPreferences } from './components/EmailPreferences';
