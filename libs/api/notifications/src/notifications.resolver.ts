import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { CalendarChange, ChangeFeed, CurrentUser, type SessionUser } from '@planbord/api-core';
import { Notification } from './notification.entity';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(@InjectDataSource() private readonly db: DataSource, private readonly feed: ChangeFeed) {}

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
    return this.feed.subscribe((change) => change.entityType === 'Notification' && change.userId === user.id, 'notificationReceived');
  }
}
