import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outbound webhooks: the webhooks themselves, the outbox that features write in the transaction of a change, one
 * message per webhook with the body it is signed and retried with, and the log of every attempt.
 */
export class Webhooks1765200000000 implements MigrationInterface {
  name = 'Webhooks1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE webhooks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      url varchar(1000) NOT NULL,
      events varchar[] NOT NULL,
      active boolean NOT NULL DEFAULT true,
      secret varchar(200) NOT NULL,
      created_by_id uuid REFERENCES users(id),
      failing_since timestamptz,
      disabled_at timestamptz,
      last_success_at timestamptz,
      version int NOT NULL DEFAULT 1,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`);
    await db.query(`CREATE TABLE webhook_outbox_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      type varchar(40) NOT NULL,
      data jsonb NOT NULL,
      occurred_at timestamptz NOT NULL DEFAULT now(),
      dispatched_at timestamptz
    )`);
    await db.query(
      `CREATE INDEX webhook_outbox_messages_waiting ON webhook_outbox_messages (occurred_at) WHERE dispatched_at IS NULL`,
    );
    await db.query(`CREATE TABLE webhook_messages (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      webhook_id uuid NOT NULL REFERENCES webhooks(id),
      message_id varchar(60) NOT NULL UNIQUE,
      type varchar(40) NOT NULL,
      body text NOT NULL,
      status varchar(10) NOT NULL DEFAULT 'PENDING',
      attempts int NOT NULL DEFAULT 0,
      first_attempt_at timestamptz,
      next_attempt_at timestamptz NOT NULL,
      locked_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await db.query(`CREATE INDEX webhook_messages_due ON webhook_messages (next_attempt_at) WHERE status = 'PENDING'`);
    await db.query(`CREATE TABLE webhook_deliveries (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      webhook_id uuid NOT NULL REFERENCES webhooks(id),
      webhook_message_id uuid NOT NULL REFERENCES webhook_messages(id),
      event varchar(40) NOT NULL,
      message_id varchar(60) NOT NULL,
      attempt int NOT NULL,
      attempted_at timestamptz NOT NULL,
      status_code int,
      error varchar(500),
      duration_ms int NOT NULL,
      success boolean NOT NULL,
      next_attempt_at timestamptz
    )`);
    await db.query(`CREATE INDEX webhook_deliveries_of_webhook ON webhook_deliveries (webhook_id, attempted_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE webhook_deliveries`);
    await db.query(`DROP TABLE webhook_messages`);
    await db.query(`DROP TABLE webhook_outbox_messages`);
    await db.query(`DROP TABLE webhooks`);
  }
}
