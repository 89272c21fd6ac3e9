// The login page's own entry point: what the first page of the app needs, without the GraphQL client or the other
// identity pages, so signing in downloads little.
export { LoginPage, type LoginLocationState } from './pages/LoginPage';
export { messages as identityMessages } from './i18n';
