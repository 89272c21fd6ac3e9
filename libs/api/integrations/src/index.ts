export * from './integrations.feature';
export * from './integrations.module';
