import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a MONITOR decision was brought back to its owner, so each comes back once. */
export class NewsroomReviews1765065600000 implements MigrationInterface {
  name = 'NewsroomReviews1765065600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE newsroom_actions ADD COLUMN review_notified_at timestamptz');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE newsroom_actions DROP COLUMN review_notified_at');
  }
}
