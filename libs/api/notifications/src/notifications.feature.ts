import { NOTIFICATIONS_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
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
  permissions: Object.keys(NOTIFICATIONS_PERMISSIONS),
});
