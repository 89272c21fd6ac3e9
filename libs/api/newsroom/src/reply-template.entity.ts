import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';

/** A standard answer with placeholders (`{naam}`, `{onderwerp}`); also the holding statements of a crisis. */
@ObjectType()
@Entity()
export class ReplyTemplate extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field()
  @Column({ type: 'text' })
  body: string;

  /** The themes it is meant for. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  themeIds: string[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;
}
