export * from './integrations.feature';
export * from './integrations.module';
// calendar feeds and API tokens
export * from './calendar-feeds.service';
export * from './api-tokens.service';
// outbound webhooks
export { HOOK_BODY_BYTES } from './published-hook.controller';
// e-mail
export * from './email-preferences.entity';
export * from './email.service';
