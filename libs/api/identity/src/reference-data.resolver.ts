import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ChannelStatus } from '@planbord/domain';
import { boundedTake, CurrentUser, Idempotency, idempotencyKeyArg, type SessionUser } from '@planbord/api-core';
import { Audience } from './audience.entity';
import { Channel } from './channel.entity';
import { Department } from './department.entity';
import {
  AudienceInput,
  ChannelInput,
  ChannelPatch,
  ChannelProposalInput,
  DepartmentInput,
  ThemeInput,
} from './dto/reference-data.input';
import { ChannelStatusEnum } from './enums';
import { ReferenceDataService } from './reference-data.service';
import { Theme } from './theme.entity';

const includeInactiveArg = ['includeInactive', { type: () => Boolean, nullable: true }] as const;
const takeArg = ['take', { type: () => Int, nullable: true }] as const;
const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int, nullable: true }] as const;

@Resolver()
export class ReferenceDataResolver {
  constructor(
    private readonly data: ReferenceDataService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => [Department])
  departments(
    @Args(...includeInactiveArg) includeInactive: boolean | null,
    @Args(...takeArg) take: number | null,
  ): Promise<Department[]> {
    return this.data.list(Department, { includeInactive, take: boundedTake(take, 200) });
  }

  @Query(() => [Channel])
  channels(
    @Args(...includeInactiveArg) includeInactive: boolean | null,
    @Args(...takeArg) take: number | null,
  ): Promise<Channel[]> {
    return this.data.list(Channel, { includeInactive, take: boundedTake(take, 200) });
  }

  @Query(() => [Theme])
  themes(
    @Args(...includeInactiveArg) includeInactive: boolean | null,
    @Args(...takeArg) take: number | null,
  ): Promise<Theme[]> {
    return this.data.list(Theme, { includeInactive, take: boundedTake(take, 200) });
  }

  @Query(() => [Audience])
  audiences(
    @Args(...includeInactiveArg) includeInactive: boolean | null,
    @Args(...takeArg) take: number | null,
  ): Promise<Audience[]> {
    return this.data.list(Audience, { includeInactive, take: boundedTake(take, 200) });
  }

  @Mutation(() => Department)
  createDepartment(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: DepartmentInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Department> {
    return this.idempotency.once(actor, idempotencyKey, 'createDepartment', Department, () =>
      this.data.saveNamed(actor, Department, input),
    );
  }

  @Mutation(() => Department)
  updateDepartment(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('input') input: DepartmentInput,
    @Args(...versionArg) expectedVersion: number | null,
  ): Promise<Department> {
    return this.data.saveNamed(actor, Department, input, id, expectedVersion);
  }

  @Mutation(() => Theme)
  createTheme(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: ThemeInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Theme> {
    return this.idempotency.once(actor, idempotencyKey, 'createTheme', Theme, () =>
      this.data.saveNamed(actor, Theme, input),
    );
  }

  @Mutation(() => Theme)
  updateTheme(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('input') input: ThemeInput,
    @Args(...versionArg) expectedVersion: number | null,
  ): Promise<Theme> {
    return this.data.saveNamed(actor, Theme, input, id, expectedVersion);
  }

  @Mutation(() => Audience)
  createAudience(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: AudienceInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Audience> {
    return this.idempotency.once(actor, idempotencyKey, 'createAudience', Audience, () =>
      this.data.saveNamed(actor, Audience, input),
    );
  }

  @Mutation(() => Audience)
  updateAudience(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('input') input: AudienceInput,
    @Args(...versionArg) expectedVersion: number | null,
  ): Promise<Audience> {
    return this.data.saveNamed(actor, Audience, input, id, expectedVersion);
  }

  @Mutation(() => Channel)
  createChannel(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: ChannelInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Channel> {
    return this.idempotency.once(actor, idempotencyKey, 'createChannel', Channel, () =>
      this.data.saveChannel(actor, input),
    );
  }

  @Mutation(() => Channel)
  updateChannel(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('input') input: ChannelPatch,
    @Args(...versionArg) expectedVersion: number | null,
  ): Promise<Channel> {
    return this.data.saveChannel(actor, input, id, expectedVersion);
  }

  @Query(() => [Channel], {
    description: 'Proposed channels, newest first: an editor sees all of them, anyone else their own.',
  })
  channelProposals(
    @CurrentUser() actor: SessionUser,
    @Args('status', { type: () => [ChannelStatusEnum], nullable: true }) status: ChannelStatus[] | null,
    @Args('mine', { type: () => Boolean, nullable: true }) mine: boolean | null,
    @Args(...takeArg) take: number | null,
  ): Promise<Channel[]> {
    return this.data.channelProposals(actor, { statuses: status, mine, take: boundedTake(take, 100) });
  }

  @Mutation(() => Channel)
  proposeChannel(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: ChannelProposalInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Channel> {
    return this.idempotency.once(actor, idempotencyKey, 'proposeChannel', Channel, () =>
      this.data.proposeChannel(actor, input),
    );
  }

  @Mutation(() => Channel, {
    description: 'Approves or declines a proposed channel; declining needs a note. The proposer is notified.',
  })
  decideChannelProposal(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('approve', { type: () => Boolean }) approve: boolean,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<Channel> {
    return this.data.decideChannelProposal(actor, id, expectedVersion, approve, note);
  }
}
