import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The ads report reads the campaigns of a year by start and the budget by year; both have their index already. */
export class InsightsReportIndexes1765540200000 implements MigrationInterface {
  name = 'InsightsReportIndexes1765540200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX campaigns_channel ON campaigns (channel_id) WHERE deleted_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX campaigns_channel');
  }
}
