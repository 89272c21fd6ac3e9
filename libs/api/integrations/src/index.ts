export * from './integrations.feature';
export * from './integrations.module';
export { HOOK_BODY_BYTES } from './published-hook.controller';
