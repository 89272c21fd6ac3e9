import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import { ResidentReports } from './resident-reports';
import {
  AdsReport,
  EngagementGroupEnum,
  EngagementRow,
  GrowthModel,
  ParticipationReport,
  PlanningReport,
  ThemeBalanceRow,
  WebcareRow,
  type EngagementGroup,
} from './reports.types';
import { TeamReports } from './team-reports';

/** The reports of DESIGN §8. Every period is `[from, to)`; days and hours are the organisation's. */
@Resolver()
export class ReportsResolver {
  constructor(
    private readonly residents: ResidentReports,
    private readonly team: TeamReports,
  ) {}

  @Query(() => [ThemeBalanceRow], {
    description: 'Per theme: signals by receivedAt and published posts by publishedAt in [from, to), and the gap',
  })
  themeBalance(
    @Context() ctx: GraphQLContext,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<ThemeBalanceRow[]> {
    return this.residents.themeBalance(ctx, from, to);
  }

  @Query(() => [WebcareRow], { description: 'Per source: the webcare of the signals received in [from, to)' })
  webcareReport(@Args('from') from: Date, @Args('to') to: Date): Promise<WebcareRow[]> {
    return this.residents.webcareReport(from, to);
  }

  @Query(() => ParticipationReport, { description: 'Return on Participation over [from, to)' })
  participationReport(
    @CurrentUser() user: SessionUser,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<ParticipationReport> {
    return this.residents.participationReport(from, to, user.locale);
  }

  @Query(() => GrowthModel, { description: 'Where the team stands in the growth model' })
  growthModel(@CurrentUser() user: SessionUser): Promise<GrowthModel> {
    return this.residents.growthModel(user.locale);
  }

  @Query(() => PlanningReport, { description: 'Coverage, rubric slots, free room and requests of [from, to)' })
  planningReport(
    @Context() ctx: GraphQLContext,
    @Args('from') from: Date,
    @Args('to') to: Date,
  ): Promise<PlanningReport> {
    return this.team.planningReport(ctx, from, to);
  }

  @Query(() => [EngagementRow], { description: 'Engagement of the posts published in [from, to), grouped' })
  engagementReport(
    @Context() ctx: GraphQLContext,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('groupBy', { type: () => EngagementGroupEnum }) groupBy: EngagementGroup,
  ): Promise<EngagementRow[]> {
    return this.team.engagementReport(ctx, from, to, groupBy);
  }

  @Query(() => AdsReport, {
    description:
      'Paid reach of the campaigns starting in a year against its budget; "today" on the organisation’s clock',
  })
  adsReport(@Context() ctx: GraphQLContext, @Args('year', { type: () => Int }) year: number): Promise<AdsReport> {
    return this.team.adsReport(ctx, year);
  }
}
