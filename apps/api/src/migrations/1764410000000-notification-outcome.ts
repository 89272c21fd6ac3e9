import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A notification of a decision or a switch says which way it went: ACCEPTED / DECLINED, ON / OFF. */
export class NotificationOutcome1764410000000 implements MigrationInterface {
  name = 'NotificationOutcome1764410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications ADD COLUMN outcome varchar(20)`);
    // What earlier notifications were about can be read from the history they point at.
    await db.query(`UPDATE notifications n SET outcome = CASE e.status WHEN 'DECLINED' THEN 'DECLINED' ELSE 'ACCEPTED' END
      FROM events e WHERE n.kind = 'REQUEST_DECIDED' AND e.id = n.entity_id AND e.status <> 'REQUESTED'`);
    await db.query(`UPDATE notifications n SET outcome = CASE WHEN a.ended_at IS NOT NULL AND n.created_at >= a.ended_at THEN 'OFF' ELSE 'ON' END
      FROM crisis_activations a WHERE n.kind = 'CRISIS_SWITCHED' AND a.id = n.entity_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications DROP COLUMN outcome`);
  }
}
