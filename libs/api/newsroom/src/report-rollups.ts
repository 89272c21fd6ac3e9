import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Jobs } from '@planbord/api-core';

const HOUR_COUNTS = ['q0', 'q1', 'q2', 'q3', 'needing', 'answered', 'within_norm', 'anonymous'];

/**
 * The report rollups' rows of hours and days gone by that connections wrote beside each other (shards 1–16), moved
 * into row 0, so a report reads about one row per hour and source, and per day and theme. A row a transaction is
 * still writing is skipped and moved the next time.
 */
const FOLD = [
  `WITH moved AS (
     DELETE FROM signal_report_hours WHERE (hour, source, shard) IN (
       SELECT hour, source, shard FROM signal_report_hours
        WHERE shard <> 0 AND hour < date_trunc('hour', now(), 'UTC') FOR UPDATE SKIP LOCKED)
     RETURNING *)
   INSERT INTO signal_report_hours AS r (hour, source, shard, ${HOUR_COUNTS.join(', ')})
   SELECT hour, source, 0, ${HOUR_COUNTS.map((c) => `sum(${c})`).join(', ')}
     FROM moved GROUP BY hour, source ORDER BY hour, source
   ON CONFLICT (hour, source, shard) DO UPDATE SET ${HOUR_COUNTS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`,
  `WITH moved AS (
     DELETE FROM signal_theme_days WHERE (day, theme_id, shard) IN (
       SELECT day, theme_id, shard FROM signal_theme_days
        WHERE shard <> 0 AND day < date_trunc('day', now(), 'UTC') FOR UPDATE SKIP LOCKED)
     RETURNING *)
   INSERT INTO signal_theme_days AS r (day, theme_id, shard, signals)
   SELECT day, theme_id, 0, sum(signals) FROM moved GROUP BY day, theme_id ORDER BY day, theme_id
   ON CONFLICT (day, theme_id, shard) DO UPDATE SET signals = r.signals + excluded.signals`,
];

/**
 * Keeps the report rollups short. The triggers that write them (see the rollups migration) stay cheap on every
 * delivery by leaving this to a job every quarter of an hour.
 */
@Injectable()
export class ReportRollups implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    void this.jobs.register({ name: 'newsroom-fold-report-rollups', schedule: '*/15 * * * *', run: () => this.fold() });
  }

  async fold(): Promise<void> {
    await this.db.transaction(async (em) => {
      for (const statement of FOLD) await em.query(statement);
    });
  }
}
