import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A notification of a decision or a switch says which way it went: ACCEPTED / DECLINED, ON / OFF, as the domain
 * event that caused it told. Earlier notifications keep no outcome and read as before ("decided", "switched").
 */
export class NotificationOutcome1764410000000 implements MigrationInterface {
  name = 'NotificationOutcome1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications ADD COLUMN outcome varchar(20)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications DROP COLUMN outcome`);
  }
}
