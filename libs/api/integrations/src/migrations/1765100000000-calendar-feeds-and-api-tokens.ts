import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Secret calendar feed addresses and API tokens, both kept as the SHA-256 of the secret only. */
export class CalendarFeedsAndApiTokens1765100000000 implements MigrationInterface {
  name = 'CalendarFeedsAndApiTokens1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE calendar_feeds (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      scope varchar(12) NOT NULL CHECK (scope IN ('PERSON','DEPARTMENT','CHANNEL','ALL')),
      target_id uuid,
      owner_id uuid NOT NULL REFERENCES users (id),
      token_hash varchar(64) NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_fetched_at timestamptz,
      revoked_at timestamptz,
      CHECK ((scope = 'ALL') = (target_id IS NULL)))`);
    await db.query('CREATE INDEX calendar_feeds_owner ON calendar_feeds (owner_id) WHERE revoked_at IS NULL');
    await db.query(`CREATE TABLE api_tokens (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(100) NOT NULL,
      owner_id uuid NOT NULL REFERENCES users (id),
      token_hash varchar(64) NOT NULL UNIQUE,
      created_at timestamptz NOT NULL DEFAULT now(),
      last_used_at timestamptz,
      revoked_at timestamptz)`);
    await db.query('CREATE INDEX api_tokens_owner ON api_tokens (owner_id) WHERE revoked_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE api_tokens');
    await db.query('DROP TABLE calendar_feeds');
  }
}
