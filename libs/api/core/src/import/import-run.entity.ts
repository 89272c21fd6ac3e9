import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SessionUser } from '../request';
import type { ColumnMapping } from './columns';

export const IMPORT_STATUSES = ['PREVIEWED', 'QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/**
 * One uploaded file on its way in: kept from the dry run (so the mapping can be changed without uploading it again)
 * until the import has run, then only its counts remain.
 */
@ObjectType()
@Entity()
export class ImportRun {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Field()
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'char', length: 64 })
  contentHash: string;

  /** The file itself, until it has been imported (or the preview has expired). */
  @Column({ type: 'bytea', nullable: true, select: false })
  content: Buffer | null;

  @Column({ type: 'jsonb', nullable: true })
  mapping: ColumnMapping | null;

  @Field(() => String, { description: 'PREVIEWED, QUEUED, RUNNING, DONE or FAILED' })
  @Column({ type: 'varchar', length: 20 })
  status: ImportStatus;

  @Field(() => Int, { description: 'Rows that can be imported' })
  @Column({ type: 'int', default: 0 })
  total: number;

  @Field(() => Int, { description: 'Of those, how many have been handled so far' })
  @Column({ type: 'int', default: 0 })
  processed: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  created: number;

  @Field(() => Int, { description: 'Rows already there from an earlier import (or twice in this file)' })
  @Column({ type: 'int', default: 0 })
  skipped: number;

  @Field(() => Int, { description: 'Rows left out for their problems' })
  @Column({ type: 'int', default: 0 })
  failed: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'uuid' })
  createdById: string;

  /** The person who started it, as they were then: the import writes in their name. */
  @Column({ type: 'jsonb' })
  actor: Omit<SessionUser, 'sessionId'>;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Field(() => Float, { description: 'From 0 to 1' })
  get progress(): number {
    if (this.status === 'DONE') return 1;
    return this.total > 0 ? Math.min(1, this.processed / this.total) : 0;
  }

  /** Over REST, what GraphQL shows of it: not the file, its hash or who started it. */
  toJSON() {
    const { id, kind, fileName, status, total, processed, created, skipped, failed, error, createdAt, finishedAt } =
      this;
    return {
      id,
      kind,
      fileName,
      status,
      total,
      processed,
      created,
      skipped,
      failed,
      error,
      createdAt,
      finishedAt,
      progress: this.progress,
    };
  }
}

@ObjectType()
export class ImportFieldMapping {
  @Field()
  field: string;
  @Field(() => String, { nullable: true, description: 'The header of the column that fills the field' })
  column: string | null;
  @Field()
  required: boolean;
}

@ObjectType({ description: 'A problem of a row (row 1 is the header line), or of the mapping when row is null' })
export class ImportProblem {
  @Field(() => Int, { nullable: true })
  row: number | null;
  @Field(() => String, { nullable: true })
  field: string | null;
  @Field()
  code: string;
  @Field()
  message: string;
}

@ObjectType()
export class ImportCell {
  @Field()
  field: string;
  @Field()
  value: string;
}

@ObjectType()
export class ImportPreviewRow {
  @Field(() => Int)
  row: number;
  @Field(() => [ImportCell])
  cells: ImportCell[];
}

@ObjectType({ description: 'The dry run of an import: nothing has been written' })
export class ImportPreview {
  @Field(() => ImportRun)
  run: ImportRun;
  @Field()
  delimiter: string;
  @Field(() => [String])
  headers: string[];
  @Field(() => [ImportFieldMapping])
  mapping: ImportFieldMapping[];
  @Field(() => Int)
  rowCount: number;
  @Field(() => Int, { description: 'Rows without problems, each once' })
  validCount: number;
  @Field(() => Int, { description: 'Rows that repeat an earlier row of the file' })
  repeated: number;
  @Field(() => Int)
  problemCount: number;
  @Field(() => [ImportProblem], { description: 'The problems of the mapping, then of the rows (at most 1,000)' })
  problems: ImportProblem[];
  @Field(() => [ImportPreviewRow], { description: 'The first rows without problems, as they will be imported' })
  preview: ImportPreviewRow[];
  @Field(() => ImportRun, { nullable: true, description: 'An earlier import of the same file' })
  alreadyImported: ImportRun | null;
}
