import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What a signal adds to the rollups: these columns, and only while it is not deleted. */
const COUNTED = `id, source, received_at, needs_reply, first_reply_at, first_reply_due_at, first_reply_minutes,
  first_reply_office_minutes, author_key`;

/**
 * The signals a statement changed as signed rows: +1 for what now counts, −1 for what counted before. An update
 * that leaves every counted column as it was adds nothing, so a status change does not touch the rollups.
 */
const SIGNAL_CHANGES: Record<'INSERT' | 'UPDATE' | 'DELETE', string> = {
  INSERT: `SELECT 1 AS w, ${COUNTED} FROM new_rows WHERE deleted_at IS NULL`,
  DELETE: `SELECT -1 AS w, ${COUNTED} FROM old_rows WHERE deleted_at IS NULL`,
  UPDATE: `WITH changed AS (
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n.source, n.received_at, n.needs_reply, n.first_reply_at, n.first_reply_due_at, n.first_reply_minutes,
              n.first_reply_office_minutes, n.author_key, n.deleted_at)
         IS DISTINCT FROM (o.source, o.received_at, o.needs_reply, o.first_reply_at, o.first_reply_due_at,
              o.first_reply_minutes, o.first_reply_office_minutes, o.author_key, o.deleted_at))
    SELECT 1 AS w, ${COUNTED} FROM new_rows WHERE deleted_at IS NULL AND id IN (SELECT id FROM changed)
    UNION ALL SELECT -1 AS w, ${COUNTED} FROM old_rows WHERE deleted_at IS NULL AND id IN (SELECT id FROM changed)`,
};

/**
 * The rollup row a connection writes to beside the others' (1–16), so concurrent deliveries in the same hour do not
 * wait for each other's commits on one row; a scheduled job later moves them into row 0.
 */
const SHARD = '(pg_backend_pid() % 16 + 1)';

const HOUR_COUNTS = ['q0', 'q1', 'q2', 'q3', 'needing', 'answered', 'within_norm', 'anonymous'];
const ADD_HOUR_COUNTS = HOUR_COUNTS.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ');

/**
 * One statement applying the signed rows `d` to the counting rollups, each upsert in a fixed order so concurrent
 * writers lock alike.
 */
const applySignalChanges = (changes: string, shard = SHARD) => `
  WITH d AS MATERIALIZED (${changes}),
  hours AS (
    INSERT INTO signal_report_hours AS r (hour, source, shard, ${HOUR_COUNTS.join(', ')})
    SELECT hour, source, ${shard}, coalesce(sum(w) FILTER (WHERE m < 15), 0), coalesce(sum(w) FILTER (WHERE m >= 15 AND m < 30), 0),
           coalesce(sum(w) FILTER (WHERE m >= 30 AND m < 45), 0), coalesce(sum(w) FILTER (WHERE m >= 45), 0),
           coalesce(sum(w) FILTER (WHERE needs_reply), 0), coalesce(sum(w) FILTER (WHERE first_reply_at IS NOT NULL), 0),
           coalesce(sum(w) FILTER (WHERE needs_reply AND first_reply_at <= first_reply_due_at), 0),
           coalesce(sum(w) FILTER (WHERE author_key IS NULL), 0)
      FROM (SELECT d.*, date_trunc('hour', received_at, 'UTC') AS hour,
                   extract(minute FROM received_at AT TIME ZONE 'UTC') AS m FROM d) x
     GROUP BY hour, source ORDER BY hour, source
    ON CONFLICT (hour, source, shard) DO UPDATE SET ${ADD_HOUR_COUNTS}),
  ${['month', 'day']
    .map(
      (unit) => `reply_${unit}s AS (
    INSERT INTO signal_reply_${unit}s AS r (${unit}, source, minutes, calendar, office)
    SELECT date_trunc('${unit}', d.received_at, 'UTC'), d.source, v.minutes, sum(d.w * v.calendar), sum(d.w * v.office)
      FROM d CROSS JOIN LATERAL (VALUES (d.first_reply_minutes, 1, 0), (d.first_reply_office_minutes, 0, 1))
           AS v (minutes, calendar, office)
     WHERE v.minutes IS NOT NULL
     GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (${unit}, source, minutes) DO UPDATE
      SET calendar = r.calendar + excluded.calendar, office = r.office + excluded.office)`,
    )
    .join(',\n  ')}
  INSERT INTO signal_theme_days AS r (day, theme_id, shard, signals)
  SELECT date_trunc('day', d.received_at, 'UTC'), t.theme_id, ${shard}, sum(d.w)
    FROM d JOIN signal_themes t ON t.signal_id = d.id GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, theme_id, shard) DO UPDATE SET signals = r.signals + excluded.signals`;

/** The author's signals of a statement by hour, and the authors who may have lost an hour (they are counted again). */
const authorChanges = (changes: string) => `
  d AS MATERIALIZED (SELECT w, author_key, date_trunc('hour', received_at, 'UTC') AS hour
                       FROM (${changes}) c WHERE author_key IS NOT NULL),
  lost AS (SELECT DISTINCT author_key FROM (
             SELECT author_key, hour FROM d WHERE w = -1 EXCEPT SELECT author_key, hour FROM d WHERE w = 1) x)`;

/** The hours of a UTC year as bits, 366 × 24 of them. */
const YEAR_HOURS = 8784;

/**
 * Two statements applying the signed rows to the authors' hours: an author who may have lost an hour goes and is
 * counted again from the signals (so anonymising an author leaves nothing of them), one only gaining is added to.
 *
 * A year that already has every hour gained is only held (FOR KEY SHARE), not rewritten: a resident writing again
 * within the hour does not queue behind the transactions before, and a recount of them elsewhere still waits for
 * this one, so it sees its signal.
 */
const applyAuthorChanges = (changes: string) => `
  WITH ${authorChanges(changes)}
  DELETE FROM signal_author_years WHERE author_key IN (SELECT author_key FROM lost);
  WITH ${authorChanges(changes)},
  gained AS (
    SELECT author_key, extract(year FROM hour AT TIME ZONE 'UTC')::int AS year,
           bit_or(set_bit(B'0'::bit(${YEAR_HOURS}), (extract(epoch FROM hour - date_trunc('year', hour, 'UTC')) / 3600)::int, 1)) AS hours
      FROM (SELECT author_key, hour FROM d WHERE w = 1 AND author_key NOT IN (SELECT author_key FROM lost)
            UNION SELECT author_key, date_trunc('hour', received_at, 'UTC') FROM signals
                   WHERE deleted_at IS NULL AND author_key IN (SELECT author_key FROM lost)) x
     GROUP BY 1, 2),
  held AS (
    SELECT a.author_key, a.year FROM signal_author_years a JOIN gained g USING (author_key, year)
     WHERE a.hours | g.hours = a.hours ORDER BY 1, 2 FOR KEY SHARE OF a)
  INSERT INTO signal_author_years AS a (author_key, year, hours)
  SELECT author_key, year, hours FROM gained g
   WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.author_key = g.author_key AND h.year = g.year)
   ORDER BY 1, 2
  ON CONFLICT (author_key, year) DO UPDATE SET hours = a.hours | excluded.hours`;

/** Theme labels put on or taken off signals that count, as signed rows. */
const applyThemeChanges = (changes: string) => `
  INSERT INTO signal_theme_days AS r (day, theme_id, shard, signals)
  SELECT date_trunc('day', s.received_at, 'UTC'), d.theme_id, ${SHARD}, sum(d.w)
    FROM (${changes}) d JOIN signals s ON s.id = d.signal_id AND s.deleted_at IS NULL
   GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, theme_id, shard) DO UPDATE SET signals = r.signals + excluded.signals`;

/** How a table kept from others says so: an organisation export leaves it out, and a restore rebuilds it. */
const DERIVED = 'Derived:';

const TRANSITIONS = [
  ['INSERT', 'NEW TABLE AS new_rows'],
  ['UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
  ['DELETE', 'OLD TABLE AS old_rows'],
] as const;

/**
 * Rollups of the signals for the reports, kept by triggers in the same transaction as every change (whoever writes:
 * the app, an import, a restore), so a report over a year reads a few thousand rows instead of millions:
 *
 * - per UTC hour and source: signals per quarter of the hour (out-of-hours shares need the time of day), needing a
 *   reply, answered, answered within the norm, without a known author;
 * - per UTC month, source and minute, and per UTC day for the ends of a period that are not whole months: first
 *   replies taking that many calendar and office minutes, from which medians, percentiles and buckets come exactly;
 * - per UTC day and theme: theme labels on signals;
 * - per author and UTC year: the hours in which they sent a signal as bits, so distinct residents over any period
 *   are one scan of short rows.
 *
 * UTC keys keep the rollups independent of the organisation's zone: its local days start on whole UTC hours, and a
 * report adds or subtracts the few raw signals between a local month's edge and the UTC month's. The first reply's
 * minutes move onto the signal itself, kept by a trigger on replies.
 */
export class NewsroomReportRollups1765550000000 implements MigrationInterface {
  name = 'NewsroomReportRollups1765550000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE signals ADD COLUMN first_reply_minutes integer, ADD COLUMN first_reply_office_minutes integer,
      ADD COLUMN author_key text GENERATED ALWAYS AS (
        CASE WHEN author_handle IS NOT NULL THEN source || ' @' || lower(author_handle)
             WHEN author_name IS NOT NULL THEN source || ' ' || lower(author_name) END) STORED`);
    await db.query('CREATE INDEX signals_author_key ON signals (author_key) WHERE author_key IS NOT NULL');
    await db.query(`UPDATE signals s SET first_reply_minutes = f.minutes, first_reply_office_minutes = f.office_minutes
      FROM (SELECT DISTINCT ON (signal_id) signal_id, minutes, office_minutes FROM replies ORDER BY signal_id, sent_at, id) f
     WHERE f.signal_id = s.id`);

    await db.query(`CREATE FUNCTION signals_first_reply() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE ids uuid[];
      BEGIN
        IF TG_OP = 'INSERT' THEN SELECT array_agg(DISTINCT signal_id) INTO ids FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN SELECT array_agg(DISTINCT signal_id) INTO ids FROM old_rows;
        ELSE SELECT array_agg(DISTINCT signal_id) INTO ids
               FROM (SELECT signal_id FROM new_rows UNION SELECT signal_id FROM old_rows) x;
        END IF;
        UPDATE signals s SET first_reply_minutes = f.minutes, first_reply_office_minutes = f.office_minutes
          FROM (SELECT i.id, r.minutes, r.office_minutes FROM unnest(ids) AS i (id)
                  LEFT JOIN LATERAL (SELECT minutes, office_minutes FROM replies WHERE signal_id = i.id
                                      ORDER BY sent_at, id LIMIT 1) r ON true) f
         WHERE s.id = f.id AND (s.first_reply_minutes, s.first_reply_office_minutes)
                                IS DISTINCT FROM (f.minutes, f.office_minutes);
        RETURN NULL;
      END $$`);
    for (const [op, tables] of TRANSITIONS)
      await db.query(`CREATE TRIGGER replies_first_reply_${op.toLowerCase()} AFTER ${op} ON replies
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION signals_first_reply()`);

    await db.query(`CREATE TABLE signal_report_hours (
      hour timestamptz NOT NULL, source varchar(20) NOT NULL,
      q0 integer NOT NULL, q1 integer NOT NULL, q2 integer NOT NULL, q3 integer NOT NULL,
      needing integer NOT NULL, answered integer NOT NULL, within_norm integer NOT NULL, anonymous integer NOT NULL,
      shard smallint NOT NULL, PRIMARY KEY (hour, source, shard))`);
    await db.query('CREATE INDEX signal_report_hours_shards ON signal_report_hours (hour) WHERE shard <> 0');
    for (const unit of ['month', 'day'])
      await db.query(`CREATE TABLE signal_reply_${unit}s (
        ${unit} timestamptz NOT NULL, source varchar(20) NOT NULL, minutes integer NOT NULL,
        calendar integer NOT NULL, office integer NOT NULL, PRIMARY KEY (${unit}, source, minutes))`);
    await db.query(`CREATE TABLE signal_theme_days (
      day timestamptz NOT NULL, theme_id uuid NOT NULL, signals integer NOT NULL, shard smallint NOT NULL,
      PRIMARY KEY (day, theme_id, shard))`);
    await db.query('CREATE INDEX signal_theme_days_shards ON signal_theme_days (day) WHERE shard <> 0');
    await db.query(`CREATE TABLE signal_author_years (
      author_key text NOT NULL, year integer NOT NULL, hours bit(${YEAR_HOURS}) NOT NULL, PRIMARY KEY (author_key, year))`);
    for (const table of [
      'signal_report_hours',
      'signal_reply_months',
      'signal_reply_days',
      'signal_theme_days',
      'signal_author_years',
    ])
      await db.query(`COMMENT ON TABLE ${table} IS '${DERIVED} kept by triggers from the signals'`);

    // One function for the three kinds of change: each branch reads only the transition tables its trigger has.
    await db.query(`CREATE FUNCTION signals_report_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${applySignalChanges(SIGNAL_CHANGES.INSERT)};
          ${applyAuthorChanges(SIGNAL_CHANGES.INSERT)};
        ELSIF TG_OP = 'UPDATE' THEN ${applySignalChanges(SIGNAL_CHANGES.UPDATE)};
          ${applyAuthorChanges(SIGNAL_CHANGES.UPDATE)};
        ELSE ${applySignalChanges(SIGNAL_CHANGES.DELETE)};
          ${applyAuthorChanges(SIGNAL_CHANGES.DELETE)};
        END IF;
        RETURN NULL;
      END $$`);
    for (const [op, tables] of TRANSITIONS)
      await db.query(`CREATE TRIGGER signals_report_rollups_${op.toLowerCase()} AFTER ${op} ON signals
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION signals_report_rollups()`);

    // Theme labels added or taken off a signal that counts. A signal deleted outright takes its labels with it
    // before they cascade away (the cascade no longer sees the signal).
    await db.query(`CREATE FUNCTION signal_themes_report_rollup() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${applyThemeChanges('SELECT 1 AS w, signal_id, theme_id FROM new_rows')};
        ELSIF TG_OP = 'UPDATE' THEN ${applyThemeChanges(`SELECT 1 AS w, signal_id, theme_id FROM new_rows
          UNION ALL SELECT -1, signal_id, theme_id FROM old_rows`)};
        ELSE ${applyThemeChanges('SELECT -1 AS w, signal_id, theme_id FROM old_rows')};
        END IF;
        RETURN NULL;
      END $$`);
    for (const [op, tables] of TRANSITIONS)
      await db.query(`CREATE TRIGGER signal_themes_report_rollup_${op.toLowerCase()} AFTER ${op} ON signal_themes
        REFERENCING ${tables} FOR EACH STATEMENT EXECUTE FUNCTION signal_themes_report_rollup()`);
    await db.query(`CREATE FUNCTION signal_deleted_themes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.deleted_at IS NULL THEN
          INSERT INTO signal_theme_days AS r (day, theme_id, shard, signals)
          SELECT date_trunc('day', OLD.received_at, 'UTC'), theme_id, ${SHARD}, -1
            FROM signal_themes WHERE signal_id = OLD.id ORDER BY theme_id
          ON CONFLICT (day, theme_id, shard) DO UPDATE SET signals = r.signals + excluded.signals;
        END IF;
        RETURN OLD;
      END $$`);
    await db.query(`CREATE TRIGGER signals_deleted_themes BEFORE DELETE ON signals
      FOR EACH ROW EXECUTE FUNCTION signal_deleted_themes()`);

    // The rollups of the signals already there, straight into row 0.
    await db.query(applySignalChanges(`SELECT 1 AS w, ${COUNTED} FROM signals WHERE deleted_at IS NULL`, '0'));
    await db.query(applyAuthorChanges(`SELECT 1 AS w, ${COUNTED} FROM signals WHERE deleted_at IS NULL`));

    await db.query(`CREATE OR REPLACE VIEW newsroom_signal_facts AS
      SELECT s.id AS signal_id, s.source, s.received_at, s.needs_reply, s.first_reply_at, s.first_reply_due_at,
        s.first_reply_minutes, s.first_reply_office_minutes, s.author_key, s.crisis, s.status
      FROM signals s WHERE s.deleted_at IS NULL`);
    await db.query(`CREATE VIEW newsroom_signal_hours AS
      SELECT hour, source, q0, q1, q2, q3, q0 + q1 + q2 + q3 AS signals, needing, answered, within_norm, anonymous
      FROM signal_report_hours`);
    await db.query(`CREATE VIEW newsroom_reply_minutes AS
      SELECT month, source, minutes, calendar, office FROM signal_reply_months`);
    await db.query(`CREATE VIEW newsroom_reply_day_minutes AS
      SELECT day, source, minutes, calendar, office FROM signal_reply_days`);
    await db.query('CREATE VIEW newsroom_theme_days AS SELECT day, theme_id, signals FROM signal_theme_days');
    await db.query('CREATE VIEW newsroom_author_years AS SELECT author_key, year, hours FROM signal_author_years');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `DROP VIEW newsroom_author_years, newsroom_theme_days, newsroom_reply_day_minutes, newsroom_reply_minutes,
        newsroom_signal_hours`,
    );
    await db.query(`CREATE OR REPLACE VIEW newsroom_signal_facts AS
      SELECT s.id AS signal_id, s.source, s.received_at, s.needs_reply, s.first_reply_at, s.first_reply_due_at,
        (SELECT f.minutes FROM replies f WHERE f.signal_id = s.id ORDER BY f.sent_at, f.id LIMIT 1)
          AS first_reply_minutes,
        (SELECT f.office_minutes FROM replies f WHERE f.signal_id = s.id ORDER BY f.sent_at, f.id LIMIT 1)
          AS first_reply_office_minutes,
        CASE WHEN s.author_handle IS NOT NULL THEN s.source || ' @' || lower(s.author_handle)
             WHEN s.author_name IS NOT NULL THEN s.source || ' ' || lower(s.author_name) END AS author_key,
        s.crisis, s.status
      FROM signals s WHERE s.deleted_at IS NULL`);
    await db.query('DROP TRIGGER signals_deleted_themes ON signals');
    for (const [op] of TRANSITIONS) {
      await db.query(`DROP TRIGGER signal_themes_report_rollup_${op.toLowerCase()} ON signal_themes`);
      await db.query(`DROP TRIGGER signals_report_rollups_${op.toLowerCase()} ON signals`);
      await db.query(`DROP TRIGGER replies_first_reply_${op.toLowerCase()} ON replies`);
    }
    await db.query(
      'DROP FUNCTION signal_deleted_themes(), signal_themes_report_rollup(), signals_report_rollups(), signals_first_reply()',
    );
    await db.query(
      'DROP TABLE signal_author_years, signal_theme_days, signal_reply_days, signal_reply_months, signal_report_hours',
    );
    await db.query(`ALTER TABLE signals DROP COLUMN author_key, DROP COLUMN first_reply_office_minutes,
      DROP COLUMN first_reply_minutes`);
  }
}
