import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluations: what worked and what the team would do differently, on one published post or one rubric, searchable
 * in Dutch (stemmed) like the signals.
 */
export class Evaluations1765530000000 implements MigrationInterface {
  name = 'Evaluations1765530000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE evaluations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      post_id uuid REFERENCES posts (id) ON DELETE CASCADE,
      rubric_id uuid REFERENCES rubrics (id) ON DELETE CASCADE,
      worked text CHECK (char_length(worked) <= 2000),
      different text CHECK (char_length(different) <= 2000),
      author_id uuid NOT NULL REFERENCES users (id),
      search tsvector GENERATED ALWAYS AS (to_tsvector('dutch',
        coalesce(worked, '') || ' ' || coalesce(different, ''))) STORED,
      CHECK (num_nonnulls(post_id, rubric_id) = 1),
      CHECK (coalesce(worked, '') <> '' OR coalesce(different, '') <> ''))`);
    await db.query('CREATE INDEX evaluations_search ON evaluations USING gin (search)');
    await db.query('CREATE INDEX evaluations_post ON evaluations (post_id) WHERE post_id IS NOT NULL');
    await db.query('CREATE INDEX evaluations_rubric ON evaluations (rubric_id) WHERE rubric_id IS NOT NULL');
    await db.query('CREATE INDEX evaluations_created ON evaluations (created_at DESC, id DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE evaluations');
  }
}
