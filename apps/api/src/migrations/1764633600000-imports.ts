import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files on their way in, for every kind of import: the file until it is imported, then its counts. */
export class Imports1764633600000 implements MigrationInterface {
  name = 'Imports1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE import_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      kind varchar(40) NOT NULL,
      file_name varchar(255) NOT NULL,
      content_hash char(64) NOT NULL,
      content bytea,
      mapping jsonb,
      status varchar(20) NOT NULL CHECK (status IN ('PREVIEWED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')),
      total int NOT NULL DEFAULT 0,
      processed int NOT NULL DEFAULT 0,
      created int NOT NULL DEFAULT 0,
      skipped int NOT NULL DEFAULT 0,
      failed int NOT NULL DEFAULT 0,
      error text,
      created_by_id uuid NOT NULL REFERENCES users (id),
      actor jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz)`);
    await db.query(`CREATE INDEX import_runs_same_file ON import_runs (kind, content_hash) WHERE status = 'DONE'`);
    await db.query(`CREATE INDEX import_runs_previews ON import_runs (created_at) WHERE status = 'PREVIEWED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE import_runs`);
  }
}
