import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The keys of creating mutations: a retried request with the same key from the same person gets the first result. */
export class Idempotency1764032400000 implements MigrationInterface {
  name = 'Idempotency1764032400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE idempotency_keys (
      user_id uuid NOT NULL REFERENCES users (id),
      key varchar(200) NOT NULL,
      operation varchar(60) NOT NULL,
      entity_id uuid NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, key))`);
    await db.query(`CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
  }
}
