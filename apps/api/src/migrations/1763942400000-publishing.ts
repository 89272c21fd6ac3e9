import type { MigrationInterface, QueryRunner } from 'typeorm';

const versioned = `
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz`;

export class Publishing1763942400000 implements MigrationInterface {
  name = 'Publishing1763942400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE crisis_activations (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reason text NOT NULL,
      started_at timestamptz NOT NULL,
      started_by_id uuid NOT NULL REFERENCES users (id),
      ended_at timestamptz,
      ended_by_id uuid REFERENCES users (id),
      end_reason text)`);
    await db.query(
      `CREATE UNIQUE INDEX crisis_activations_one_active ON crisis_activations ((true)) WHERE ended_at IS NULL`,
    );

    await db.query(`CREATE TABLE posts (${versioned},
      title varchar(200) NOT NULL,
      body text NOT NULL,
      channel_id uuid NOT NULL REFERENCES channels (id),
      planned_at timestamptz,
      status varchar(20) NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','IN_REVIEW','CHANGES_REQUESTED','APPROVED','SCHEDULED','PUBLISHED','CANCELLED')),
      author_id uuid NOT NULL REFERENCES users (id),
      event_id uuid REFERENCES events (id),
      slot_id uuid REFERENCES slots (id),
      on_hold boolean NOT NULL DEFAULT false,
      held_by_crisis_id uuid REFERENCES crisis_activations (id),
      media_urls text[] NOT NULL DEFAULT '{}',
      sibling_group_id uuid NOT NULL,
      submitted_at timestamptz,
      published_at timestamptz,
      published_url varchar(500),
      cancel_reason text)`);
    await db.query(`CREATE INDEX posts_planned_at ON posts (planned_at)`);
    await db.query(`CREATE INDEX posts_published_at ON posts (published_at)`);
    await db.query(`CREATE INDEX posts_event ON posts (event_id)`);
    await db.query(`CREATE INDEX posts_slot ON posts (slot_id)`);
    await db.query(`CREATE INDEX posts_review_queue ON posts (submitted_at) WHERE status = 'IN_REVIEW'`);
    await db.query(`CREATE INDEX posts_sibling_group ON posts (sibling_group_id)`);

    await db.query(`CREATE TABLE reviews (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      post_id uuid NOT NULL REFERENCES posts (id),
      reviewer_id uuid NOT NULL REFERENCES users (id),
      decision varchar(20) NOT NULL CHECK (decision IN ('APPROVE','REQUEST_CHANGES')),
      comment text,
      created_at timestamptz NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX reviews_post ON reviews (post_id, created_at)`);

    await db.query(`CREATE TABLE comments (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      author_id uuid NOT NULL REFERENCES users (id),
      event_id uuid REFERENCES events (id),
      slot_id uuid REFERENCES slots (id),
      post_id uuid REFERENCES posts (id),
      body text NOT NULL,
      mention_ids uuid[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK (num_nonnulls(event_id, slot_id, post_id) = 1))`);
    await db.query(`CREATE INDEX comments_target ON comments (event_id, slot_id, post_id, created_at)`);

    await db.query(`CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id),
      kind varchar(30) NOT NULL,
      entity_type varchar(30) NOT NULL,
      entity_id uuid,
      subject varchar(500) NOT NULL,
      actor_name varchar(120),
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz)`);
    await db.query(`CREATE INDEX notifications_user ON notifications (user_id, created_at DESC)`);

    await db.query(`ALTER TABLE assignments ADD COLUMN post_id uuid REFERENCES posts (id)`);
    await db.query(`ALTER TABLE assignments DROP CONSTRAINT assignments_check`);
    await db.query(
      `ALTER TABLE assignments ADD CONSTRAINT assignments_one_target CHECK (num_nonnulls(event_id, slot_id, post_id) = 1)`,
    );
    await db.query(`CREATE INDEX assignments_post ON assignments (post_id) WHERE deleted_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM assignments WHERE post_id IS NOT NULL`);
    await db.query(`ALTER TABLE assignments DROP CONSTRAINT assignments_one_target`);
    await db.query(`ALTER TABLE assignments DROP COLUMN post_id`);
    await db.query(
      `ALTER TABLE assignments ADD CONSTRAINT assignments_check CHECK (num_nonnulls(event_id, slot_id) = 1)`,
    );
    for (const table of ['notifications', 'comments', 'reviews', 'posts', 'crisis_activations'])
      await db.query(`DROP TABLE ${table}`);
  }
}
