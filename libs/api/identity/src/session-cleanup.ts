import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Jobs } from '@planbord/api-core';
import { IDLE_TIMEOUT_MS } from './session.entity';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The hourly job that deletes what sign-in no longer uses: sessions that ended (expired, idle too long, signed out)
 * and failed logins older than the longest lock they count towards (a day). Both are kept one day past their use,
 * for anyone looking into a sign-in problem.
 */
@Injectable()
export class SessionCleanup implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    void this.jobs.register({ name: 'session-cleanup', schedule: '17 * * * *', run: () => this.run() });
  }

  async run(): Promise<{ sessions: number; loginFailures: number }> {
    const now = Date.now();
    const [, sessions]: [unknown, number] = await this.db.query(
      'DELETE FROM sessions WHERE expires_at < $1 OR revoked_at < $1 OR last_seen_at < $2',
      [new Date(now - DAY_MS), new Date(now - IDLE_TIMEOUT_MS - DAY_MS)],
    );
    const [, loginFailures]: [unknown, number] = await this.db.query('DELETE FROM login_failures WHERE at < $1', [
      new Date(now - 2 * DAY_MS),
    ]);
    return { sessions, loginFailures };
  }
}
