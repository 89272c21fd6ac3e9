import { NOTIFICATIONS_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { NotificationOutcome1764410000000 } from './migrations/1764410000000-notification-outcome';
import { Notification } from './notification.entity';
import { NotificationsModule } from './notifications.module';

/**
 * Each person's bell, fed by the notices of domain events, and the history of changes read back. The audit table is
 * core's (every feature records changes in its own transactions); this feature serves it to administrators.
 */
export const notificationsFeature = defineFeature({
  name: 'notifications',
  module: NotificationsModule,
  entities: [Notification],
  migrations: [NotificationOutcome1764410000000],
  permissions: Object.keys(NOTIFICATIONS_PERMISSIONS),
});
