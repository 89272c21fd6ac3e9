import type { MigrationInterface, QueryRunner } from 'typeorm';

const KINDS_BEFORE = [
  'FACEBOOK',
  'INSTAGRAM',
  'X',
  'LINKEDIN',
  'YOUTUBE',
  'TIKTOK',
  'WHATSAPP',
  'WEBSITE',
  'NEWSLETTER',
  'PRINT',
  'PRESS',
  'OTHER',
];
const KINDS = [...KINDS_BEFORE.slice(0, 7), 'MASTODON', 'BLUESKY', 'THREADS', 'PINTEREST', ...KINDS_BEFORE.slice(7)];
const list = (values: string[]) => values.map((v) => `'${v}'`).join(',');

/**
 * Four more kinds of channel (Mastodon, as on social.overheid.nl, Bluesky, Threads, Pinterest), and new channels agreed
 * centrally: a channel is proposed with a reason and approved or declined with a note. Existing channels are approved.
 * A declined proposal does not keep its name taken.
 */
export class ChannelProposals1764806400000 implements MigrationInterface {
  name = 'ChannelProposals1764806400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE channels DROP CONSTRAINT channels_kind_check`);
    await db.query(`ALTER TABLE channels ADD CONSTRAINT channels_kind_check CHECK (kind IN (${list(KINDS)}))`);
    await db.query(`ALTER TABLE channels
      ADD COLUMN status varchar(10) NOT NULL DEFAULT 'APPROVED' CHECK (status IN ('PROPOSED','APPROVED','DECLINED')),
      ADD COLUMN reason text,
      ADD COLUMN proposed_by_id uuid REFERENCES users (id),
      ADD COLUMN decision_note text,
      ADD COLUMN decided_by_id uuid REFERENCES users (id),
      ADD COLUMN decided_at timestamptz`);
    await db.query(`CREATE INDEX channels_proposed_by ON channels (proposed_by_id) WHERE proposed_by_id IS NOT NULL`);
    await db.query(`DROP INDEX channels_name_unique`);
    await db.query(`CREATE UNIQUE INDEX channels_name_unique ON channels (lower(name)) WHERE status <> 'DECLINED'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM channels WHERE status <> 'APPROVED'`);
    await db.query(`DROP INDEX channels_name_unique`);
    await db.query(`CREATE UNIQUE INDEX channels_name_unique ON channels (lower(name))`);
    await db.query(
      `ALTER TABLE channels DROP COLUMN status, DROP COLUMN reason, DROP COLUMN proposed_by_id, DROP COLUMN decision_note, DROP COLUMN decided_by_id, DROP COLUMN decided_at`,
    );
    await db.query(`ALTER TABLE channels DROP CONSTRAINT channels_kind_check`);
    await db.query(`ALTER TABLE channels ADD CONSTRAINT channels_kind_check CHECK (kind IN (${list(KINDS_BEFORE)}))`);
  }
}
