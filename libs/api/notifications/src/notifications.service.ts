import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { redactAuthor } from '@planbord/domain';
import { ChangeFeed, type DomainEvent, type SessionUser } from '@planbord/api-core';
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

  /** A person's notifications (or only the unread ones), newest first; `take` between 1 and 200. */
  of(user: SessionUser, unreadOnly: boolean, take: number): Promise<Notification[]> {
    return this.db.getRepository(Notification).find({
      where: { userId: user.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(take, 1), 200),
    });
  }

  unreadCount(user: SessionUser): Promise<number> {
    return this.db.getRepository(Notification).count({ where: { userId: user.id, readAt: IsNull() } });
  }

  /** Marks one (or, without id, all) of a person's notifications read; answers how many are still unread. */
  async markRead(user: SessionUser, id: string | null): Promise<number> {
    const query = this.db
      .getRepository(Notification)
      .createQueryBuilder()
      .update()
      .set({ readAt: () => 'now()' })
      .where('user_id = :user AND read_at IS NULL', { user: user.id });
    if (id) query.andWhere('id = :id', { id });
    await query.execute().catch(() => undefined);
    return this.unreadCount(user);
  }

  private async notify({ notice, actor, erased }: DomainEvent): Promise<void> {
    if (erased) await this.forget(erased.words);
    if (!notice) return;
    const recipients = [...new Set(notice.to.filter((id): id is string => !!id && id !== actor?.id))];
    if (recipients.length === 0) return;
    await this.db.getRepository(Notification).insert(
      recipients.map((userId) => ({
        userId,
        kind: notice.kind,
        entityType: notice.entityType,
        entityId: notice.entityId,
        subject: notice.subject.slice(0, 500),
        outcome: notice.outcome ?? null,
        actorName: actor?.name ?? null,
      })),
    );
    for (const userId of recipients) await this.feed.tell(userId, 'Notification', userId, 'created');
  }

  /** Takes erased names out of the subjects of notifications that quote them. */
  private async forget(words: readonly string[]): Promise<void> {
    const patterns = words.filter((w) => w.length >= 2).map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);
    if (patterns.length === 0) return;
    const rows: { id: string; subject: string }[] = await this.db.query(
      'SELECT id, subject FROM notifications WHERE subject ILIKE ANY($1)',
      [patterns],
    );
    for (const row of rows) {
      const subject = redactAuthor(row.subject, words);
      if (subject !== row.subject)
        await this.db.query('UPDATE notifications SET subject = $2 WHERE id = $1', [row.id, subject]);
    }
  }
}
