import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangeFeed, type DomainEvent } from '@planbord/api-core';
import { Notification } from './notification.entity';

/**
 * Turns the notices of domain events into notifications: one row per person concerned (nobody is told about their
 * own act), then a personal message so their bell refreshes in whichever process holds their connection.
 */
@Injectable()
export class NotificationsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly feed: ChangeFeed,
  ) {}

  onModuleInit(): void {
    this.feed.on((event) => this.notify(event));
  }

  private async notify({ notice, actor }: DomainEvent): Promise<void> {
    if (!notice) return;
    const recipients = [...new Set(notice.to.filter((id): id is string => !!id && id !== actor?.id))];
    if (recipients.length === 0) return;
    await this.db.getRepository(Notification).insert(recipients.map((userId) => ({
      userId, kind: notice.kind, entityType: notice.entityType, entityId: notice.entityId, subject: notice.subject.slice(0, 500), actorName: actor?.name ?? null,
    })));
    for (const userId of recipients) await this.feed.tell(userId, 'Notification', userId, 'created');
  }
}
