import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One row per e-mail address tried: the account lock as a counter that a single statement updates. */
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
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE login_throttles`);
  }
}
