import { Injectable } from '@nestjs/common';
import { Field, ID, ObjectType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn, type EntityManager } from 'typeorm';
import { recordIdempotencyKey } from './idempotency';
import { ImportRun } from './import/import-run.entity';

/** Append-only history: who changed what, with the state before and after. */
@ObjectType()
@Entity()
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  /** Kept as it was at the time, so history stays readable when a person is renamed. */
  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  actorName: string | null;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Field()
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { nullable: true, name: 'before', description: 'JSON of the state before the change' })
  get beforeJson(): string | null {
    return this.before ? JSON.stringify(this.before) : null;
  }

  @Field(() => String, { nullable: true, name: 'after', description: 'JSON of the state after the change' })
  get afterJson(): string | null {
    return this.after ? JSON.stringify(this.after) : null;
  }
}

export interface AuditRecord {
  actor: { id: string; name: string } | null;
  entityType: string;
  entityId: string | null;
  action: string;
  before?: object | null;
  after?: object | null;
}

const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

function snapshot(value: object | null | undefined): Record<string, unknown> | null {
  if (!value) return null;
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_FIELDS.has(key) ? undefined : v)));
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The history of one entity, newest first (at most 200 entries). */
  trail(entityType: string, entityId: string): Promise<AuditEntry[]> {
    return this.db
      .getRepository(AuditEntry)
      .find({ where: { entityType, entityId }, order: { at: 'DESC' }, take: 200 });
  }

  /**
   * Writes the entry with the caller's transaction, so the change and its history commit together; the entry of a
   * creation made with an idempotency key also records that key.
   */
  async record(em: EntityManager, entry: AuditRecord): Promise<void> {
    await recordIdempotencyKey(em, entry.entityType, entry.entityId);
    await em.save(
      em.create(AuditEntry, {
        actorId: entry.actor?.id ?? null,
        actorName: entry.actor?.name ?? null,
        entityType: entry.entityType,
        entityId: entry.entityId,
        action: entry.action,
        before: snapshot(entry.before),
        after: snapshot(entry.after),
      }),
    );
  }
}

/** The tables core itself owns, beside every feature's. */
export const coreEntities = [AuditEntry, ImportRun];
