import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client, Pool } from 'pg';
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
  /** A pool reconnects by itself when the database comes back; the listener is reconnected by hand. */
  private readonly publisher: Pool;
  private closing = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly subscribers = new Set<(change: CalendarChange & { userId?: string }) => void>();

  constructor(@Inject(DATABASE_URL) private readonly url: string) {
    this.publisher = new Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000 });
    this.publisher.on('error', (error) => this.logger.warn(`publisher: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    if (this.retry) clearTimeout(this.retry);
    await this.listener?.end().catch(() => undefined);
    await this.publisher.end().catch(() => undefined);
  }

  /** Is this process receiving change events (its LISTEN connection is up)? */
  get listening(): boolean {
    return this.listener !== null;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const change = JSON.parse(message.payload) as CalendarChange & { userId?: string };
      for (const deliver of this.subscribers) deliver(change);
    });
    client.on('error', (error) => {
      this.logger.warn(`listener: ${error.message}`);
      this.reconnect(client);
    });
    client.on('end', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closing) {
      client.removeAllListeners('end');
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  /** The LISTEN connection broke (the database went away): connect again, with a growing pause, until it works. */
  private reconnect(broken: Client, attempt = 1): void {
    if (this.closing || (this.listener !== broken && attempt === 1)) return;
    this.listener = null;
    broken.removeAllListeners('end');
    void broken.end().catch(() => undefined);
    this.retry = setTimeout(() => {
      this.listen().then(
        () => this.logger.log('listening for changes again'),
        () => this.reconnect(broken, attempt + 1),
      );
    }, Math.min(100 * 2 ** attempt, 2000));
    this.retry.unref();
  }

  /** Call after the change has committed. A `userId` makes it a personal message (notifications). */
  async publish(entityType: string, id: string, kind: 'created' | 'updated' | 'deleted', userId?: string): Promise<void> {
    try {
      await this.publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ entityType, id, kind, userId })]);
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
