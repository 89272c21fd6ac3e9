import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  addDays,
  describeIssue,
  fromWallMs,
  isEditor,
  isUuid,
  localDateOf,
  startOfLocalDate,
  type Issue,
  type Locale,
} from '@planbord/domain';
import {
  APP_CONFIG,
  BadInputError,
  MAX_IMPORT_BYTES,
  NotFoundError,
  planTable,
  readSpreadsheet,
  type AppConfig,
  type ColumnMapping,
  type ImportPlan,
  type MappingIssue,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService } from '@planbord/api-identity';
import { EventsService, type EventInput } from '@planbord/api-planning';
import { PostsService, type PostInput } from '@planbord/api-publishing';
import { CalendarImport } from './calendar-import.entity';
import { calendarSpec, type CalendarRow } from './calendar-import';

/** At most this many rows in one file: a year of a large municipality's activities is a few thousand. */
export const CALENDAR_IMPORT_ROWS = 20_000;
const PREVIEW_ROWS = 20;

export interface CalendarImportOptions {
  mapping?: ColumnMapping;
  /** The year of days written without one (`14-6`); the organisation's current year when not given. */
  year?: number;
}

export interface CalendarRowProblem {
  row: number;
  field: string | null;
  /** The file's column the field was read from. */
  column: string | null;
  code: string;
  message: string;
}

interface ReadyRow {
  row: number;
  key: string;
  event: EventInput;
  post: Omit<PostInput, 'eventId'> | null;
  /** What the preview shows of it. */
  shown: { title: string; startsAt: string; endsAt: string; allDay: boolean; department: string; channel: string };
}

interface Prepared {
  plan: ImportPlan<CalendarRow>;
  ready: ReadyRow[];
  problems: CalendarRowProblem[];
  /** Rows whose content an earlier import (not undone) brought in already. */
  alreadyImported: number;
}

const normalName = (name: string) => name.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * A calendar kept elsewhere (an Excel sheet, a CSV export) into Planbord: a dry run that says what each row becomes
 * and what is wrong with it, then the import in one transaction, and undoing it while nothing was attached since.
 * The events are planning's and the drafts publishing's: each feature writes its own rows, in this transaction.
 */
@Injectable()
export class CalendarImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly referenceData: ReferenceDataService,
    private readonly events: EventsService,
    private readonly posts: PostsService,
  ) {}

  /** What the import would do, writing nothing. */
  async dryRun(actor: SessionUser, bytes: Uint8Array, options: CalendarImportOptions) {
    const { plan, ready, problems, alreadyImported } = await this.prepare(actor.locale, bytes, options);
    return {
      headers: plan.headers,
      mapping: plan.mapping,
      mappingIssues: this.describeMapping(plan.mappingIssues, actor.locale),
      rowCount: plan.rowCount,
      events: ready.length,
      posts: ready.filter((r) => r.post).length,
      skipped: alreadyImported + plan.repeated,
      failed: new Set(problems.map((p) => p.row)).size,
      problems,
      preview: ready.slice(0, PREVIEW_ROWS).map((r) => ({ row: r.row, ...r.shown, post: !!r.post })),
    };
  }

  /** Imports every row without a problem, in one transaction; rows brought in before are skipped. */
  async commit(actor: SessionUser, fileName: string, bytes: Uint8Array, options: CalendarImportOptions) {
    const { plan, ready, problems, alreadyImported } = await this.prepare(actor.locale, bytes, options);
    if (plan.mappingIssues.length) throw new BadInputError({ mapping: { code: 'invalidChoice' } });
    const failed = new Set(problems.map((p) => p.row)).size;
    const skipped = alreadyImported + plan.repeated;
    if (ready.length === 0) return { importId: null, created: 0, posts: 0, skipped, failed };
    const made = await this.db.transaction(async (em) => {
      const record = await em.save(
        em.create(CalendarImport, {
          createdById: actor.id,
          fileName: (fileName.trim() || 'kalender.csv').slice(0, 255),
          contentHash: plan.contentHash,
          rowKeys: ready.map((r) => r.key),
          skipped,
          failed,
        }),
      );
      const events = await this.events.insertImported(
        em,
        actor,
        record.id,
        ready.map((r) => r.event),
      );
      const drafts = ready.flatMap((r, i) => (r.post ? [{ ...r.post, eventId: events[i].id }] : []));
      const posts = await this.posts.insertImported(em, actor, record.id, drafts);
      record.eventIds = events.map((e) => e.id);
      record.postIds = posts.map((p) => p.id);
      await em.save(record);
      return record;
    });
    await this.events.announceImported(made.eventIds, 'created', actor);
    await this.posts.announceImported(made.postIds, 'created', actor);
    return { importId: made.id, created: made.eventIds.length, posts: made.postIds.length, skipped, failed };
  }

  /** The imports this person made, newest first. */
  mine(actor: SessionUser): Promise<CalendarImport[]> {
    return this.db.getRepository(CalendarImport).find({
      where: { createdById: actor.id },
      order: { createdAt: 'DESC' },
      take: 20,
    });
  }

  /**
   * Removes what an import made, if nothing was attached since: no event changed or given a job, no draft changed, no
   * other post on its events, no comment. The person who imported does it, or an editor.
   */
  async undo(actor: SessionUser, id: string): Promise<CalendarImport> {
    const found = isUuid(id) ? await this.db.getRepository(CalendarImport).findOneBy({ id }) : null;
    if (!found || (found.createdById !== actor.id && !isEditor(actor.role)))
      throw new NotFoundError('CalendarImport', id);
    if (found.undoneAt) throw new BadInputError({ id: { code: 'alreadyUndone' } });
    const undone = await this.db.transaction(async (em) => {
      // The row is locked, so two undos of one import cannot both pass the check.
      const current = await em.findOne(CalendarImport, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current || current.undoneAt) throw new BadInputError({ id: { code: 'alreadyUndone' } });
      const touched =
        (await this.events.touchedSince(em, current.eventIds)).length > 0 ||
        (await this.posts.touchedSince(em, current.postIds, current.eventIds));
      if (touched) throw new BadInputError({ id: { code: 'changedSince' } });
      await this.posts.removeImported(em, actor, current.id, current.postIds);
      await this.events.removeImported(em, actor, current.id, current.eventIds);
      current.undoneAt = new Date();
      return em.save(current);
    });
    await this.posts.announceImported(undone.postIds, 'deleted', actor);
    await this.events.announceImported(undone.eventIds, 'deleted', actor);
    return undone;
  }

  private async prepare(locale: Locale, bytes: Uint8Array, options: CalendarImportOptions): Promise<Prepared> {
    if (bytes.length === 0) throw new BadInputError({ file: { code: 'required' } });
    if (bytes.length > MAX_IMPORT_BYTES) throw new BadInputError({ file: { code: 'tooLong', max: MAX_IMPORT_BYTES } });
    const zone = this.config.orgTimeZone;
    const year = options.year ?? Number(localDateOf(new Date(), zone).slice(0, 4));
    if (!Number.isInteger(year) || year < 1900 || year > 2199)
      throw new BadInputError({ year: { code: 'outOfRange', min: 1900, max: 2199 } });
    let read: Awaited<ReturnType<typeof readSpreadsheet>>;
    try {
      read = await readSpreadsheet(bytes);
    } catch {
      throw new BadInputError({ file: { code: 'invalidChoice' } });
    }
    if (read.table.records.length > CALENDAR_IMPORT_ROWS)
      throw new BadInputError({ file: { code: 'outOfRange', min: 1, max: CALENDAR_IMPORT_ROWS } });
    const plan = planTable(
      calendarSpec(year),
      read.table,
      read.contentHash,
      { timeZone: zone, now: new Date() },
      options.mapping,
    );
    const columnOf = (field: string | null) => (field ? (plan.mapping[field] ?? null) : null);
    const problems: CalendarRowProblem[] = plan.problems.map((p) => ({
      row: p.row,
      field: p.field,
      column: columnOf(p.field),
      code: p.issue.code,
      message: describeIssue(p.issue, locale),
    }));
    const problem = (row: number, field: string, issue: Issue) =>
      problems.push({ row, field, column: columnOf(field), code: issue.code, message: describeIssue(issue, locale) });

    const { departments, channels } = await this.referenceData.plannableByName();
    const departmentByName = new Map(departments.map((d) => [normalName(d.name), d]));
    const channelByName = new Map<string, (typeof channels)[number]>();
    for (const c of channels) {
      channelByName.set(normalName(c.name), c);
      if (c.handle) channelByName.set(normalName(c.handle), c);
    }
    const earlier = await this.importedKeys(plan.rows.map((r) => r.key));

    const ready: ReadyRow[] = [];
    let alreadyImported = 0;
    for (const { row, key, record } of plan.rows) {
      if (earlier.has(key)) {
        alreadyImported++;
        continue;
      }
      const department = record.department ? departmentByName.get(normalName(record.department)) : null;
      const channel = record.channel ? channelByName.get(normalName(record.channel)) : null;
      let bad = false;
      if (record.department && !department) {
        problem(row, 'department', { code: 'unknownName', name: record.department });
        bad = true;
      }
      if (record.channel && !channel) {
        problem(row, 'channel', { code: 'unknownName', name: record.channel });
        bad = true;
      }
      const allDay = !record.start;
      const startsAt = allDay
        ? startOfLocalDate(record.date, zone)
        : fromWallMs(Date.parse(`${record.date}T${record.start}:00Z`), zone);
      const endsAt = allDay
        ? startOfLocalDate(addDays(record.endDate ?? record.date, 1), zone)
        : record.end
          ? fromWallMs(Date.parse(`${record.endDate ?? record.date}T${record.end}:00Z`), zone)
          : new Date(startsAt.getTime() + 3600_000);
      const event: EventInput = {
        title: record.title,
        startsAt,
        endsAt,
        allDay,
        location: record.location || null,
        description: record.description || null,
        departmentId: department?.id ?? null,
        wishedChannelIds: channel ? [channel.id] : [],
      };
      for (const [field, issue] of Object.entries(this.events.checkImported(event))) {
        problem(row, field === 'startsAt' ? 'date' : field === 'endsAt' ? 'endTime' : field, issue);
        bad = true;
      }
      const post =
        channel && record.text
          ? { channelId: channel.id, title: record.title, body: record.text, plannedAt: allDay ? null : startsAt }
          : null;
      if (post)
        for (const [field, issue] of Object.entries(this.posts.checkImported(post as PostInput))) {
          problem(row, field === 'body' ? 'text' : field, issue);
          bad = true;
        }
      if (bad) continue;
      ready.push({
        row,
        key,
        event,
        post,
        shown: {
          title: record.title,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          allDay,
          department: department?.name ?? '',
          channel: channel?.name ?? '',
        },
      });
    }
    problems.sort((a, b) => a.row - b.row);
    return { plan, ready, problems, alreadyImported };
  }

  /** Of these row keys, those an import that was not undone brought in. */
  private async importedKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows: { key: string }[] = await this.db.query(
      `SELECT DISTINCT k AS key FROM calendar_imports i CROSS JOIN LATERAL unnest(i.row_keys) AS k
       WHERE i.undone_at IS NULL AND i.row_keys && $1::text[] AND k = ANY($1::text[])`,
      [keys],
    );
    return new Set(rows.map((r) => r.key));
  }

  private describeMapping(issues: MappingIssue[], locale: Locale) {
    return issues.map((issue) => ({
      field: issue.field,
      code: issue.code,
      message: describeIssue(
        { code: issue.code === 'notFound' ? 'notFound' : issue.code === 'taken' ? 'taken' : 'required' },
        locale,
      ),
    }));
  }
}
