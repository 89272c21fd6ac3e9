export * from './notification.entity';
export * from './notifications.feature';
export * from './notifications.module';
