import type { MigrationInterface, QueryRunner } from 'typeorm';

const SOCIAL = [
  'FACEBOOK',
  'INSTAGRAM',
  'X',
  'LINKEDIN',
  'YOUTUBE',
  'TIKTOK',
  'WHATSAPP',
  'MASTODON',
  'BLUESKY',
  'THREADS',
  'NEWS_SITE',
];
const SPOKEN = ['PHONE', 'COUNTER'];
const WRITTEN = ['EMAIL', 'WEBSITE_FORM', 'OTHER'];
/** A working day of the office hours below: 08:30–17:00. */
const WORKING_DAY = 510;

/**
 * Webcare's starting point: office hours on weekdays 08:30–17:00; first-reply norms of 4 office hours for social
 * sources, 1 working day for phone and counter notes and 2 for e-mail and the rest; a crisis norm of 30 calendar
 * minutes; and the record of which signals the person on call has been told about.
 */
export class Webcare1764986400000 implements MigrationInterface {
  name = 'Webcare1764986400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`INSERT INTO office_hours (weekday, opens, closes)
      SELECT d, CASE WHEN d <= 5 THEN '08:30' END, CASE WHEN d <= 5 THEN '17:00' END FROM generate_series(1, 7) d
      WHERE NOT EXISTS (SELECT 1 FROM office_hours o WHERE o.weekday = d AND o.deleted_at IS NULL)`);
    const norms = [
      ...SOCIAL.map((source) => [source, 240]),
      ...SPOKEN.map((source) => [source, WORKING_DAY]),
      ...WRITTEN.map((source) => [source, 2 * WORKING_DAY]),
    ] as const;
    await db.query(
      `INSERT INTO response_norms (source, minutes, business_hours_only)
      SELECT n.source, n.minutes, true FROM unnest($1::varchar[], $2::int[]) AS n(source, minutes)
      WHERE NOT EXISTS (SELECT 1 FROM response_norms r WHERE r.source = n.source AND r.deleted_at IS NULL)`,
      [norms.map((n) => n[0]), norms.map((n) => n[1])],
    );

    await db.query(`CREATE TABLE webcare_settings (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      version integer NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz,
      crisis_minutes integer NOT NULL DEFAULT 30 CHECK (crisis_minutes > 0))`);
    await db.query('INSERT INTO webcare_settings DEFAULT VALUES');

    // Once per signal: the row is claimed before anyone is told, so two processes never tell twice.
    await db.query(`CREATE TABLE webcare_alerts (
      signal_id uuid PRIMARY KEY REFERENCES signals (id) ON DELETE CASCADE,
      reason varchar(10) NOT NULL CHECK (reason IN ('URGENT','OVERDUE')),
      user_ids uuid[] NOT NULL,
      alerted_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX signals_urgent_awaiting_reply ON signals (received_at)
      WHERE priority = 'URGENT' AND needs_reply AND first_reply_at IS NULL AND status NOT IN ('DONE','DISMISSED')`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX signals_urgent_awaiting_reply');
    await db.query('DROP TABLE webcare_alerts');
    await db.query('DROP TABLE webcare_settings');
    await db.query('DELETE FROM response_norms');
    await db.query('DELETE FROM office_hours');
  }
}
