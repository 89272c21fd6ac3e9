import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Channel } from './channel.entity';
import { ReferenceDataService } from './reference-data.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

/** At most this many of each are listed; the totals say how many there are. */
const LISTED = 50;

@ObjectType({
  description:
    'What the set-up still lacks: active people without a department, active channels without an owner department.',
})
export class SetupIssues {
  @Field(() => [User], { description: 'By name, at most 50' })
  peopleWithoutDepartment: User[];

  @Field(() => Int)
  peopleWithoutDepartmentCount: number;

  @Field(() => [Channel], { description: 'By name, at most 50' })
  channelsWithoutOwner: Channel[];

  @Field(() => Int)
  channelsWithoutOwnerCount: number;
}

@Resolver(() => SetupIssues)
export class SetupIssuesResolver {
  constructor(
    private readonly users: UsersService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  @Query(() => SetupIssues, { description: 'What an administrator still has to set up (administrators).' })
  async setupIssues(): Promise<SetupIssues> {
    const [[peopleWithoutDepartment, peopleWithoutDepartmentCount], [channelsWithoutOwner, channelsWithoutOwnerCount]] =
      await Promise.all([this.users.withoutDepartment(LISTED), this.referenceData.channelsWithoutOwner(LISTED)]);
    return { peopleWithoutDepartment, peopleWithoutDepartmentCount, channelsWithoutOwner, channelsWithoutOwnerCount };
  }
}
