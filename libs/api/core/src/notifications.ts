import { Injectable } from '@nestjs/common';
import { Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Column, CreateDateColumn, DataSource, Entity, IsNull, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import type { NotificationKind, NotificationOutcome } from '@planbord/domain';
import { CurrentUser } from './auth.guard';
import { CalendarChange, CalendarPubSub } from './pubsub';
import type { SessionUser } from './request';

/** Something a person should know: you were assigned, a post waits for your review, you were mentioned, ... */
@ObjectType()
@Entity()
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Field({ description: 'ASSIGNED, REVIEW_REQUESTED, CHANGES_REQUESTED, POST_APPROVED, REQUEST_DECIDED, MENTIONED, CRISIS_SWITCHED' })
  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @Field({ description: 'What it is about: Event, Slot, Post, Assignment or Crisis' })
  @Column({ type: 'varchar', length: 30 })
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Field({ description: 'The title of what it is about, or the reason of a crisis switch' })
  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Field(() => String, { nullable: true, description: 'Which way it went: ACCEPTED or DECLINED (REQUEST_DECIDED), ON or OFF (CRISIS_SWITCHED)' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: NotificationOutcome | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  actorName: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}

export interface NotificationDraft { kind: NotificationKind; entityType: string; entityId: string | null; subject: string; outcome?: NotificationOutcome | null; actor?: { id: string; name: string } | null }

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly pubsub: CalendarPubSub,
  ) {}

  /** Stores notifications with the caller's transaction; call `deliver` with the result after commit. Nobody is told about their own act. */
  async notify(em: EntityManager, userIds: (string | null | undefined)[], draft: NotificationDraft): Promise<string[]> {
    const recipients = [...new Set(userIds.filter((id): id is string => !!id && id !== draft.actor?.id))];
    if (recipients.length === 0) return [];
    await em.insert(Notification, recipients.map((userId) => ({
      userId, kind: draft.kind, entityType: draft.entityType, entityId: draft.entityId, subject: draft.subject.slice(0, 500), outcome: draft.outcome ?? null, actorName: draft.actor?.name ?? null,
    })));
    return recipients;
  }

  async deliver(userIds: string[]): Promise<void> {
    for (const userId of userIds) await this.pubsub.publish('Notification', userId, 'created', userId);
  }
}

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly pubsub: CalendarPubSub) {}

  @Query(() => [Notification], { description: 'Your notifications, newest first.' })
  myNotifications(@CurrentUser() user: SessionUser, @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null, @Args('take', { type: () => Int, nullable: true }) take: number | null): Promise<Notification[]> {
    return this.db.getRepository(Notification).find({
      where: { userId: user.id, ...(unreadOnly ? { readAt: IsNull() } : {}) },
      order: { createdAt: 'DESC' },
      take: Math.min(Math.max(take ?? 30, 1), 200),
    });
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: SessionUser): Promise<number> {
    return this.db.getRepository(Notification).count({ where: { userId: user.id, readAt: IsNull() } });
  }

  @Mutation(() => Int, { description: 'Marks one (or, without id, all) of your notifications read; returns how many are still unread.' })
  async markNotificationsRead(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID, nullable: true }) id: string | null): Promise<number> {
    const query = this.db.getRepository(Notification).createQueryBuilder().update().set({ readAt: () => 'now()' }).where('user_id = :user AND read_at IS NULL', { user: user.id });
    if (id) query.andWhere('id = :id', { id });
    await query.execute().catch(() => undefined);
    return this.unreadNotificationCount(user);
  }

  @Subscription(() => CalendarChange, { description: 'You have a new notification: refresh the bell.' })
  notificationReceived(@CurrentUser() user: SessionUser): AsyncIterableIterator<{ notificationReceived: CalendarChange }> {
    return this.pubsub.subscribe((change) => change.entityType === 'Notification' && change.userId === user.id, 'notificationReceived');
  }
}
