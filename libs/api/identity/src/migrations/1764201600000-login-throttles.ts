import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per e-mail address tried: the account lock as a counter that a single statement updates. Failed logins are
 * now counted only per address, so their index by e-mail address goes.
 */
export class LoginThrottles1764201600000 implements MigrationInterface {
  name = 'LoginThrottles1764201600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE login_throttles (
      email varchar(254) PRIMARY KEY,
      attempts integer NOT NULL,
      window_started_at timestamptz NOT NULL,
      rounds integer NOT NULL DEFAULT 0,
      locked_at timestamptz,
      locked_until timestamptz)`);
    await db.query(`DROP INDEX login_failures_email`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX login_failures_email ON login_failures (email, at)`);
    await db.query(`DROP TABLE login_throttles`);
  }
}
