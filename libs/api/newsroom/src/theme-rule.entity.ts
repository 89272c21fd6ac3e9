import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';
import { Theme } from '@planbord/api-identity';

/** Words that suggest a theme for an incoming signal, matched with Dutch stemming ("container" finds "containers"). */
@ObjectType()
@Entity()
export class ThemeRule extends VersionedEntity {
  @Column({ type: 'uuid' })
  themeId: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true })
  keywords: string[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  // Resolved per request in newsroom.fields.ts.
  @Field(() => Theme) theme?: Theme;
}
