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
   * Rewrites the recorded states of the entries about these entities, or of these types that mention one of these
   * words, in the caller's transaction: how personal data leaves the history when it must be erased. Answers how many
   * entries changed. The history of who did what, when, stays.
   */
  async scrub(
    em: EntityManager,
    where: {
      entityTypes: readonly string[];
      entityIds: readonly string[];
      containing: readonly string[];
      /** Entries about these entities stay as they are, whatever they mention. */
      exceptEntityIds?: readonly string[];
    },
    rewrite: (state: Record<string, unknown>) => Record<string, unknown>,
  ): Promise<number> {
    const patterns = where.containing.filter((w) => w.length >= 2).map((w) => `%${w.replace(/[\\%_]/g, '\\$&')}%`);
    const entries: Pick<AuditEntry, 'id' | 'before' | 'after'>[] = await em.query(
      `SELECT id, before, after FROM audit_entries WHERE entity_type = ANY($1)
        AND (entity_id = ANY($2::uuid[]) OR before::text ILIKE ANY($3) OR after::text ILIKE ANY($3))
        AND (entity_id IS NULL OR NOT entity_id = ANY($4::uuid[]))`,
      [where.entityTypes, where.entityIds, patterns, where.exceptEntityIds ?? []],
    );
    let changed = 0;
    for (const entry of entries) {
      const before = entry.before && rewrite(entry.before);
      const after = entry.after && rewrite(entry.after);
      if (
        JSON.stringify(before) === JSON.stringify(entry.before) &&
        JSON.stringify(after) === JSON.stringify(entry.after)
      )
        continue;
      await em.query('UPDATE audit_entries SET before = $2, after = $3 WHERE id = $1', [entry.id, before, after]);
      changed++;
    }
    return changed;
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
