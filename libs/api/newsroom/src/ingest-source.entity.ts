import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import type { IngestSourceKind } from '@planbord/domain';
import { VersionedEntity } from '@planbord/api-core';

/** Where signals come from automatically: a webhook of a monitoring tool or automation flow, or an RSS/Atom feed. */
@ObjectType()
@Entity()
export class IngestSource extends VersionedEntity {
  @Field()
  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Field(() => String, { description: 'WEBHOOK or RSS' })
  @Column({ type: 'varchar', length: 10 })
  kind: IngestSourceKind;

  /** The feed's address (RSS). */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  url: string | null;

  /**
   * The shared secret of the webhook's HMAC-SHA256 signature. Kept as it is (checking a signature needs it), never
   * returned after it was shown once, and left out of audit entries.
   */
  @Column({ type: 'varchar', length: 200, nullable: true })
  secret: string | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  lastRunAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
