import type { MigrationInterface, QueryRunner } from 'typeorm';

const versioned = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz`;

const COUNTS = ['reach', 'impressions', 'reactions', 'comments', 'shares', 'clicks', 'saves', 'video_views'];

/**
 * Insights: the latest figures of each published post, paid campaigns and the yearly ads budget, the team's hours per
 * month, and the report settings (growth-model thresholds).
 */
export class Insights1765500000000 implements MigrationInterface {
  name = 'Insights1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE post_metrics (
      post_id uuid PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
      ${COUNTS.map((count) => `${count} integer CHECK (${count} >= 0)`).join(',\n      ')},
      captured_at timestamptz NOT NULL,
      source varchar(6) NOT NULL CHECK (source IN ('MANUAL','IMPORT')),
      recorded_by_id uuid REFERENCES users (id),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now())`);

    await db.query(`CREATE TABLE campaigns (${versioned},
      name varchar(200) NOT NULL,
      channel_id uuid NOT NULL REFERENCES channels (id),
      starts_on date NOT NULL,
      ends_on date NOT NULL,
      budget_cents integer NOT NULL CHECK (budget_cents >= 0),
      spent_cents integer NOT NULL DEFAULT 0 CHECK (spent_cents >= 0),
      results text,
      created_by_id uuid REFERENCES users (id),
      CHECK (ends_on >= starts_on))`);
    await db.query('CREATE INDEX campaigns_starts_on ON campaigns (starts_on) WHERE deleted_at IS NULL');
    await db.query(`CREATE TABLE campaign_posts (
      campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
      post_id uuid NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
      PRIMARY KEY (campaign_id, post_id))`);
    await db.query('CREATE INDEX campaign_posts_post ON campaign_posts (post_id)');
    await db.query(`CREATE TABLE ads_budgets (${versioned},
      year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
      budget_cents integer NOT NULL CHECK (budget_cents >= 0))`);
    await db.query('CREATE UNIQUE INDEX ads_budgets_year ON ads_budgets (year) WHERE deleted_at IS NULL');

    await db.query(`CREATE TABLE team_hours (
      month date PRIMARY KEY CHECK (extract(day FROM month) = 1),
      hours double precision NOT NULL CHECK (hours >= 0),
      recorded_by_id uuid REFERENCES users (id),
      version integer NOT NULL DEFAULT 1,
      updated_at timestamptz NOT NULL DEFAULT now())`);

    await db.query(`CREATE TABLE insights_settings (${versioned},
      growth_thresholds jsonb NOT NULL DEFAULT '{}')`);
    await db.query('INSERT INTO insights_settings DEFAULT VALUES');
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'insights_settings',
      'team_hours',
      'ads_budgets',
      'campaign_posts',
      'campaigns',
      'post_metrics',
    ])
      await db.query(`DROP TABLE ${table}`);
  }
}
