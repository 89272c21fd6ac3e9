import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';
import { User } from '@planbord/api-identity';
import { Rubric } from '@planbord/api-planning';
import { Post } from '@planbord/api-publishing';

/** Learning from what worked: a short evaluation of one published post or one rubric, by one of the team. */
@ObjectType({ description: 'What worked and what we would do differently, on a published post or a rubric' })
@Entity('evaluations')
export class Evaluation extends VersionedEntity {
  @Column({ type: 'uuid', nullable: true }) postId: string | null;
  @Column({ type: 'uuid', nullable: true }) rubricId: string | null;

  @Field(() => String, { nullable: true, description: 'What worked' })
  @Column({ type: 'text', nullable: true })
  worked: string | null;

  @Field(() => String, { nullable: true, description: 'What we would do differently' })
  @Column({ type: 'text', nullable: true })
  different: string | null;

  @Column({ type: 'uuid' }) authorId: string;

  @Field(() => Date) get writtenAt(): Date {
    return this.createdAt;
  }
  @Field(() => Date) get editedAt(): Date {
    return this.updatedAt;
  }

  // Resolved per request in evaluations.fields.ts.
  @Field(() => User) author?: User;
  @Field(() => Post, { nullable: true }) post?: Post | null;
  @Field(() => Rubric, { nullable: true }) rubric?: Rubric | null;
}
