import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Calendar imports: what each made, so the same rows are not imported twice and an import can be undone. */
export class CalendarImports1765400000000 implements MigrationInterface {
  name = 'CalendarImports1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE calendar_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_by_id uuid NOT NULL REFERENCES users(id),
        file_name varchar(255) NOT NULL,
        content_hash char(64) NOT NULL,
        row_keys text[] NOT NULL DEFAULT '{}',
        event_ids uuid[] NOT NULL DEFAULT '{}',
        post_ids uuid[] NOT NULL DEFAULT '{}',
        skipped int NOT NULL DEFAULT 0,
        failed int NOT NULL DEFAULT 0,
        undone_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Which rows were imported before: a re-import looks its rows' keys up here.
    await db.query(
      'CREATE INDEX calendar_imports_row_keys ON calendar_imports USING gin (row_keys) WHERE undone_at IS NULL',
    );
    await db.query('CREATE INDEX calendar_imports_created_by ON calendar_imports (created_by_id, created_at DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE calendar_imports');
  }
}
