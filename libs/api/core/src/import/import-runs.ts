import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { describeIssue, type Locale } from '@planbord/domain';
import { DataSource, LessThan } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config';
import { BadInputError, NotFoundError } from '../errors';
import { Jobs } from '../jobs';
import type { SessionUser } from '../request';
import type { ColumnMapping } from './columns';
import { ImportPreview, ImportRun } from './import-run.entity';
import { planImport, type ImportPlan, type ImportSpec, type PlannedRow } from './plan';

/** What a feature does with the rows of its kind of import: writes a chunk, answering how many it created. */
export interface ImportWriter<T> {
  spec: ImportSpec<T>;
  /**
   * Writes one chunk in one transaction of its own, as the person who started the import; rows already there are
   * skipped, not counted as created.
   */
  write(rows: PlannedRow<T>[], actor: SessionUser, run: ImportRun): Promise<number>;
}

/** Rows written per transaction: each chunk moves the progress on. */
export const IMPORT_CHUNK = 500;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
const MAX_PROBLEMS = 1000;
const PREVIEW_ROWS = 20;
const QUEUE = 'file-import';

/**
 * Imports of files, the same for every kind: the dry run stores the file and answers the guessed mapping, a preview
 * and every row's problems; the import itself runs on the job queue in chunks, its progress readable meanwhile. A
 * file imported before imports nothing again, and the features' writers skip rows that are already there, so an
 * export that overlaps an earlier one adds only what is new.
 */
@Injectable()
export class ImportRuns implements OnModuleInit {
  private readonly logger = new Logger('ImportRuns');
  private readonly writers = new Map<string, ImportWriter<unknown>>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    void this.jobs.registerWorker({ name: QUEUE, run: (data) => this.process(String(data.id)) });
    void this.jobs.register({ name: 'import-cleanup', schedule: '50 3 * * *', run: () => this.forgetPreviews() });
  }

  register<T>(writer: ImportWriter<T>): void {
    this.writers.set(writer.spec.kind, writer as ImportWriter<unknown>);
  }

  /** The dry run of an uploaded file: stores it for the import and answers what the import would do. */
  async preview(
    kind: string,
    actor: SessionUser,
    fileName: string,
    bytes: Uint8Array,
    changes?: ColumnMapping,
  ): Promise<ImportPreview> {
    const writer = this.writer(kind);
    if (bytes.length === 0) throw new BadInputError({ file: { code: 'required' } });
    if (bytes.length > MAX_IMPORT_BYTES) throw new BadInputError({ file: { code: 'tooLong', max: MAX_IMPORT_BYTES } });
    const plan = planImport(writer.spec, bytes, this.context(), changes);
    const run = this.db.getRepository(ImportRun).create({
      kind,
      fileName: (fileName.trim() || 'import.csv').slice(0, 255),
      contentHash: plan.contentHash,
      content: Buffer.from(bytes),
      mapping: plan.mapping,
      status: 'PREVIEWED',
      total: plan.rows.length,
      createdById: actor.id,
      actor: { id: actor.id, name: actor.name, role: actor.role, locale: actor.locale },
    });
    await this.db.getRepository(ImportRun).save(run);
    run.content = null;
    return this.describe(run, plan, actor.locale);
  }

  /** The dry run again, with a changed mapping, of a file uploaded before. */
  async repreview(kind: string, actor: SessionUser, id: string, changes: ColumnMapping): Promise<ImportPreview> {
    const { run, content } = await this.stored(kind, actor, id);
    const plan = planImport(this.writer(kind).spec, content, this.context(), changes);
    await this.db.getRepository(ImportRun).update(run.id, { mapping: plan.mapping, total: plan.rows.length });
    Object.assign(run, { mapping: plan.mapping, total: plan.rows.length, content: null });
    return this.describe(run, plan, actor.locale);
  }

  /** Starts the import of a previewed file with its mapping (changed once more by `changes`). */
  async commit(kind: string, actor: SessionUser, id: string, changes?: ColumnMapping): Promise<ImportRun> {
    const { run, content } = await this.stored(kind, actor, id);
    const plan = planImport(this.writer(kind).spec, content, this.context(), { ...run.mapping, ...changes });
    if (plan.mappingIssues.length)
      throw new BadInputError(Object.fromEntries(plan.mappingIssues.map(({ field, code }) => [field, { code }])));
    const repo = this.db.getRepository(ImportRun);
    const earlier = await this.earlier(run);
    const failed = new Set(plan.problems.map((problem) => problem.row)).size;
    if (earlier) {
      await repo.update(run.id, {
        status: 'DONE',
        mapping: plan.mapping,
        total: plan.rows.length,
        processed: plan.rows.length,
        skipped: plan.rows.length + plan.repeated,
        failed,
        content: null,
        finishedAt: new Date(),
      });
    } else {
      await repo.update(run.id, { status: 'QUEUED', mapping: plan.mapping, total: plan.rows.length, failed });
      await this.jobs.enqueue(QUEUE, { id: run.id });
    }
    return repo.findOneByOrFail({ id: run.id });
  }

  async get(kind: string, actor: SessionUser, id: string): Promise<ImportRun> {
    const run = await this.db.getRepository(ImportRun).findOneBy({ id, kind, createdById: actor.id });
    if (!run) throw new NotFoundError('ImportRun', id);
    return run;
  }

  /** The job: writes the rows chunk by chunk, each in its own transaction, and records the progress after each. */
  async process(id: string): Promise<void> {
    const repo = this.db.getRepository(ImportRun);
    const run = await repo.findOne({ where: { id }, select: { ...selectAll, content: true } });
    if (!run || !run.content || (run.status !== 'QUEUED' && run.status !== 'RUNNING')) return;
    const writer = this.writer(run.kind);
    const actor: SessionUser = { ...run.actor, sessionId: '' };
    try {
      const plan = planImport(writer.spec, run.content, this.context(), run.mapping ?? {});
      // A retried job starts again from the first row: the writer skips what the first attempt wrote.
      Object.assign(run, {
        status: 'RUNNING',
        total: plan.rows.length,
        processed: 0,
        created: 0,
        skipped: plan.repeated,
      });
      await repo.update(id, { status: 'RUNNING', total: run.total, processed: 0, created: 0, skipped: run.skipped });
      for (let start = 0; start < plan.rows.length; start += IMPORT_CHUNK) {
        const chunk = plan.rows.slice(start, start + IMPORT_CHUNK);
        const created = await writer.write(chunk, actor, run);
        run.processed += chunk.length;
        run.created += created;
        run.skipped += chunk.length - created;
        await repo.update(id, { processed: run.processed, created: run.created, skipped: run.skipped });
      }
      await repo.update(id, { status: 'DONE', content: null, finishedAt: new Date() });
    } catch (error) {
      this.logger.error(`import ${id} failed: ${(error as Error).message}`);
      await repo.update(id, {
        status: 'FAILED',
        error: (error as Error).message.slice(0, 500),
        finishedAt: new Date(),
      });
    }
  }

  /** A dry run that was never imported holds personal data for nothing: after a day it is removed. */
  async forgetPreviews(): Promise<void> {
    await this.db
      .getRepository(ImportRun)
      .delete({ status: 'PREVIEWED', createdAt: LessThan(new Date(Date.now() - 24 * 3600_000)) });
  }

  private writer(kind: string): ImportWriter<unknown> {
    const writer = this.writers.get(kind);
    if (!writer) throw new Error(`no import of kind ${kind}`);
    return writer;
  }

  private context() {
    return { timeZone: this.config.orgTimeZone, now: new Date() };
  }

  private async stored(kind: string, actor: SessionUser, id: string): Promise<{ run: ImportRun; content: Buffer }> {
    const run = await this.db.getRepository(ImportRun).findOne({
      where: { id, kind, createdById: actor.id },
      select: { ...selectAll, content: true },
    });
    if (!run) throw new NotFoundError('ImportRun', id);
    if (run.status !== 'PREVIEWED' || !run.content) throw new BadInputError({ id: { code: 'notAllowed' } });
    return { run, content: run.content };
  }

  private earlier(run: ImportRun): Promise<ImportRun | null> {
    return this.db.getRepository(ImportRun).findOne({
      where: { kind: run.kind, contentHash: run.contentHash, status: 'DONE' },
      order: { finishedAt: 'DESC' },
    });
  }

  private async describe(run: ImportRun, plan: ImportPlan<unknown>, locale: Locale): Promise<ImportPreview> {
    const writer = this.writer(run.kind);
    const problems = [
      ...plan.mappingIssues.map(({ field, code }) => ({
        row: null,
        field,
        code,
        message: describeIssue({ code }, locale),
      })),
      ...plan.problems.map(({ row, field, issue }) => ({
        row,
        field,
        code: issue.code,
        message: describeIssue(issue, locale),
      })),
    ];
    return {
      run,
      delimiter: plan.delimiter,
      headers: plan.headers,
      mapping: writer.spec.fields.map((field) => ({
        field: field.key,
        column: plan.mapping[field.key] ?? null,
        required: !!field.required,
      })),
      rowCount: plan.rowCount,
      validCount: plan.rows.length,
      repeated: plan.repeated,
      problemCount: problems.length,
      problems: problems.slice(0, MAX_PROBLEMS),
      preview: plan.rows.slice(0, PREVIEW_ROWS).map(({ row, cells }) => ({
        row,
        cells: writer.spec.fields.map((field) => ({ field: field.key, value: cells[field.key] ?? '' })),
      })),
      alreadyImported: await this.earlier(run),
    };
  }
}

const selectAll = {
  id: true,
  kind: true,
  fileName: true,
  contentHash: true,
  mapping: true,
  status: true,
  total: true,
  processed: true,
  created: true,
  skipped: true,
  failed: true,
  error: true,
  createdById: true,
  actor: true,
  createdAt: true,
  finishedAt: true,
} as const;
