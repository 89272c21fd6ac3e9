import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  addDays,
  check,
  DATE_YEARS,
  hasIssues,
  isUuid,
  isValidDate,
  isValidTime,
  LIMITS,
  localDateOf,
  PLANNING_DEFAULTS,
  rules,
  startOfLocalDate,
  type FieldIssues,
} from '@planbord/domain';
import { checkRrule, expandRecurrence, isSameRubric } from '@planbord/domain/recurrence';
import {
  APP_CONFIG,
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  Jobs,
  updateVersioned,
  type AppConfig,
  type SessionUser,
} from '@planbord/api-core';
import type { RubricInput, RubricPatch } from './dto/planning.input';
import { ReferenceDataService } from '@planbord/api-identity';
import { linkedIds, setLinks } from './references';
import { Rubric } from './rubric.entity';

export interface RubricMonthCount {
  year: number;
  month: number;
  open: number;
  filled: number;
  skipped: number;
}

@Injectable()
export class RubricsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly jobs: Jobs,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /** The daily job: keep every active rubric's slots materialised up to the horizon. */
  onModuleInit(): void {
    void this.jobs.register({
      name: 'rubric-horizon',
      schedule: '30 3 * * *',
      run: () => this.extendAll(this.horizon()),
    });
  }

  private today(): string {
    return localDateOf(new Date(), this.config.orgTimeZone);
  }

  horizon(): string {
    return addDays(this.today(), PLANNING_DEFAULTS.horizonDays);
  }

  find(id: string): Promise<Rubric | null> {
    return isUuid(id) ? this.db.getRepository(Rubric).findOneBy({ id }) : Promise.resolve(null);
  }

  list(active: boolean | null): Promise<Rubric[]> {
    return this.db
      .getRepository(Rubric)
      .find({ where: active == null ? {} : { active }, order: { name: 'ASC' }, take: 200 });
  }

  /** The next occurrences of a rule, for the editor's preview. */
  preview(rule: { rrule: string; startsOn: string; endsOn?: string | null; time: string }, count: number): Date[] {
    const issues = this.checkRule(rule, false);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const from = rule.startsOn > this.today() ? rule.startsOn : this.today();
    return expandRecurrence(rule, from, addDays(from, 3 * 366), this.config.orgTimeZone, count).slice(0, count);
  }

  /** Per rubric, per month of a year: how many slots are open, filled and skipped. */
  /** Twelve months of slot counts per rubric, from `fromMonth` of `year` (January: the calendar year). */
  async year(year: number, fromMonth = 1): Promise<Map<string, RubricMonthCount[]>> {
    const issues: FieldIssues = {};
    const yearIssue = rules.number(DATE_YEARS.from, DATE_YEARS.to - 1)(year);
    if (yearIssue) issues.year = yearIssue;
    const monthIssue = rules.number(1, 12)(fromMonth);
    if (monthIssue) issues.fromMonth = monthIssue;
    if (hasIssues(issues)) throw new BadInputError(issues);
    const first = `${year}-${String(fromMonth).padStart(2, '0')}-01`;
    const end = fromMonth === 1 ? `${year + 1}-01-01` : `${year + 1}-${String(fromMonth).padStart(2, '0')}-01`;
    const rows: { rubric_id: string; year: number; month: number; status: string; n: number }[] = await this.db.query(
      `SELECT rubric_id, extract(year FROM starts_at AT TIME ZONE $2)::int AS year, extract(month FROM starts_at AT TIME ZONE $2)::int AS month, status, count(*)::int AS n
         FROM slots WHERE rubric_id IS NOT NULL AND deleted_at IS NULL
          AND starts_at >= $1::timestamptz AND starts_at < $3::timestamptz
        GROUP BY 1, 2, 3, 4`,
      [
        startOfLocalDate(first, this.config.orgTimeZone),
        this.config.orgTimeZone,
        startOfLocalDate(end, this.config.orgTimeZone),
      ],
    );
    const result = new Map<string, RubricMonthCount[]>();
    for (const row of rows) {
      const months = result.get(row.rubric_id) ?? emptyMonths(year, fromMonth);
      const month = months[(row.year - year) * 12 + row.month - fromMonth];
      if (row.status === 'OPEN') month.open += row.n;
      else if (row.status === 'FILLED') month.filled += row.n;
      else month.skipped += row.n;
      result.set(row.rubric_id, months);
    }
    return result;
  }

  async similar(name: string, rrule: string, excludeId: string | null): Promise<Rubric[]> {
    const named = await this.db
      .getRepository(Rubric)
      .createQueryBuilder('r')
      .where(
        "lower(regexp_replace(trim(r.name), '\\s+', ' ', 'g')) = lower(regexp_replace(trim(:name), '\\s+', ' ', 'g'))",
        { name },
      )
      .orderBy('r.name')
      .take(50)
      .getMany();
    return named.filter((rubric) => rubric.id !== excludeId && isSameRubric(rubric, { name, rrule }));
  }

  async create(actor: SessionUser, input: RubricInput): Promise<Rubric> {
    const issues = this.checkRule(input, false);
    Object.assign(
      issues,
      check(input, {
        name: rules.text(LIMITS.name, { required: true }),
        description: rules.text(LIMITS.description),
        durationMinutes: rules.number(1, 1440),
      }),
    );
    if (!input.channelIds?.length) issues.channelIds = { code: 'required' };
    await this.checkRubricReferences(input, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const rubric = await this.db.transaction(async (em) => {
      const saved = await em.save(
        em.create(Rubric, {
          name: input.name.trim(),
          description: input.description?.trim() || null,
          themeId: input.themeId ?? null,
          ownerId: input.ownerId ?? null,
          rrule: input.rrule.trim().replace(/^RRULE:/i, ''),
          startsOn: input.startsOn,
          endsOn: input.endsOn ?? null,
          time: input.time,
          durationMinutes: input.durationMinutes ?? 30,
          active: true,
        }),
      );
      await setLinks(em, 'rubric_channels', 'rubric_id', saved.id, 'channel_id', input.channelIds);
      await this.materialise(em, saved, this.horizon());
      await this.audit.record(em, {
        actor,
        entityType: 'Rubric',
        entityId: saved.id,
        action: 'create',
        after: { ...saved, channelIds: input.channelIds },
      });
      return em.findOneByOrFail(Rubric, { id: saved.id });
    });
    await this.feed.publish({ entityType: 'Rubric', id: rubric.id, kind: 'created' });
    return rubric;
  }

  async update(actor: SessionUser, id: string, expectedVersion: number, patch: RubricPatch): Promise<Rubric> {
    const before = await findOrNotFound(this.db.manager, Rubric, id);
    const merged = {
      ...before,
      ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    } as Rubric;
    const issues = this.checkRule(merged, false);
    Object.assign(
      issues,
      check(
        patch,
        {
          name: rules.text(LIMITS.name, { required: true }),
          description: rules.text(LIMITS.description),
          durationMinutes: rules.number(1, 1440),
        },
        true,
      ),
    );
    if (patch.channelIds !== undefined && !patch.channelIds?.length) issues.channelIds = { code: 'required' };
    await this.checkRubricReferences(patch, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const ruleChanged = ['rrule', 'time', 'startsOn', 'endsOn', 'active', 'channelIds'].some(
      (k) => patch[k as keyof RubricPatch] !== undefined,
    );
    const rubric = await this.db.transaction(async (em) => {
      const beforeChannels = await linkedIds(em, 'rubric_channels', 'rubric_id', id, 'channel_id');
      const after = await updateVersioned(em, Rubric, id, expectedVersion, {
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.description !== undefined ? { description: patch.description?.trim() || null } : {}),
        ...(patch.themeId !== undefined ? { themeId: patch.themeId } : {}),
        ...(patch.ownerId !== undefined ? { ownerId: patch.ownerId } : {}),
        ...(patch.rrule !== undefined ? { rrule: patch.rrule.trim().replace(/^RRULE:/i, '') } : {}),
        ...(patch.startsOn !== undefined ? { startsOn: patch.startsOn } : {}),
        ...(patch.endsOn !== undefined ? { endsOn: patch.endsOn } : {}),
        ...(patch.time !== undefined ? { time: patch.time } : {}),
        ...(patch.durationMinutes != null ? { durationMinutes: patch.durationMinutes } : {}),
        ...(patch.active != null ? { active: patch.active } : {}),
      });
      if (patch.channelIds) await setLinks(em, 'rubric_channels', 'rubric_id', id, 'channel_id', patch.channelIds);
      if (ruleChanged) await this.regenerate(em, after);
      await this.audit.record(em, {
        actor,
        entityType: 'Rubric',
        entityId: id,
        action: 'update',
        before: { ...before, channelIds: beforeChannels },
        after: { ...after, channelIds: patch.channelIds ?? beforeChannels },
      });
      return after;
    });
    await this.feed.publish({ entityType: 'Rubric', id: id, kind: 'updated' });
    return rubric;
  }

  /** Makes sure every active rubric has its slots up to `until` (a local date): the daily job and far calendar queries. */
  async extendAll(until: string): Promise<void> {
    const due = await this.db
      .getRepository(Rubric)
      .createQueryBuilder('r')
      .where('r.active AND r.deleted_at IS NULL AND (r.materialized_until IS NULL OR r.materialized_until < :until)', {
        until,
      })
      .andWhere('(r.ends_on IS NULL OR r.materialized_until IS NULL OR r.materialized_until < r.ends_on)')
      .getMany();
    for (const rubric of due) await this.db.transaction((em) => this.materialise(em, rubric, until));
  }

  /** Creates the missing OPEN slots of a rubric from where it stands up to `until`. */
  private async materialise(em: EntityManager, rubric: Rubric, until: string): Promise<void> {
    const today = this.today();
    const from = [rubric.startsOn, today, rubric.materializedUntil ? addDays(rubric.materializedUntil, 1) : '']
      .sort()
      .pop()!;
    const to = rubric.endsOn && rubric.endsOn < until ? rubric.endsOn : until;
    if (rubric.active && from <= to)
      await this.insertSlots(em, rubric, expandRecurrence(rubric, from, to, this.config.orgTimeZone, 20000));
    await em.query(
      'UPDATE rubrics SET materialized_until = GREATEST(COALESCE(materialized_until, $2::date), $2::date) WHERE id = $1',
      [rubric.id, until],
    );
  }

  /**
   * After a change of rule, time or channels: future OPEN slots with nothing attached make way for the new pattern;
   * slots with work attached stay, marked `offPattern` when they no longer match.
   */
  private async regenerate(em: EntityManager, rubric: Rubric): Promise<void> {
    const now = new Date();
    await em.query(
      `DELETE FROM slots s WHERE s.rubric_id = $1 AND s.starts_at >= $2 AND s.status = 'OPEN'
         AND NOT EXISTS (SELECT 1 FROM assignments a WHERE a.slot_id = s.id)`,
      [rubric.id, now],
    );
    const horizon = this.horizon();
    const expected = rubric.active
      ? expandRecurrence(
          rubric,
          this.today(),
          rubric.endsOn && rubric.endsOn < horizon ? rubric.endsOn : horizon,
          this.config.orgTimeZone,
          20000,
        ).filter((d) => d >= now)
      : [];
    await em.query(
      `UPDATE slots SET off_pattern = NOT (starts_at = ANY($3::timestamptz[])), version = version + 1, updated_at = now()
        WHERE rubric_id = $1 AND starts_at >= $2 AND deleted_at IS NULL AND off_pattern <> NOT (starts_at = ANY($3::timestamptz[]))`,
      [rubric.id, now, expected],
    );
    await this.insertSlots(em, rubric, expected);
    await em.query('UPDATE rubrics SET materialized_until = $2 WHERE id = $1', [rubric.id, horizon]);
  }

  private async insertSlots(em: EntityManager, rubric: Rubric, dates: Date[]): Promise<void> {
    if (dates.length === 0) return;
    const channels = await linkedIds(em, 'rubric_channels', 'rubric_id', rubric.id, 'channel_id');
    const channelId = channels.length === 1 ? channels[0] : null;
    for (let i = 0; i < dates.length; i += 1000) {
      await em.query(
        `INSERT INTO slots (kind, status, starts_at, rubric_id, channel_id)
         SELECT 'RUBRIC', 'OPEN', unnest($2::timestamptz[]), $1, $3
         ON CONFLICT (rubric_id, starts_at) WHERE rubric_id IS NOT NULL AND deleted_at IS NULL DO NOTHING`,
        [rubric.id, dates.slice(i, i + 1000), channelId],
      );
    }
  }

  private checkRule(
    rule: { rrule?: string | null; startsOn?: string | null; endsOn?: string | null; time?: string | null },
    partial: boolean,
  ): FieldIssues {
    const issues: FieldIssues = {};
    if (!partial || rule.rrule !== undefined) {
      const issue = checkRrule(rule.rrule);
      if (issue) issues.rrule = issue;
    }
    if ((!partial || rule.time !== undefined) && !isValidTime(rule.time ?? '')) issues.time = { code: 'invalidTime' };
    if ((!partial || rule.startsOn !== undefined) && !isValidDate(rule.startsOn ?? ''))
      issues.startsOn = { code: 'invalidDate' };
    if (rule.endsOn && rule.startsOn && rule.endsOn < rule.startsOn) issues.endsOn = { code: 'endBeforeStart' };
    return issues;
  }

  private async checkRubricReferences(input: Partial<RubricInput>, issues: FieldIssues): Promise<void> {
    await this.referenceData.checkReferences(issues, {
      channelIds: { kind: 'channel', ids: input.channelIds },
      themeId: { kind: 'theme', ids: [input.themeId] },
      ownerId: { kind: 'user', ids: [input.ownerId] },
    });
    await this.referenceData.checkPlannableChannels(issues, 'channelIds', input.channelIds);
  }
}

/** Twelve empty months from `fromMonth` of `year`, each with its own year. */
export function emptyMonths(year: number, fromMonth = 1): RubricMonthCount[] {
  return Array.from({ length: 12 }, (_, i) => {
    const index = fromMonth - 1 + i;
    return { year: year + Math.floor(index / 12), month: (index % 12) + 1, open: 0, filled: 0, skipped: 0 };
  });
}
