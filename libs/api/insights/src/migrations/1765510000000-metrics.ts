import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The figures' companions: each channel's followers per month, and the column mapping last chosen for each export
 * format, so a file with unknown or Dutch headers needs its mapping only once.
 */
export class Metrics1765510000000 implements MigrationInterface {
  name = 'Metrics1765510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE channel_followers (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      channel_id uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
      month date NOT NULL CHECK (extract(day FROM month) = 1),
      followers integer NOT NULL CHECK (followers >= 0),
      source varchar(6) NOT NULL CHECK (source IN ('MANUAL','IMPORT')),
      recorded_by_id uuid REFERENCES users (id),
      UNIQUE (channel_id, month))`);
    await db.query('CREATE INDEX channel_followers_month ON channel_followers (month)');
    await db.query(`CREATE TABLE metrics_import_mappings (
      format varchar(20) PRIMARY KEY CHECK (format IN ('META_FACEBOOK','META_INSTAGRAM','LINKEDIN','X')),
      mapping jsonb NOT NULL,
      updated_by_id uuid REFERENCES users (id),
      updated_at timestamptz NOT NULL DEFAULT now())`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE metrics_import_mappings');
    await db.query('DROP TABLE channel_followers');
  }
}
