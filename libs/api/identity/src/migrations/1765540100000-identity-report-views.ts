import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A view identity publishes for the reports: the audiences each channel reaches. */
export class IdentityReportViews1765540100000 implements MigrationInterface {
  name = 'IdentityReportViews1765540100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE VIEW identity_channel_audiences AS
      SELECT ca.channel_id, ca.audience_id FROM channel_audiences ca`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP VIEW identity_channel_audiences');
  }
}
