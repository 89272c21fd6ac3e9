import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { GraphQLDate, VersionedEntity } from '@planbord/api-core';
import { Channel } from '@planbord/api-identity';
import { Post } from '@planbord/api-publishing';

/** The latest lifetime totals of one published post, entered by hand or imported from a platform's export file. */
@ObjectType({ description: 'The latest lifetime totals of a published post; any figure may be absent' })
@Entity('post_metrics')
export class PostMetrics {
  @PrimaryColumn('uuid')
  postId: string;

  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) reach: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) impressions: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) reactions: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) comments: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) shares: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) clicks: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) saves: number | null;
  @Field(() => Int, { nullable: true }) @Column({ type: 'int', nullable: true }) videoViews: number | null;

  @Field(() => Date, { description: 'When the platform counted these figures' })
  @Column({ type: 'timestamptz' })
  capturedAt: Date;

  @Field({ description: 'MANUAL or IMPORT' })
  @Column({ type: 'varchar', length: 6 })
  source: 'MANUAL' | 'IMPORT';

  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @Field(() => Int, { description: 'For recordPostMetrics’ expectedVersion' })
  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** A paid campaign: posts boosted on one channel within a budget. */
@ObjectType({ description: 'Paid reach: posts boosted on one channel, with a budget and what was spent (euro cents)' })
@Entity('campaigns')
export class Campaign extends VersionedEntity {
  @Field() @Column({ type: 'varchar', length: 200 }) name: string;
  @Column({ type: 'uuid' }) channelId: string;
  @Field(() => GraphQLDate, { description: 'First day' }) @Column({ type: 'date' }) startsOn: string;
  @Field(() => GraphQLDate, { description: 'Last day' }) @Column({ type: 'date' }) endsOn: string;
  @Field(() => Int) @Column({ type: 'int' }) budgetCents: number;
  @Field(() => Int) @Column({ type: 'int', default: 0 }) spentCents: number;
  @Field(() => String, { nullable: true, description: 'What it brought, in the team’s words' })
  @Column({ type: 'text', nullable: true })
  results: string | null;
  @Column({ type: 'uuid', nullable: true }) createdById: string | null;

  // Resolved per request in campaigns.fields.ts.
  @Field(() => Channel) channel?: Channel;
  @Field(() => [Post], { description: 'The posts it boosts, in the order they were (or are) published' })
  posts?: Post[];
}

/** The ads budget of one year. */
@ObjectType()
@Entity('ads_budgets')
export class AdsBudget extends VersionedEntity {
  @Field(() => Int) @Column({ type: 'int' }) year: number;
  @Field(() => Int) @Column({ type: 'int' }) budgetCents: number;
}

/** The hours the team spent on online communication in one month: the denominator of Return on Participation. */
@ObjectType()
@Entity('team_hours')
export class TeamHours {
  @Field({ description: 'The first day of the month (YYYY-MM-DD)' })
  @PrimaryColumn({ type: 'date' })
  month: string;

  @Field(() => Float) @Column({ type: 'double precision' }) hours: number;
  @Column({ type: 'uuid', nullable: true }) recordedById: string | null;
  @Field(() => Int) @Column({ type: 'int', default: 1 }) version: number;
  @Column({ type: 'timestamptz', default: () => 'now()' }) updatedAt: Date;
}

/** The report settings; one row. `growthThresholds` holds a value per growth-model indicator key. */
@Entity('insights_settings')
export class InsightsSettings extends VersionedEntity {
  @Column({ type: 'jsonb', default: () => "'{}'" })
  growthThresholds: Record<string, number>;
}
