import type { MigrationInterface, QueryRunner } from 'typeorm';

const versioned = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz`;

const SOURCES = `'FACEBOOK','INSTAGRAM','X','LINKEDIN','YOUTUBE','TIKTOK','WHATSAPP','MASTODON','BLUESKY','THREADS','NEWS_SITE','EMAIL','PHONE','COUNTER','WEBSITE_FORM','OTHER'`;

/** The newsroom: signals and their topics, decisions and replies, and what webcare and ingest are set up with. */
export class Newsroom1764979200000 implements MigrationInterface {
  name = 'Newsroom1764979200000';

  async up(db: QueryRunner): Promise<void> {
    // Trigram similarity suggests which signals belong together in a topic.
    await db.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');

    await db.query(`CREATE TABLE ingest_sources (${versioned},
      name varchar(120) NOT NULL,
      kind varchar(10) NOT NULL CHECK (kind IN ('WEBHOOK','RSS')),
      url varchar(1000),
      secret varchar(200),
      active boolean NOT NULL DEFAULT true,
      last_run_at timestamptz,
      last_error text,
      created_by_id uuid REFERENCES users (id))`);

    await db.query(`CREATE TABLE topics (${versioned},
      title varchar(200) NOT NULL,
      status varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','CLOSED')),
      signal_count integer NOT NULL DEFAULT 0,
      first_seen_at timestamptz,
      last_seen_at timestamptz,
      created_by_id uuid REFERENCES users (id))`);
    await db.query('CREATE INDEX topics_status_last_seen ON topics (status, last_seen_at DESC)');

    await db.query(`CREATE TABLE signals (${versioned},
      source varchar(20) NOT NULL CHECK (source IN (${SOURCES})),
      channel_id uuid REFERENCES channels (id),
      ingest_source_id uuid REFERENCES ingest_sources (id),
      external_id varchar(300),
      url varchar(1000),
      author_name varchar(200),
      author_handle varchar(200),
      body text NOT NULL,
      received_at timestamptz NOT NULL,
      suggestions jsonb NOT NULL DEFAULT '[]',
      neighbourhood varchar(120),
      sentiment varchar(10) CHECK (sentiment IN ('POSITIVE','NEUTRAL','NEGATIVE')),
      priority varchar(10) NOT NULL DEFAULT 'NORMAL' CHECK (priority IN ('LOW','NORMAL','HIGH','URGENT')),
      needs_reply boolean NOT NULL DEFAULT true,
      status varchar(24) NOT NULL DEFAULT 'NEW'
        CHECK (status IN ('NEW','IN_PROGRESS','WAITING_FOR_DEPARTMENT','DONE','DISMISSED')),
      dismiss_reason text,
      assignee_id uuid REFERENCES users (id),
      topic_id uuid REFERENCES topics (id),
      first_reply_at timestamptz,
      first_reply_due_at timestamptz,
      crisis boolean NOT NULL DEFAULT false,
      created_by_id uuid REFERENCES users (id),
      anonymised_at timestamptz,
      search tsvector GENERATED ALWAYS AS (to_tsvector('dutch',
        body || ' ' || coalesce(author_name, '') || ' ' || coalesce(author_handle, '') || ' ' || coalesce(url, ''))) STORED)`);
    // Re-delivery is a no-op: one signal per external id and ingest source (manual and imported ones without a
    // source share one namespace).
    await db.query(`CREATE UNIQUE INDEX signals_external ON signals (ingest_source_id, external_id) NULLS NOT DISTINCT
      WHERE external_id IS NOT NULL`);
    // The inbox: newest first, paged by (received_at, id).
    await db.query('CREATE INDEX signals_received ON signals (received_at DESC, id DESC)');
    await db.query('CREATE INDEX signals_status_received ON signals (status, received_at DESC)');
    await db.query('CREATE INDEX signals_search ON signals USING gin (search)');
    await db.query('CREATE INDEX signals_body_trgm ON signals USING gin (body gin_trgm_ops)');
    await db.query('CREATE INDEX signals_topic ON signals (topic_id) WHERE topic_id IS NOT NULL');
    await db.query(
      'CREATE INDEX signals_assignee ON signals (assignee_id, received_at DESC) WHERE assignee_id IS NOT NULL',
    );
    await db.query(
      'CREATE INDEX signals_author_handle ON signals (lower(author_handle)) WHERE author_handle IS NOT NULL',
    );
    // The webcare queue: what still waits for a first reply, soonest due first.
    await db.query(`CREATE INDEX signals_awaiting_reply ON signals (first_reply_due_at)
      WHERE needs_reply AND first_reply_at IS NULL AND status NOT IN ('DONE','DISMISSED')`);

    await db.query(`CREATE TABLE signal_themes (
      signal_id uuid NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
      theme_id uuid NOT NULL REFERENCES themes (id),
      PRIMARY KEY (signal_id, theme_id))`);
    await db.query('CREATE INDEX signal_themes_theme ON signal_themes (theme_id)');

    await db.query(`CREATE TABLE newsroom_actions (${versioned},
      kind varchar(24) NOT NULL CHECK (kind IN
        ('INFORM_COLLEAGUE','REQUEST_DATA','ENVIRONMENT_ANALYSIS','SOCIAL_POST','UPDATE_WEBSITE','MONITOR')),
      status varchar(10) NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','DONE','CANCELLED')),
      signal_id uuid REFERENCES signals (id),
      topic_id uuid REFERENCES topics (id),
      owner_id uuid REFERENCES users (id),
      department_id uuid REFERENCES departments (id),
      due_at timestamptz,
      review_at timestamptz,
      note text,
      result text,
      post_id uuid REFERENCES posts (id),
      answer text,
      answered_by_id uuid REFERENCES users (id),
      answered_at timestamptz,
      completed_at timestamptz,
      created_by_id uuid NOT NULL REFERENCES users (id),
      CHECK (signal_id IS NOT NULL OR topic_id IS NOT NULL))`);
    await db.query('CREATE INDEX newsroom_actions_signal ON newsroom_actions (signal_id) WHERE signal_id IS NOT NULL');
    await db.query('CREATE INDEX newsroom_actions_topic ON newsroom_actions (topic_id) WHERE topic_id IS NOT NULL');
    await db.query('CREATE INDEX newsroom_actions_created ON newsroom_actions (created_at)');
    await db.query(`CREATE INDEX newsroom_actions_department ON newsroom_actions (department_id, status)
      WHERE department_id IS NOT NULL`);
    await db.query(`CREATE INDEX newsroom_actions_review ON newsroom_actions (review_at)
      WHERE review_at IS NOT NULL AND status = 'OPEN'`);

    await db.query(`CREATE TABLE reply_templates (${versioned},
      name varchar(120) NOT NULL,
      body text NOT NULL,
      theme_ids uuid[] NOT NULL DEFAULT '{}',
      active boolean NOT NULL DEFAULT true)`);

    await db.query(`CREATE TABLE replies (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      signal_id uuid NOT NULL REFERENCES signals (id),
      body text NOT NULL,
      author_id uuid NOT NULL REFERENCES users (id),
      sent_at timestamptz NOT NULL,
      url varchar(1000),
      minutes integer NOT NULL,
      office_minutes integer NOT NULL,
      template_id uuid REFERENCES reply_templates (id))`);
    await db.query('CREATE INDEX replies_signal ON replies (signal_id, sent_at)');

    await db.query(`CREATE TABLE response_norms (${versioned},
      source varchar(20) NOT NULL CHECK (source IN (${SOURCES})),
      minutes integer NOT NULL CHECK (minutes > 0),
      business_hours_only boolean NOT NULL)`);
    await db.query('CREATE UNIQUE INDEX response_norms_source ON response_norms (source) WHERE deleted_at IS NULL');

    await db.query(`CREATE TABLE office_hours (${versioned},
      weekday integer NOT NULL CHECK (weekday BETWEEN 1 AND 7),
      opens varchar(5),
      closes varchar(5),
      CHECK ((opens IS NULL) = (closes IS NULL)))`);
    await db.query('CREATE UNIQUE INDEX office_hours_weekday ON office_hours (weekday) WHERE deleted_at IS NULL');

    await db.query(`CREATE TABLE on_call_shifts (${versioned},
      user_id uuid NOT NULL REFERENCES users (id),
      starts_at timestamptz NOT NULL,
      ends_at timestamptz NOT NULL,
      created_by_id uuid REFERENCES users (id),
      CHECK (ends_at > starts_at))`);
    await db.query('CREATE INDEX on_call_shifts_time ON on_call_shifts USING gist (tstzrange(starts_at, ends_at))');

    await db.query(`CREATE TABLE theme_rules (${versioned},
      theme_id uuid NOT NULL REFERENCES themes (id),
      keywords text[] NOT NULL,
      active boolean NOT NULL DEFAULT true)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'theme_rules',
      'on_call_shifts',
      'office_hours',
      'response_norms',
      'replies',
      'reply_templates',
      'newsroom_actions',
      'signal_themes',
      'signals',
      'topics',
      'ingest_sources',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
