import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Idempotency, idempotencyKeyArg, type SessionUser } from '@planbord/api-core';
import { CampaignsService } from './campaigns.service';
import { CampaignInput, CampaignPatch } from './dto/campaign.input';
import { AdsBudget, Campaign } from './insights.entities';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;
const yearArg = ['year', { type: () => Int }] as const;

@Resolver(() => Campaign)
export class CampaignsResolver {
  constructor(
    private readonly campaignsService: CampaignsService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => [Campaign], { description: 'The campaigns that start in the year, in the order they start' })
  campaigns(@Args(...yearArg) year: number): Promise<Campaign[]> {
    return this.campaignsService.list(year);
  }

  @Query(() => Campaign, { nullable: true })
  campaign(@Args(...idArg) id: string): Promise<Campaign | null> {
    return this.campaignsService.find(id);
  }

  @Mutation(() => Campaign, { description: 'A paid campaign boosting posts of one channel' })
  createCampaign(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: CampaignInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Campaign> {
    return this.idempotency.once(actor, idempotencyKey, 'createCampaign', Campaign, () =>
      this.campaignsService.create(actor, input),
    );
  }

  @Mutation(() => Campaign)
  updateCampaign(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('patch') patch: CampaignPatch,
  ): Promise<Campaign> {
    return this.campaignsService.update(actor, id, expectedVersion, patch);
  }

  @Mutation(() => Boolean)
  deleteCampaign(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
  ): Promise<boolean> {
    return this.campaignsService.delete(actor, id, expectedVersion);
  }

  @Query(() => AdsBudget, { nullable: true, description: 'The year’s ads budget, when one is set' })
  adsBudget(@Args(...yearArg) year: number): Promise<AdsBudget | null> {
    return this.campaignsService.budget(year);
  }

  @Mutation(() => AdsBudget, {
    description: 'Sets the year’s ads budget (euro cents); changing a budget takes the version that was read',
  })
  setAdsBudget(
    @CurrentUser() actor: SessionUser,
    @Args(...yearArg) year: number,
    @Args('budgetCents', { type: () => Int }) budgetCents: number,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<AdsBudget> {
    return this.campaignsService.setBudget(actor, year, budgetCents, expectedVersion);
  }
}
