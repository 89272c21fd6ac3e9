import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  providers: [NotificationsService, NotificationsResolver, AuditResolver],
})
export class NotificationsModule {}
