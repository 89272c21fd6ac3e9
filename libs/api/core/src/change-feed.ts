import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { Client, Pool } from 'pg';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { NotificationKind, NotificationOutcome } from '@planbord/domain';

/** What changed: every open calendar refreshes what it shows of it. */
@ObjectType()
export class CalendarChange {
  @Field() entityType: string;
  @Field(() => ID) id: string;
  /** created, updated, deleted */
  @Field() kind: string;
}

export type ChangeKind = 'created' | 'updated' | 'deleted';

/** Who should hear of a change in person, and what to tell them: the notifications feature turns it into their bell. */
export interface Notice {
  kind: NotificationKind;
  /** The people it concerns; the one who acted is never told about their own act. */
  to: readonly (string | null | undefined)[];
  /** What it is about, for the link in the notification (may differ from the changed entity: a job on an event). */
  entityType: string;
  entityId: string | null;
  /** The title of what it is about, or the reason of a crisis switch. */
  subject: string;
  /** Which way a decision or a switch went, when the notice is about one. */
  outcome?: NotificationOutcome | null;
}

/** Something that happened, told after it committed: live calendars refresh it, and in-process listeners act on it. */
export interface DomainEvent {
  entityType: string;
  id: string;
  kind: ChangeKind;
  actor?: { id: string; name: string } | null;
  notice?: Notice;
  /**
   * A person's data was erased: what named them (a resident's name and handle) must go from what listeners keep of
   * earlier events too, such as the subjects of notifications. Told to in-process listeners only, never broadcast.
   */
  erased?: { words: readonly string[] };
}

/** Acts on a domain event in the process that published it (once per event, however many processes run). */
export type DomainEventListener = (event: DomainEvent) => Promise<void> | void;

interface LiveChange extends CalendarChange {
  userId?: string;
}

export const DATABASE_URL = Symbol('DATABASE_URL');
const CHANNEL = 'planbord_calendar';

/**
 * The one place features tell each other what happened. Services publish domain events after their transaction
 * commits; listeners registered with `on` (notifications, later webhooks) run in the publishing process, and
 * the change itself fans out through PostgreSQL LISTEN/NOTIFY, so every API process tells its own live subscribers,
 * whichever process made the change.
 */
@Injectable()
export class ChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ChangeFeed');
  private readonly listeners: DomainEventListener[] = [];
  private listener: Client | null = null;
  /** A pool reconnects by itself when the database comes back; the listener is reconnected by hand. */
  private readonly publisher: Pool;
  private closing = false;
  private retry: NodeJS.Timeout | null = null;
  private readonly subscribers = new Set<(change: LiveChange) => void>();
  /** Told when the LISTEN connection breaks: what other processes change meanwhile goes unheard. */
  private readonly deafened: (() => void)[] = [];

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
      const change = JSON.parse(message.payload) as LiveChange;
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
    if (attempt === 1) for (const forget of this.deafened) forget();
    broken.removeAllListeners('end');
    void broken.end().catch(() => undefined);
    this.retry = setTimeout(
      () => {
        this.listen().then(
          () => this.logger.log('listening for changes again'),
          () => this.reconnect(broken, attempt + 1),
        );
      },
      Math.min(100 * 2 ** attempt, 2000),
    );
    this.retry.unref();
  }

  /**
   * For a process's cache of rarely changed settings: `forget` runs when any process changes an entity type that
   * `accept` picks (in this process before `publish` returns), and when the LISTEN connection breaks. A cache is
   * only to be kept while the feed is `listening`.
   */
  watch(accept: (entityType: string) => boolean, forget: () => void): void {
    this.listeners.push((event) => {
      if (accept(event.entityType)) forget();
    });
    this.subscribers.add((change) => {
      if (accept(change.entityType)) forget();
    });
    this.deafened.push(forget);
  }

  /** Registers an in-process listener for every domain event published from now on. */
  on(listener: DomainEventListener): void {
    this.listeners.push(listener);
  }

  /**
   * Call after the change has committed. Listeners run first and are awaited (a notification exists when the
   * mutation answers); then every process's live calendars hear of it. A failing listener is logged, never undoes
   * the change or stops the others.
   */
  async publish(...events: DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const listener of this.listeners) {
        try {
          await listener(event);
        } catch (error) {
          this.logger.error(`a listener failed on ${event.entityType} ${event.kind}: ${(error as Error).message}`);
        }
      }
    }
    // A batch (a hundred signals from one webhook delivery) goes out in one statement, each change its own message.
    await this.broadcast(...events.map((event) => ({ entityType: event.entityType, id: event.id, kind: event.kind })));
  }

  /** A personal message to one person's live connections in every process (their bell, their sessions); calendars do not see it. */
  tell(userId: string, entityType: string, id: string, kind: ChangeKind): Promise<void> {
    return this.broadcast({ entityType, id, kind, userId });
  }

  private async broadcast(...changes: LiveChange[]): Promise<void> {
    if (changes.length === 0) return;
    try {
      if (changes.length === 1)
        await this.publisher.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(changes[0])]);
      else
        await this.publisher.query(
          'SELECT pg_notify($1, change) FROM unnest($2::text[]) WITH ORDINALITY AS c(change, n) ORDER BY n',
          [CHANNEL, changes.map((change) => JSON.stringify(change))],
        );
    } catch (error) {
      this.logger.warn(`could not publish a change: ${(error as Error).message}`);
    }
  }

  /**
   * An async iterator of changes for a GraphQL subscription field (`calendarChanged` by default: everything but
   * personal messages); ends when the client goes away.
   */
  subscribe<F extends string = 'calendarChanged'>(
    accept: (change: LiveChange) => boolean = (change) => !change.userId,
    field: F = 'calendarChanged' as F,
  ): AsyncIterableIterator<Record<F, CalendarChange>> {
    const queue: CalendarChange[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const deliver = (change: LiveChange) => {
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
