import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { VersionedEntity } from '@planbord/api-core';

/** An outside system (a publishing tool, an automation flow) told of Planbord's decisions by signed HTTP messages. */
@ObjectType()
@Entity()
export class Webhook extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 1000 })
  url: string;

  @Field(() => [String], { description: 'The event types it receives, such as post.approved' })
  @Column({ type: 'varchar', array: true })
  events: string[];

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * The Standard Webhooks secret (`whsec_<base64>`) that signs every message. Kept as it is (signing needs it), shown
   * once when made or rotated, and left out of audit entries.
   */
  @Column({ type: 'varchar', length: 200 })
  secret: string;

  /** Who made it: told when it is switched off for failing. */
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Since when every delivery has failed; none when the last one arrived',
  })
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was switched off for failing three days long' })
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastSuccessAt: Date | null;
}

/** The secret once, when a webhook is made or its secret replaced. */
@ObjectType()
export class WebhookCreated {
  @Field(() => Webhook) webhook: Webhook;
  @Field({ description: 'whsec_…: shown this once' }) secret: string;
}
