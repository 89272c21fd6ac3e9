import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { Channel } from './channel.entity';
import { User } from './user.entity';

/** At most this many of each are listed; the totals say how many there are. */
const LISTED = 50;

@ObjectType({ description: 'What the set-up still lacks: active people without a department, active channels without an owner department.' })
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
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => SetupIssues, { description: 'What an administrator still has to set up (administrators).' })
  async setupIssues(): Promise<SetupIssues> {
    const [[peopleWithoutDepartment, peopleWithoutDepartmentCount], [channelsWithoutOwner, channelsWithoutOwnerCount]] = await Promise.all([
      this.db.getRepository(User).findAndCount({ where: { active: true, departmentId: IsNull() }, order: { name: 'ASC' }, take: LISTED }),
      this.db.getRepository(Channel).findAndCount({ where: { active: true, ownerDepartmentId: IsNull() }, order: { name: 'ASC' }, take: LISTED }),
    ]);
    return { peopleWithoutDepartment, peopleWithoutDepartmentCount, channelsWithoutOwner, channelsWithoutOwnerCount };
  }
}
