import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { boundedTake, CurrentUser, Idempotency, idempotencyKeyArg, type SessionUser } from '@planbord/api-core';
import { UserInput, UserPatch } from './dto/user.input';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class UsersResolver {
  constructor(
    private readonly people: UsersService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => [User], { description: 'People, by name. Inactive people only on request.' })
  users(
    @CurrentUser() viewer: SessionUser,
    @Args('search', { type: () => String, nullable: true }) search: string | null,
    @Args('includeInactive', { type: () => Boolean, nullable: true }) includeInactive: boolean | null,
    @Args('take', { type: () => Int, nullable: true }) take: number | null,
  ): Promise<User[]> {
    return this.people.find(viewer, { search, includeInactive, take: boundedTake(take) });
  }

  @Mutation(() => User)
  createUser(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: UserInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<User> {
    return this.idempotency.once(actor, idempotencyKey, 'createUser', User, () => this.people.create(actor, input));
  }

  @Mutation(() => User)
  updateUser(
    @CurrentUser() actor: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: UserPatch,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<User> {
    return this.people.update(actor, id, input, expectedVersion);
  }

  @Mutation(() => User, {
    description: 'Deactivates (signs out at once) or reactivates a person; people are never deleted.',
  })
  setUserActive(
    @CurrentUser() actor: SessionUser,
    @Args('id', { type: () => ID }) id: string,
    @Args('active') active: boolean,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
  ): Promise<User> {
    return this.people.setActive(actor, id, active, expectedVersion);
  }
}
