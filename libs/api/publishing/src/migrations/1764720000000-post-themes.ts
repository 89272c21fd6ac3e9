import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A post's own themes (set in the editor, or taken from the newsroom signal that led to it) and the signal it came
 * from. The signal belongs to the newsroom, so its id is kept without a foreign key, as a link another feature answers.
 */
export class PostThemes1764720000000 implements MigrationInterface {
  name = 'PostThemes1764720000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE post_themes (
      post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      theme_id uuid NOT NULL REFERENCES themes (id),
      PRIMARY KEY (post_id, theme_id))`);
    await db.query(`CREATE INDEX post_themes_theme ON post_themes (theme_id)`);
    await db.query(`ALTER TABLE posts ADD COLUMN signal_id uuid`);
    await db.query(`CREATE INDEX posts_signal ON posts (signal_id) WHERE signal_id IS NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX posts_signal');
    await db.query('ALTER TABLE posts DROP COLUMN signal_id');
    await db.query('DROP TABLE post_themes');
  }
}
