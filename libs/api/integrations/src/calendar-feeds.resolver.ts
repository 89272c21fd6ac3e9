import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import { CalendarFeed, CalendarFeedScopeEnum, type CalendarFeedScope } from './calendar-feed.entity';
import { CalendarFeedsService } from './calendar-feeds.service';
import { origin } from './ical.controller';

@Resolver(() => CalendarFeed)
export class CalendarFeedsResolver {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Query(() => [CalendarFeed], { description: 'My calendar feeds that still answer, newest first.' })
  calendarFeeds(@CurrentUser() user: SessionUser): Promise<CalendarFeed[]> {
    return this.feeds.list(user);
  }

  @Mutation(() => CalendarFeed, {
    description:
      'A secret iCal address (`url`, shown only in this answer). PERSON: my own jobs (targetId may be left out); DEPARTMENT and CHANNEL need targetId; ALL has none.',
  })
  createCalendarFeed(
    @CurrentUser() user: SessionUser,
    @Context() ctx: GraphQLContext,
    @Args('scope', { type: () => CalendarFeedScopeEnum }) scope: CalendarFeedScope,
    @Args('targetId', { type: () => ID, nullable: true }) targetId: string | null,
  ): Promise<CalendarFeed> {
    return this.feeds.create(user, scope, targetId, origin(ctx.req));
  }

  @Mutation(() => Boolean, { description: 'The feed’s address stops answering at once.' })
  revokeCalendarFeed(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.feeds.revoke(user, id);
  }
}
