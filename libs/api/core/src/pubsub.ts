import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { Field, ID, ObjectType } from '@nestjs/graphql';

/** What changed: every open calendar refreshes what it shows of it. */
@ObjectType()
export class CalendarChange {
  @Field() entityType: string;
  @Field(() => ID) id: string;
  /** created, updated, deleted */
  @Field() kind: string;
}

export const DATABASE_URL = Symbol('DATABASE_URL');
const CHANNEL = 'planbord_calendar';

/**
 * Change events fan out through PostgreSQL LISTEN/NOTIFY, so every API process on the database tells its own
 * subscribers, whichever process made the change.
 */
@Injectable()
export class CalendarPubSub implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('PubSub');
  private listener: Client | null = null;
  private publisher: Client | null = null;
  private readonly subscribers = new Set<(change: CalendarChange & { userId?: string }) => void>();

  constructor(@Inject(DATABASE_URL) private readonly url: string) {}

  async onModuleInit(): Promise<void> {
    this.listener = new Client({ connectionString: this.url });
    this.listener.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const change = JSON.parse(message.payload) as CalendarChange & { userId?: string };
      for (const deliver of this.subscribers) deliver(change);
    });
    this.listener.on('error', (error) => this.logger.error(`listener: ${error.message}`));
    await this.listener.connect();
    await this.listener.query(`LISTEN ${CHANNEL}`);
    this.publisher = new Client({ connectionString: this.url });
    this.publisher.on('error', (error) => this.logger.error(`publisher: ${error.message}`));
    await this.publisher.connect();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    await this.publisher?.end().catch(() => undefined);
  }

  /** Call after the change has committed. A `userId` makes it a personal message (notifications). */
  async publish(entityType: string, id: string, kind: 'created' | 'updated' | 'deleted', userId?: string): Promise<void> {
    try {
      await this.publisher?.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ entityType, id, kind, userId })]);
    } catch (error) {
      this.logger.warn(`could not publish a change: ${(error as Error).message}`);
    }
  }

  /**
   * An async iterator of changes for a GraphQL subscription field (`calendarChanged` by default: everything but
   * personal messages); ends when the client goes away.
   */
  subscribe<F extends string = 'calendarChanged'>(
    accept: (change: CalendarChange & { userId?: string }) => boolean = (change) => !change.userId,
    field: F = 'calendarChanged' as F,
  ): AsyncIterableIterator<Record<F, CalendarChange>> {
    const queue: CalendarChange[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const deliver = (change: CalendarChange & { userId?: string }) => {
      if (!accept(change)) return;
      const { userId: _userId, ...visible } = change;
      queue.push(visible);
      wake?.();
    };
    this.subscribers.add(deliver);
    const finish = () => {
      done = true;
      this.subscribers.delete(deliver);
      wake?.();
    };
    const iterator: AsyncIterableIterator<Record<F, CalendarChange>> = {
      next: async () => {
        while (!done && queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        if (done) return { value: undefined, done: true };
        return { value: { [field]: queue.shift()! } as Record<F, CalendarChange>, done: false };
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      throw: async (error) => {
        finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
