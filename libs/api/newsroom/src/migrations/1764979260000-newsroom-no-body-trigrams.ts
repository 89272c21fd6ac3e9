import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Similar signals are found among the candidates of their 72 hours (see `similarSignals`), not through a trigram
 * index on the body: at pg_trgm's threshold a short Dutch message shares enough trigrams with a large part of the table
 * that the index scan reads most of it, while every arriving signal paid for keeping the index up to date.
 */
export class NewsroomNoBodyTrigrams1764979260000 implements MigrationInterface {
  name = 'NewsroomNoBodyTrigrams1764979260000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX signals_body_trgm');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX signals_body_trgm ON signals USING gin (body gin_trgm_ops)');
  }
}
