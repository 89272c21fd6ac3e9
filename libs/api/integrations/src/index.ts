export * from './integrations.feature';
export * from './integrations.module';
// calendar feeds and API tokens
export * from './calendar-feeds.service';
export * from './api-tokens.service';
// e-mail
export * from './email-preferences.entity';
export * from './email.service';
