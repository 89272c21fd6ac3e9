import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views publishing publishes for the reports, so they never read its tables: the published posts, and the themes each
 * carries (its own, else its event's or its rubric's).
 */
export class PublishingViews1765500100000 implements MigrationInterface {
  name = 'PublishingViews1765500100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE VIEW publishing_published_posts AS
      SELECT p.id AS post_id, p.channel_id, p.event_id, p.slot_id, p.author_id, p.signal_id, p.published_at,
        p.published_url, p.title
      FROM posts p WHERE p.status = 'PUBLISHED' AND p.published_at IS NOT NULL AND p.deleted_at IS NULL`);
    await db.query(`CREATE VIEW publishing_post_themes AS
      SELECT pt.post_id, pt.theme_id FROM post_themes pt
      UNION
      SELECT p.id, t.theme_id FROM posts p JOIN planning_target_themes t ON t.target_id IN (p.event_id, p.slot_id)
      WHERE NOT EXISTS (SELECT 1 FROM post_themes own WHERE own.post_id = p.id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW publishing_post_themes');
    await db.query('DROP VIEW publishing_published_posts');
  }
}
