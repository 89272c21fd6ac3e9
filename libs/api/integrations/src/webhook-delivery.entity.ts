import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A message written in the transaction of the change it tells about, waiting to be handed to every webhook that
 * listens to its type (`dispatchedAt` says when that happened).
 */
@Entity()
export class WebhookOutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null;
}

export type WebhookMessageStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

/** One message to one webhook: the same `webhook-id` and body on every attempt until it arrives or the day is over. */
@Entity()
export class WebhookMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  webhookId: string;

  /** The `webhook-id` header: `msg_…`, the receiver's key to see a retry as the same message. */
  @Column({ type: 'varchar', length: 60, unique: true })
  messageId: string;

  @Column({ type: 'varchar', length: 40 })
  type: string;

  /** The JSON body exactly as signed and sent. */
  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 10, default: 'PENDING' })
  status: WebhookMessageStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  firstAttemptAt: Date | null;

  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** A worker has it in hand until then; after that another may take it (the first one died). */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One attempt to deliver a message: what the receiver answered, or why nothing came back. */
@ObjectType()
@Entity()
export class WebhookDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  webhookId: string;

  @Column({ type: 'uuid' })
  webhookMessageId: string;

  @Field({ description: 'The event type, such as post.approved or webhook.test' })
  @Column({ type: 'varchar', length: 40 })
  event: string;

  @Field({ description: 'The webhook-id header: the same on every attempt at one message' })
  @Column({ type: 'varchar', length: 60 })
  messageId: string;

  @Field(() => Int, { description: '1 for the first attempt' })
  @Column({ type: 'int' })
  attempt: number;

  @Field()
  @Column({ type: 'timestamptz' })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered, none when no answer came' })
  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why no answer came: a timeout, a refused connection' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;

  @Field(() => Int)
  @Column({ type: 'int' })
  durationMs: number;

  @Field()
  @Column({ type: 'boolean' })
  success: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When the next attempt follows; none after success or the last try',
  })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;
}
