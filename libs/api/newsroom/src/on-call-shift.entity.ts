import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';

/** Who does webcare outside office hours, from when to when. */
@ObjectType()
@Entity()
export class OnCallShift extends VersionedEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Date)
  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
