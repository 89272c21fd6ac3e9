import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { isTeam, type NotificationKind, type Role } from '@planbord/domain';

/** The notifications that can also go by e-mail: what a person must act on, not every bell. */
export const EMAIL_KINDS = [
  'ASSIGNED',
  'REVIEW_REQUESTED',
  'CHANGES_REQUESTED',
  'REQUEST_DECIDED',
  'NEWSROOM_QUESTION',
  'WEBCARE_ON_CALL',
] as const satisfies readonly NotificationKind[];
export type EmailKind = (typeof EMAIL_KINDS)[number];

export function isEmailKind(kind: string): kind is EmailKind {
  return (EMAIL_KINDS as readonly string[]).includes(kind);
}

/**
 * The kinds a person with this role can receive, so nobody is offered a switch that never fires: the newsroom asks
 * liaisons, and only the media team is assigned, reviews, writes posts and is on call.
 */
export function emailKindsFor(role: Role): readonly EmailKind[] {
  return isTeam(role)
    ? EMAIL_KINDS.filter((kind) => kind !== 'NEWSROOM_QUESTION')
    : EMAIL_KINDS.filter((kind) => kind === 'REQUEST_DECIDED' || kind === 'NEWSROOM_QUESTION');
}

/** A person's choice of e-mails: which kinds, and one a day instead of one each. No row: every kind, one each. */
@Entity('email_preferences')
export class EmailPreferencesRow {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', unique: true })
  userId: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 40, array: true })
  enabledKinds: string[];

  @Column({ type: 'boolean', default: false })
  digest: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType({ description: 'Whether one kind of notification also goes by e-mail.' })
export class EmailKindSetting {
  @Field({ description: 'The notification kind (ASSIGNED, REVIEW_REQUESTED …)' }) kind: string;
  @Field() enabled: boolean;
}

@ObjectType({ description: "A person's e-mail notifications." })
export class EmailPreferences {
  @Field(() => Int, { description: '0 until the person first saves their choice' }) version: number;
  @Field(() => [EmailKindSetting], { description: 'The kinds that can reach this person by e-mail, in a fixed order' })
  kinds: EmailKindSetting[];
  @Field({ description: 'One e-mail a day (at 07:30) with what came in since the last one, instead of one each' })
  digest: boolean;
  @Field({ description: 'Whether this server sends e-mail at all (SMTP_URL is set)' })
  serverConfigured: boolean;
}

/** A notification kept for the person's next daily digest. */
@Entity('email_digest_items')
export class EmailDigestItem {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Column({ type: 'varchar', length: 500 })
  subject: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  actorName: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
