import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';

/** When the team is in, per ISO weekday (1 Monday … 7 Sunday); no hours: closed that day. */
@ObjectType()
@Entity('office_hours')
export class OfficeHours extends VersionedEntity {
  @Field(() => Int)
  @Column({ type: 'int' })
  weekday: number;

  /** `HH:mm`, local time. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 5, nullable: true })
  opens: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 5, nullable: true })
  closes: string | null;
}
