import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The part of a WebSocket Planbord needs: closing it. */
export interface ClosableSocket {
  close(code?: number, reason?: string): void;
  once(event: 'close', listener: () => void): unknown;
}

const SWEEP_INTERVAL_MS = 30_000;

/**
 * Live subscriptions are authenticated once, when the WebSocket opens. This keeps track of which session each socket
 * belongs to and closes the sockets of sessions that have ended (logout, deactivation, expiry) within half a minute.
 */
@Injectable()
export class LiveSessions implements OnModuleInit, OnModuleDestroy {
  private readonly sockets = new Map<ClosableSocket, string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep().catch(() => undefined), SWEEP_INTERVAL_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  register(sessionId: string, socket: ClosableSocket): void {
    this.sockets.set(socket, sessionId);
    socket.once('close', () => this.sockets.delete(socket));
  }

  /** Closes every socket whose session is no longer alive; one query for all of them. */
  async sweep(): Promise<number> {
    const sessionIds = [...new Set(this.sockets.values())];
    if (sessionIds.length === 0) return 0;
    const alive: { id: string }[] = await this.db.query(
      `SELECT s.id FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = ANY($1) AND s.revoked_at IS NULL AND s.expires_at > now() AND s.last_seen_at > now() - interval '12 hours' AND u.active`,
      [sessionIds],
    );
    const living = new Set(alive.map((row) => row.id));
    let closed = 0;
    for (const [socket, sessionId] of this.sockets) {
      if (living.has(sessionId)) continue;
      socket.close(4401, 'Session ended');
      this.sockets.delete(socket);
      closed++;
    }
    return closed;
  }
}
