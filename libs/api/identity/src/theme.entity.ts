import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';

/** A content pillar: traffic, waste, housing, care, culture, safety, ... */
@ObjectType()
@Entity()
export class Theme extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Field()
  @Column({ type: 'varchar', length: 7 })
  color: string;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
