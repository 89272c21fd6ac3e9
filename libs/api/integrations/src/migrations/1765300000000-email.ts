import type { MigrationInterface, QueryRunner } from 'typeorm';

/** E-mail notifications: each person's choice of e-mails, and what waits for their daily digest. */
export class Email1765300000000 implements MigrationInterface {
  name = 'Email1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE email_preferences (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL UNIQUE REFERENCES users(id) ON DELETE CASCADE,
        version int NOT NULL DEFAULT 1,
        enabled_kinds varchar(40)[] NOT NULL,
        digest boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE email_digest_items (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind varchar(40) NOT NULL,
        entity_type varchar(40) NOT NULL,
        entity_id uuid,
        subject varchar(500) NOT NULL,
        outcome varchar(20),
        actor_name varchar(200),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX email_digest_items_user ON email_digest_items (user_id, created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_digest_items`);
    await db.query(`DROP TABLE email_preferences`);
  }
}
