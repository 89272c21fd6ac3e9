import type { MigrationInterface, QueryRunner } from 'typeorm';

const versioned = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz`;

export class Foundation1763769600000 implements MigrationInterface {
  name = 'Foundation1763769600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE departments (${versioned},
      name varchar(80) NOT NULL, color varchar(7) NOT NULL, active boolean NOT NULL DEFAULT true)`);
    await db.query(`CREATE UNIQUE INDEX departments_name_unique ON departments (lower(name))`);

    await db.query(`CREATE TABLE themes (${versioned},
      name varchar(80) NOT NULL, color varchar(7) NOT NULL, active boolean NOT NULL DEFAULT true)`);
    await db.query(`CREATE UNIQUE INDEX themes_name_unique ON themes (lower(name))`);

    await db.query(`CREATE TABLE audiences (${versioned},
      name varchar(80) NOT NULL, active boolean NOT NULL DEFAULT true)`);
    await db.query(`CREATE UNIQUE INDEX audiences_name_unique ON audiences (lower(name))`);

    await db.query(`CREATE TABLE channels (${versioned},
      name varchar(80) NOT NULL,
      kind varchar(20) NOT NULL CHECK (kind IN ('FACEBOOK','INSTAGRAM','X','LINKEDIN','YOUTUBE','TIKTOK','WHATSAPP','WEBSITE','NEWSLETTER','PRINT','PRESS','OTHER')),
      handle varchar(200),
      owner_department_id uuid REFERENCES departments (id),
      active boolean NOT NULL DEFAULT true)`);
    await db.query(`CREATE UNIQUE INDEX channels_name_unique ON channels (lower(name))`);
    await db.query(`CREATE TABLE channel_audiences (
      channel_id uuid NOT NULL REFERENCES channels (id) ON DELETE CASCADE,
      audience_id uuid NOT NULL REFERENCES audiences (id) ON DELETE CASCADE,
      PRIMARY KEY (channel_id, audience_id))`);
    await db.query(`CREATE INDEX channel_audiences_audience ON channel_audiences (audience_id)`);

    await db.query(`CREATE TABLE users (${versioned},
      name varchar(120) NOT NULL,
      email varchar(254) NOT NULL,
      password_hash varchar(200) NOT NULL,
      role varchar(16) NOT NULL CHECK (role IN ('ADMIN','EDITOR','MEMBER','LIAISON')),
      department_id uuid REFERENCES departments (id),
      weekly_hours double precision CHECK (weekly_hours >= 0),
      locale varchar(2) NOT NULL DEFAULT 'nl' CHECK (locale IN ('nl','en')),
      active boolean NOT NULL DEFAULT true)`);
    await db.query(`CREATE UNIQUE INDEX users_email_unique ON users (lower(email))`);

    await db.query(`CREATE TABLE sessions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      token_hash varchar(64) NOT NULL UNIQUE,
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      last_seen_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      revoked_at timestamptz,
      ip varchar(64))`);
    await db.query(`CREATE INDEX sessions_user ON sessions (user_id)`);

    await db.query(`CREATE TABLE login_failures (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email varchar(254) NOT NULL,
      ip varchar(64),
      at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX login_failures_email ON login_failures (email, at)`);
    await db.query(`CREATE INDEX login_failures_ip ON login_failures (ip, at)`);

    await db.query(`CREATE TABLE audit_entries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      actor_id uuid,
      actor_name varchar(120),
      entity_type varchar(60) NOT NULL,
      entity_id uuid,
      action varchar(60) NOT NULL,
      before jsonb,
      after jsonb,
      at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX audit_entries_entity ON audit_entries (entity_type, entity_id, at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'audit_entries',
      'login_failures',
      'sessions',
      'users',
      'channel_audiences',
      'channels',
      'audiences',
      'themes',
      'departments',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
