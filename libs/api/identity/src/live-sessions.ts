import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ChangeFeed, type CalendarChange } from '@planbord/api-core';
import { IDLE_TIMEOUT_MS } from './session.entity';

/** The part of a WebSocket Planbord needs: closing it. */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

interface Watched {
  sessionId: string;
  deadline: NodeJS.Timeout | null;
}

const SESSION_ENDED = 'Session';
/** Node's timers hold at most 2^31 - 1 ms (about 24 days); sessions last 7 days at most, this is a guard. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** When the database cannot say whether a session still lives, ask again after this. */
const RETRY_MS = 60_000;

/**
 * Live subscriptions are authenticated once, when the WebSocket opens. This keeps track of which session each socket
 * belongs to and closes it when the session ends: at once when a session is ended (logout, deactivation, a password
 * change or reset), in whichever API process, through a change event over PostgreSQL NOTIFY; and at its own deadline
 * when the session runs out (12 hours idle, 7 days in any case), checked again then since requests may have kept it
 * alive.
 */
@Injectable()
export class LiveSessions implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LiveSessions');
  private readonly sockets = new Map<ClosableSocket, Watched>();
  private ended: AsyncIterableIterator<{ sessionEnded: CalendarChange }> | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly feed: ChangeFeed,
  ) {}

  onModuleInit(): void {
    const ended = this.feed.subscribe(
      (change) => change.entityType === SESSION_ENDED && change.kind === 'deleted',
      'sessionEnded',
    );
    this.ended = ended;
    void (async () => {
      for await (const { sessionEnded } of ended) this.closeSession(sessionEnded.id);
    })();
  }

  async onModuleDestroy(): Promise<void> {
    await this.ended?.return?.();
    for (const watched of this.sockets.values()) if (watched.deadline) clearTimeout(watched.deadline);
    this.sockets.clear();
  }

  /** Tells every API process that these sessions of a person have ended. Call after the change has committed. */
  async announceEnded(userId: string, sessionIds: string[]): Promise<void> {
    // A personal message: calendars and notification bells do not see it.
    for (const sessionId of sessionIds) await this.feed.tell(userId, SESSION_ENDED, sessionId, 'deleted');
  }

  /** Watches a socket whose session was just found alive. */
  register(sessionId: string, socket: ClosableSocket): void {
    const watched: Watched = { sessionId, deadline: null };
    this.sockets.set(socket, watched);
    socket.once('close', () => {
      if (watched.deadline) clearTimeout(watched.deadline);
      this.sockets.delete(socket);
    });
    // Registered before the first check: a session ended meanwhile is caught by either the event or the check.
    this.checkLater(socket, 0);
  }

  private closeSession(sessionId: string): void {
    for (const [socket, watched] of this.sockets) if (watched.sessionId === sessionId) this.close(socket);
  }

  private close(socket: ClosableSocket): void {
    const watched = this.sockets.get(socket);
    if (watched?.deadline) clearTimeout(watched.deadline);
    this.sockets.delete(socket);
    socket.close(4401, 'Session ended');
  }

  private checkLater(socket: ClosableSocket, ms: number): void {
    const watched = this.sockets.get(socket);
    if (!watched) return;
    watched.deadline = setTimeout(
      () => {
        this.check(socket).catch((error: Error) => {
          this.logger.warn(`could not check a live session: ${error.message}`);
          this.checkLater(socket, RETRY_MS);
        });
      },
      Math.min(ms, MAX_TIMER_MS),
    );
    watched.deadline.unref();
  }

  /** Closes the socket if its session has ended, or waits until the session's own deadline. */
  private async check(socket: ClosableSocket): Promise<void> {
    const watched = this.sockets.get(socket);
    if (!watched) return;
    const [session]: { expires_at: Date; last_seen_at: Date }[] = await this.db.query(
      `SELECT s.expires_at, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.revoked_at IS NULL AND u.active`,
      [watched.sessionId],
    );
    if (!this.sockets.has(socket)) return;
    // Node's clock, as when the session is checked on every request.
    const left = session
      ? Math.min(session.expires_at.getTime(), session.last_seen_at.getTime() + IDLE_TIMEOUT_MS) - Date.now()
      : 0;
    if (left <= 0) this.close(socket);
    else this.checkLater(socket, left);
  }
}
