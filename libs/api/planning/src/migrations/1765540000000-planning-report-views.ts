import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Views planning publishes for the reports: each event with its coverage (derived as `coverageOf` in libs/domain
 * derives it) and its request's dates, and the slots with their rubric. Requests are counted by when they came in.
 */
export class PlanningReportViews1765540000000 implements MigrationInterface {
  name = 'PlanningReportViews1765540000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE VIEW planning_event_coverage AS
      SELECT e.id AS event_id, e.starts_at, e.ends_at, e.status, e.department_id, e.late,
        e.requested_at, e.response_due_at, e.decided_at,
        CASE WHEN e.coverage_not_needed THEN 'NOT_NEEDED'
             WHEN coalesce(j.cover AND j.publish, false) THEN 'COVERED'
             WHEN coalesce(j.cover OR j.publish, false) THEN 'PARTIAL'
             ELSE 'UNCOVERED' END AS coverage
      FROM events e
      LEFT JOIN LATERAL (
        SELECT bool_or(a.role = 'COVER') AS cover, bool_or(a.role = 'PUBLISH') AS publish FROM assignments a
         WHERE a.event_id = e.id AND a.deleted_at IS NULL AND a.status <> 'DECLINED') j ON true
      WHERE e.deleted_at IS NULL`);
    await db.query(`CREATE VIEW planning_slots AS
      SELECT s.id AS slot_id, s.kind, s.status, s.starts_at, s.rubric_id, s.channel_id FROM slots s
       WHERE s.deleted_at IS NULL`);
    await db.query('CREATE INDEX events_requested_at ON events (requested_at) WHERE requested_at IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX events_requested_at');
    await db.query('DROP VIEW planning_slots');
    await db.query('DROP VIEW planning_event_coverage');
  }
}
