import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** What an outbound message says about the thing that changed (a post, an event, a signal, the crisis switch). */
export type OutboxData = Record<string, unknown>;

/**
 * Where messages for outside systems are kept until they are delivered: the integrations feature owns the table and
 * registers itself here, so a feature writes to it without depending on that feature.
 */
export interface OutboxSink {
  /** Of these message types, the ones someone outside listens to now. Runs in the caller's transaction. */
  wanted(em: EntityManager, types: readonly string[]): Promise<ReadonlySet<string>>;
  /** Stores the messages in the caller's transaction. */
  write(em: EntityManager, messages: readonly { type: string; data: OutboxData }[]): Promise<void>;
}

/**
 * The outbox of messages to outside systems (outbound webhooks). A feature calls `add` inside the transaction of the
 * change, so a message exists exactly when the change committed, and a process that stops before delivering it loses
 * nothing. Nothing is built or written when nobody listens to the type.
 */
@Injectable()
export class Outbox {
  private sink: OutboxSink | null = null;

  register(sink: OutboxSink): void {
    this.sink = sink;
  }

  /** `data` is only called when someone listens to `type`; it may give several messages (every held post). */
  async add(
    em: EntityManager,
    type: string,
    data: () => OutboxData | OutboxData[] | Promise<OutboxData | OutboxData[]>,
  ): Promise<void> {
    const sink = this.sink;
    if (!sink) return;
    const wanted = await sink.wanted(em, [type]);
    if (!wanted.has(type)) return;
    const built = await data();
    const list = Array.isArray(built) ? built : [built];
    if (list.length)
      await sink.write(
        em,
        list.map((item) => ({ type, data: item })),
      );
  }
}
