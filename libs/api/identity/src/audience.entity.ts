import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';

/** A target group: residents, youth, seniors, entrepreneurs, commuters, visitors. */
@ObjectType()
@Entity()
export class Audience extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
