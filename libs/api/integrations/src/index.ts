export * from './integrations.feature';
export * from './integrations.module';
// e-mail
export * from './email-preferences.entity';
export * from './email.service';
