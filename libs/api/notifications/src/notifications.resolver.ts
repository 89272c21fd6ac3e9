import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CalendarChange, ChangeFeed, CurrentUser, type SessionUser } from '@planbord/api-core';
import { Notification } from './notification.entity';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly feed: ChangeFeed,
  ) {}

  @Query(() => [Notification], { description: 'Your notifications, newest first.' })
  myNotifications(
    @CurrentUser() user: SessionUser,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly: boolean | null,
    @Args('take', { type: () => Int, nullable: true }) take: number | null,
  ): Promise<Notification[]> {
    return this.notifications.of(user, !!unreadOnly, take ?? 30);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentUser() user: SessionUser): Promise<number> {
    return this.notifications.unreadCount(user);
  }

  @Mutation(() => Int, {
    description: 'Marks one (or, without id, all) of your notifications read; returns how many are still unread.',
  })
  markNotificationsRead(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID, nullable: true }) id: string | null,
  ): Promise<number> {
    return this.notifications.markRead(user, id);
  }

  @Subscription(() => CalendarChange, { description: 'You have a new notification: refresh the bell.' })
  notificationReceived(
    @CurrentUser() user: SessionUser,
  ): AsyncIterableIterator<{ notificationReceived: CalendarChange }> {
    return this.feed.subscribe(
      (change) => change.entityType === 'Notification' && change.userId === user.id,
      'notificationReceived',
    );
  }
}
