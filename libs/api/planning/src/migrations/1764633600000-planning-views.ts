import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views planning publishes for other features to join on, so they never read its tables: which themes a piece of
 * content carries through its event or its slot's rubric, and who has a live job on a post.
 */
export class PlanningViews1764633600000 implements MigrationInterface {
  name = 'PlanningViews1764633600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE VIEW planning_target_themes AS
      SELECT t.event_id AS target_id, t.theme_id FROM event_themes t
      UNION ALL
      SELECT s.id, r.theme_id FROM slots s JOIN rubrics r ON r.id = s.rubric_id WHERE r.theme_id IS NOT NULL`);
    await db.query(`CREATE VIEW planning_post_assignees AS
      SELECT a.post_id, a.user_id FROM assignments a WHERE a.post_id IS NOT NULL AND a.deleted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW planning_post_assignees');
    await db.query('DROP VIEW planning_target_themes');
  }
}
