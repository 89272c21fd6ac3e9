import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views the newsroom publishes for the reports, so they never read its tables: each signal with its first reply's
 * time (calendar and office minutes, as stored with the reply) and a key for its author, the themes each signal
 * carries, and the decisions taken on signals. The author key is the source with the handle, else the name, folded to
 * lower case; a signal without author data (never given, or anonymised) has none.
 */
export class NewsroomReportViews1765520000000 implements MigrationInterface {
  name = 'NewsroomReportViews1765520000000';

  async up(db: QueryRunner): Promise<void> {
    // The first reply's minutes are scalar subqueries rather than a join, so a report that does not ask for them
    // does not pay for them.
    await db.query(`CREATE VIEW newsroom_signal_facts AS
      SELECT s.id AS signal_id, s.source, s.received_at, s.needs_reply, s.first_reply_at, s.first_reply_due_at,
        (SELECT f.minutes FROM replies f WHERE f.signal_id = s.id ORDER BY f.sent_at, f.id LIMIT 1)
          AS first_reply_minutes,
        (SELECT f.office_minutes FROM replies f WHERE f.signal_id = s.id ORDER BY f.sent_at, f.id LIMIT 1)
          AS first_reply_office_minutes,
        CASE WHEN s.author_handle IS NOT NULL THEN s.source || ' @' || lower(s.author_handle)
             WHEN s.author_name IS NOT NULL THEN s.source || ' ' || lower(s.author_name) END AS author_key,
        s.crisis, s.status
      FROM signals s WHERE s.deleted_at IS NULL`);
    await db.query(`CREATE VIEW newsroom_signal_themes AS
      SELECT st.signal_id, st.theme_id, s.received_at FROM signal_themes st JOIN signals s ON s.id = st.signal_id
      WHERE s.deleted_at IS NULL`);
    await db.query(`CREATE VIEW newsroom_signal_actions AS
      SELECT a.id AS action_id, a.signal_id, a.kind, a.status, a.department_id, a.post_id, a.created_at
      FROM newsroom_actions a WHERE a.signal_id IS NOT NULL AND a.deleted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW newsroom_signal_actions');
    await db.query('DROP VIEW newsroom_signal_themes');
    await db.query('DROP VIEW newsroom_signal_facts');
  }
}
