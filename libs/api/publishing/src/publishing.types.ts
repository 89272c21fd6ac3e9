import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { User } from '@planbord/api-identity';
import { Assignment } from '@planbord/api-planning';
import { Post } from './publishing.entities';

@ObjectType()
export class CrisisState {
  @Field() active: boolean;
  @Field(() => ID, {
    nullable: true,
    description: 'This crisis period; its switches are in auditTrail(entityType: "Crisis")',
  })
  activationId: string | null;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => Date, { nullable: true }) since: Date | null;
  byId: string | null;
  @Field(() => Int) heldPosts: number;
  // Resolved per request in publishing.fields.ts.
  @Field(() => User, { nullable: true }) by?: User | null;
}

@ObjectType({ description: 'My jobs in a period, and the posts waiting for my review.' })
export class MyWork {
  @Field(() => [Assignment]) assignments: Assignment[];
  @Field(() => [Post]) reviews: Post[];
}
