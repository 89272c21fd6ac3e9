import type { MigrationInterface, QueryRunner } from 'typeorm';

const versioned = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz`;

export class Planning1763856000000 implements MigrationInterface {
  name = 'Planning1763856000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE events (${versioned},
      title varchar(200) NOT NULL,
      description text,
      location varchar(200),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      all_day boolean NOT NULL DEFAULT false,
      start_date date,
      end_date date,
      status varchar(16) NOT NULL CHECK (status IN ('REQUESTED','PLANNED','DECLINED','CANCELLED','DONE')),
      department_id uuid REFERENCES departments (id),
      coverage_not_needed boolean NOT NULL DEFAULT false,
      requested_by_id uuid REFERENCES users (id),
      requested_at timestamptz,
      response_due_at timestamptz,
      request_note text,
      decision_note text,
      decided_by_id uuid REFERENCES users (id),
      decided_at timestamptz,
      late boolean NOT NULL DEFAULT false,
      cancel_reason text,
      CHECK (ends_at > starts_at))`);
    await db.query(`CREATE INDEX events_time ON events USING gist (tstzrange(starts_at, ends_at))`);
    await db.query(`CREATE INDEX events_starts_at ON events (starts_at)`);
    await db.query(`CREATE INDEX events_requested ON events (status, requested_by_id)`);
    for (const [table, column, target] of [
      ['event_themes', 'theme_id', 'themes'],
      ['event_audiences', 'audience_id', 'audiences'],
      ['event_wished_channels', 'channel_id', 'channels'],
    ]) {
      await db.query(`CREATE TABLE ${table} (
        event_id uuid NOT NULL REFERENCES events (id) ON DELETE CASCADE,
        ${column} uuid NOT NULL REFERENCES ${target} (id),
        PRIMARY KEY (event_id, ${column}))`);
      await db.query(`CREATE INDEX ${table}_${column} ON ${table} (${column})`);
    }

    await db.query(`CREATE TABLE rubrics (${versioned},
      name varchar(120) NOT NULL,
      description text,
      theme_id uuid REFERENCES themes (id),
      owner_id uuid REFERENCES users (id),
      rrule varchar(500) NOT NULL,
      starts_on date NOT NULL,
      ends_on date,
      time varchar(5) NOT NULL,
      duration_minutes integer NOT NULL DEFAULT 30 CHECK (duration_minutes > 0),
      active boolean NOT NULL DEFAULT true,
      materialized_until date)`);
    await db.query(`CREATE TABLE rubric_channels (
      rubric_id uuid NOT NULL REFERENCES rubrics (id) ON DELETE CASCADE,
      channel_id uuid NOT NULL REFERENCES channels (id),
      PRIMARY KEY (rubric_id, channel_id))`);

    await db.query(`CREATE TABLE slots (${versioned},
      kind varchar(10) NOT NULL CHECK (kind IN ('RUBRIC','AD_HOC')),
      status varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','FILLED','SKIPPED')),
      starts_at timestamptz NOT NULL,
      title varchar(200),
      skip_reason text,
      off_pattern boolean NOT NULL DEFAULT false,
      rubric_id uuid REFERENCES rubrics (id),
      channel_id uuid REFERENCES channels (id),
      CHECK ((kind = 'RUBRIC') = (rubric_id IS NOT NULL)))`);
    await db.query(`CREATE INDEX slots_starts_at ON slots (starts_at)`);
    await db.query(
      `CREATE UNIQUE INDEX slots_rubric_occurrence ON slots (rubric_id, starts_at) WHERE rubric_id IS NOT NULL AND deleted_at IS NULL`,
    );

    await db.query(`CREATE TABLE assignments (${versioned},
      role varchar(10) NOT NULL CHECK (role IN ('COVER','WRITE','PUBLISH')),
      status varchar(10) NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','ACCEPTED','DECLINED','DONE')),
      user_id uuid NOT NULL REFERENCES users (id),
      event_id uuid REFERENCES events (id),
      slot_id uuid REFERENCES slots (id),
      note text,
      response_note text,
      estimated_minutes integer NOT NULL CHECK (estimated_minutes >= 0),
      assigned_by_id uuid REFERENCES users (id),
      CHECK (num_nonnulls(event_id, slot_id) = 1))`);
    await db.query(`CREATE INDEX assignments_event ON assignments (event_id) WHERE deleted_at IS NULL`);
    await db.query(`CREATE INDEX assignments_slot ON assignments (slot_id) WHERE deleted_at IS NULL`);
    await db.query(`CREATE INDEX assignments_user ON assignments (user_id) WHERE deleted_at IS NULL`);

    await db.query(`CREATE TABLE planning_settings (${versioned},
      country varchar(2) NOT NULL DEFAULT 'NL' CHECK (country IN ('NL','BE')),
      response_working_days integer NOT NULL DEFAULT 3,
      minimum_lead_days integer NOT NULL DEFAULT 10,
      free_room_target_share double precision NOT NULL DEFAULT 0.2)`);
    await db.query(`INSERT INTO planning_settings DEFAULT VALUES`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'planning_settings',
      'assignments',
      'slots',
      'rubric_channels',
      'rubrics',
      'event_wished_channels',
      'event_audiences',
      'event_themes',
      'events',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
