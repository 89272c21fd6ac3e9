import { Args, Float, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, GraphQLDate, type SessionUser } from '@planbord/api-core';
import { TeamHours } from './insights.entities';
import { InsightsSettingsService } from './insights-settings.service';
import { GrowthThresholdInput, InsightsSettingsView } from './insights-settings.types';

@Resolver()
export class InsightsSettingsResolver {
  constructor(private readonly settings: InsightsSettingsService) {}

  @Query(() => InsightsSettingsView, { description: 'The thresholds of the growth model' })
  insightsSettings(@CurrentUser() user: SessionUser): Promise<InsightsSettingsView> {
    return this.settings.settings(user.locale);
  }

  @Mutation(() => InsightsSettingsView, { description: 'Sets the thresholds given; the others keep theirs' })
  updateInsightsSettings(
    @CurrentUser() actor: SessionUser,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('thresholds', { type: () => [GrowthThresholdInput] }) thresholds: GrowthThresholdInput[],
  ): Promise<InsightsSettingsView> {
    return this.settings.updateSettings(actor, expectedVersion, thresholds);
  }

  @Query(() => [TeamHours], { description: 'The months of a year with recorded team hours, January first' })
  teamHours(@Args('year', { type: () => Int }) year: number): Promise<TeamHours[]> {
    return this.settings.teamHours(year);
  }

  @Mutation(() => TeamHours, {
    description:
      'Records the team’s hours of the month the date lies in; a month already recorded needs its current version',
  })
  recordTeamHours(
    @CurrentUser() actor: SessionUser,
    @Args('month', { type: () => GraphQLDate }) month: string,
    @Args('hours', { type: () => Float }) hours: number,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<TeamHours> {
    return this.settings.recordTeamHours(actor, month, hours, expectedVersion ?? null);
  }
}
