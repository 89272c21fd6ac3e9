export {};
// e-mail
export { EmailPreferences } from './components/EmailPreferences';
