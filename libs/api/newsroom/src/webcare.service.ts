import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, LessThanOrEqual, MoreThan } from 'typeorm';
import {
  calendarMinutesBetween,
  checkOfficeHours,
  checkOnCallShift,
  checkReply,
  checkReplyTemplate,
  checkResponseNorm,
  firstReplyDueAt,
  hasIssues,
  isOfficeTime,
  isTeam,
  isUuid,
  officeMinutesBetween,
  SIGNAL_SOURCES,
  slaClock,
  slaStateAt,
  statusAfterTriage,
  type FieldIssues,
  type OfficeCalendar,
  type ResponseNormRule,
  type SignalSource,
  type SlaClock,
} from '@planbord/domain';
import {
  APP_CONFIG,
  assertRange,
  AuditService,
  BadInputError,
  ChangeFeed,
  Jobs,
  NotFoundError,
  updateVersioned,
  type AppConfig,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService, UsersService } from '@planbord/api-identity';
import { CrisisService } from '@planbord/api-publishing';
import { isPublicHoliday, SettingsService } from '@planbord/api-planning';
import type { OfficeHoursInput } from './dto/webcare.input';
import { OfficeHours } from './office-hours.entity';
import { OnCallShift } from './on-call-shift.entity';
import { ReplyTemplate } from './reply-template.entity';
import { Reply } from './reply.entity';
import { ResponseNorm } from './response-norm.entity';
import { Signal } from './signal.entity';
import { SignalsService, type DueTimeRule } from './signals.service';
import { Topic } from './topic.entity';
import { CrisisOverview, WebcareSettings } from './webcare.entities';

export interface ReplyTemplateInput {
  name: string;
  body: string;
  themeIds?: string[] | null;
  active?: boolean | null;
}

export interface ReplyTemplatePatch {
  name?: string;
  body?: string;
  themeIds?: string[];
  active?: boolean;
}

export interface ReplyInput {
  body: string;
  templateId?: string | null;
  url?: string | null;
  sentAt?: Date | null;
}

/** What a signal's clock is counted with: office hours, holidays, zone, the norm per source and the crisis norm. */
export interface WebcareRules {
  calendar: OfficeCalendar;
  norms: ReadonlyMap<SignalSource, ResponseNormRule>;
  crisis: ResponseNormRule;
}

/** The longest period the crisis view covers, in hours. */
const CRISIS_VIEW_HOURS = 14 * 24;

/** Signals the person on call hears of: urgent ones and overdue ones of the last two days, not told before. */
const ALERT_WINDOW = "interval '2 days'";
const ALERT_BATCH = 200;

/** What webcare's rules are made of; a change to any of them, in any process, makes every process read them again. */
const RULE_SOURCES = new Set(['OfficeHours', 'ResponseNorm', 'WebcareSettings', 'PlanningSettings']);
/** How long a process keeps the rules at most, should a change ever go unheard. */
const RULES_KEPT_MS = 60_000;

/**
 * Webcare: first-reply norms, office hours, the on-call roster, reply templates, replies and the queue of signals
 * waiting for their first reply. It sets each arriving signal's due time, and tells the person on call outside office
 * hours about urgent and overdue signals.
 */
@Injectable()
export class WebcareService implements OnModuleInit {
  /** Every arriving signal needs the rules: they are kept between changes, not read four times per delivery. */
  private kept: { rules: WebcareRules; at: number } | null = null;
  private changesToRules = 0;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly jobs: Jobs,
    private readonly signals: SignalsService,
    private readonly planningSettings: SettingsService,
    private readonly users: UsersService,
    private readonly referenceData: ReferenceDataService,
    private readonly crisis: CrisisService,
  ) {}

  onModuleInit(): void {
    this.signals.setArrivalRule(() => this.dueTimeRule());
    this.feed.watch(
      (entityType) => RULE_SOURCES.has(entityType),
      () => {
        this.kept = null;
        this.changesToRules++;
      },
    );
    void this.jobs.register({ name: 'webcare-on-call', schedule: '*/5 * * * *', run: () => this.alertOnCall() });
  }

  // ---- norms, office hours and the rules they make ------------------------------------------------------------

  /** The norm of every source, in the order of the sources. */
  async responseNorms(): Promise<ResponseNorm[]> {
    const rows = await this.db.getRepository(ResponseNorm).find();
    const order = new Map(SIGNAL_SOURCES.map((source, i) => [source, i]));
    return rows.sort((a, b) => (order.get(a.source) ?? 99) - (order.get(b.source) ?? 99));
  }

  async setResponseNorm(
    actor: SessionUser,
    source: SignalSource,
    minutes: number,
    businessHoursOnly: boolean,
  ): Promise<ResponseNorm> {
    const issues = checkResponseNorm({ minutes });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const saved = await this.db.transaction(async (em) => {
      const repo = em.getRepository(ResponseNorm);
      const before = await repo.findOneBy({ source });
      const after = before
        ? await updateVersioned(em, ResponseNorm, before.id, null, { minutes, businessHoursOnly })
        : await repo.save(repo.create({ source, minutes, businessHoursOnly }));
      await this.audit.record(em, {
        actor,
        entityType: 'ResponseNorm',
        entityId: after.id,
        action: before ? 'update' : 'create',
        before,
        after,
      });
      return after;
    });
    await this.feed.publish({ entityType: 'ResponseNorm', id: saved.id, kind: 'updated', actor });
    return saved;
  }

  /** The seven weekdays, Monday first. */
  officeHours(): Promise<OfficeHours[]> {
    return this.db.getRepository(OfficeHours).find({ order: { weekday: 'ASC' } });
  }

  /** Sets the hours of the days given (the others stay as they are); a day without times is closed. */
  async setOfficeHours(actor: SessionUser, days: readonly OfficeHoursInput[]): Promise<OfficeHours[]> {
    const week = days.map((day) => ({ weekday: day.weekday, opens: day.opens || null, closes: day.closes || null }));
    const issues = checkOfficeHours(week);
    if (week.length === 0) issues.days = { code: 'required' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    await this.db.transaction(async (em) => {
      const repo = em.getRepository(OfficeHours);
      const before = await repo.find({ order: { weekday: 'ASC' } });
      for (const day of week) {
        const current = before.find((row) => row.weekday === day.weekday);
        if (current) await updateVersioned(em, OfficeHours, current.id, null, { opens: day.opens, closes: day.closes });
        else await repo.save(repo.create(day));
      }
      await this.audit.record(em, {
        actor,
        entityType: 'OfficeHours',
        entityId: null,
        action: 'update',
        before: { days: before.map(({ weekday, opens, closes }) => ({ weekday, opens, closes })) },
        after: { days: week },
      });
    });
    await this.feed.publish({ entityType: 'OfficeHours', id: 'office-hours', kind: 'updated', actor });
    return this.officeHours();
  }

  async settings(): Promise<WebcareSettings> {
    const repo = this.db.getRepository(WebcareSettings);
    return (await repo.findOne({ where: {}, order: { createdAt: 'ASC' } })) ?? repo.save(repo.create({}));
  }

  async updateSettings(actor: SessionUser, expectedVersion: number, crisisMinutes: number): Promise<WebcareSettings> {
    const issues: FieldIssues = {};
    const norm = checkResponseNorm({ minutes: crisisMinutes });
    if (norm.minutes) issues.crisisMinutes = norm.minutes;
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await this.settings();
    const after = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, WebcareSettings, before.id, expectedVersion, { crisisMinutes });
      await this.audit.record(em, {
        actor,
        entityType: 'WebcareSettings',
        entityId: before.id,
        action: 'update',
        before,
        after,
      });
      return after;
    });
    await this.feed.publish({ entityType: 'WebcareSettings', id: after.id, kind: 'updated', actor });
    return after;
  }

  /** Office hours, the planning country's public holidays and the organisation's zone, with every norm. */
  async rules(): Promise<WebcareRules> {
    if (this.kept && this.feed.listening && Date.now() - this.kept.at < RULES_KEPT_MS) return this.kept.rules;
    const changesBefore = this.changesToRules;
    const at = Date.now();
    const [officeHours, norms, settings, planning] = await Promise.all([
      this.officeHours(),
      this.db.getRepository(ResponseNorm).find(),
      this.settings(),
      this.planningSettings.get(),
    ]);
    const rules: WebcareRules = {
      calendar: {
        officeHours,
        isHoliday: (date) => isPublicHoliday(planning.country, date),
        timeZone: this.config.orgTimeZone,
      },
      norms: new Map(norms.map((n) => [n.source, { minutes: n.minutes, businessHoursOnly: n.businessHoursOnly }])),
      crisis: { minutes: settings.crisisMinutes, businessHoursOnly: false },
    };
    // Rules read while a change came in may be the old ones: those are not kept.
    if (this.feed.listening && changesBefore === this.changesToRules) this.kept = { rules, at };
    return rules;
  }

  /** The norm a signal is held to: the crisis norm when it came in during a crisis, else its source's. */
  static normOf(rules: WebcareRules, signal: { source: SignalSource; crisis: boolean }): ResponseNormRule | null {
    return signal.crisis ? rules.crisis : (rules.norms.get(signal.source) ?? null);
  }

  /**
   * The first-reply due time of an arriving signal under today's rules; none when it needs no reply or its source
   * has no norm. The rules are read once for a whole batch.
   */
  async dueTimeRule(): Promise<DueTimeRule> {
    const rules = await this.rules();
    return (signal, crisis) => {
      const norm = WebcareService.normOf(rules, { source: signal.source, crisis });
      return signal.needsReply && norm ? firstReplyDueAt(signal.receivedAt, norm, rules.calendar) : null;
    };
  }

  /** The clock of a signal that still waits for its first reply; null when it needs none or has one. */
  static clockOf(rules: WebcareRules, signal: Signal): SlaClock | null {
    if (!signal.needsReply || signal.firstReplyAt || !signal.firstReplyDueAt) return null;
    if (signal.status === 'DONE' || signal.status === 'DISMISSED') return null;
    const norm = WebcareService.normOf(rules, signal);
    const receivedAt = new Date(signal.receivedAt);
    const dueAt = new Date(signal.firstReplyDueAt);
    if (!norm) return { warnAt: dueAt, dueAt };
    // The due time was fixed on arrival; the orange moment follows the norm, but never after the due time.
    const { warnAt } = slaClock(receivedAt, norm, rules.calendar);
    return { warnAt: warnAt < dueAt ? warnAt : dueAt, dueAt };
  }

  static slaStateOf(rules: WebcareRules, signal: Signal, at = new Date()) {
    const clock = WebcareService.clockOf(rules, signal);
    return clock ? slaStateAt(clock, at) : null;
  }

  // ---- the on-call roster -------------------------------------------------------------------------------------

  /** Who is on call at an instant (now by default). */
  onCall(at: Date = new Date()): Promise<OnCallShift[]> {
    return this.db.getRepository(OnCallShift).find({
      where: { startsAt: LessThanOrEqual(at), endsAt: MoreThan(at) },
      order: { startsAt: 'ASC' },
    });
  }

  /** The shifts that overlap a range, earliest first. */
  roster(from: Date, to: Date): Promise<OnCallShift[]> {
    assertRange(from, to);
    return this.db
      .getRepository(OnCallShift)
      .createQueryBuilder('s')
      .where('s.starts_at < :to AND s.ends_at > :from', { from, to })
      .orderBy('s.starts_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(500)
      .getMany();
  }

  async createShift(actor: SessionUser, userId: string, startsAt: Date, endsAt: Date): Promise<OnCallShift> {
    const issues = checkOnCallShift({ startsAt, endsAt });
    const user = await this.users.findOne(userId);
    if (!user || !user.active) issues.userId = { code: 'notFound' };
    else if (!isTeam(user.role)) issues.userId = { code: 'notAllowed' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const shift = await this.db.transaction(async (em) => {
      const shift = await em.save(em.create(OnCallShift, { userId, startsAt, endsAt, createdById: actor.id }));
      await this.audit.record(em, {
        actor,
        entityType: 'OnCallShift',
        entityId: shift.id,
        action: 'create',
        after: shift,
      });
      return shift;
    });
    await this.feed.publish({ entityType: 'OnCallShift', id: shift.id, kind: 'created', actor });
    return shift;
  }

  async deleteShift(actor: SessionUser, id: string): Promise<boolean> {
    const shift = isUuid(id) ? await this.db.getRepository(OnCallShift).findOneBy({ id }) : null;
    if (!shift) throw new NotFoundError('OnCallShift', id);
    await this.db.transaction(async (em) => {
      await em.getRepository(OnCallShift).softDelete({ id });
      await this.audit.record(em, { actor, entityType: 'OnCallShift', entityId: id, action: 'delete', before: shift });
    });
    await this.feed.publish({ entityType: 'OnCallShift', id, kind: 'deleted', actor });
    return true;
  }

  // ---- reply templates ----------------------------------------------------------------------------------------

  templates(active?: boolean | null): Promise<ReplyTemplate[]> {
    return this.db.getRepository(ReplyTemplate).find({
      where: active == null ? {} : { active },
      order: { name: 'ASC' },
      take: 500,
    });
  }

  template(id: string): Promise<ReplyTemplate | null> {
    return isUuid(id) ? this.db.getRepository(ReplyTemplate).findOneBy({ id }) : Promise.resolve(null);
  }

  async createTemplate(actor: SessionUser, input: ReplyTemplateInput): Promise<ReplyTemplate> {
    const issues = checkReplyTemplate(input);
    await this.referenceData.checkReferences(issues, { themeIds: { kind: 'theme', ids: input.themeIds } });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const template = await this.db.transaction(async (em) => {
      const template = await em.save(
        em.create(ReplyTemplate, {
          name: input.name.trim(),
          body: input.body.trim(),
          themeIds: [...new Set(input.themeIds ?? [])],
          active: input.active ?? true,
        }),
      );
      await this.audit.record(em, {
        actor,
        entityType: 'ReplyTemplate',
        entityId: template.id,
        action: 'create',
        after: template,
      });
      return template;
    });
    await this.feed.publish({ entityType: 'ReplyTemplate', id: template.id, kind: 'created', actor });
    return template;
  }

  async updateTemplate(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    patch: ReplyTemplatePatch,
  ): Promise<ReplyTemplate> {
    const issues = checkReplyTemplate(patch, true);
    await this.referenceData.checkReferences(issues, { themeIds: { kind: 'theme', ids: patch.themeIds } });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await this.template(id);
    if (!before) throw new NotFoundError('ReplyTemplate', id);
    const changes: Partial<Pick<ReplyTemplate, 'name' | 'body' | 'themeIds' | 'active'>> = {};
    if (patch.name != null) changes.name = patch.name.trim();
    if (patch.body != null) changes.body = patch.body.trim();
    if (patch.themeIds != null) changes.themeIds = [...new Set(patch.themeIds)];
    if (patch.active != null) changes.active = patch.active;
    const after = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, ReplyTemplate, id, expectedVersion, changes);
      await this.audit.record(em, {
        actor,
        entityType: 'ReplyTemplate',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return after;
    });
    await this.feed.publish({ entityType: 'ReplyTemplate', id, kind: 'updated', actor });
    return after;
  }

  // ---- replies and the queue ----------------------------------------------------------------------------------

  /**
   * Records the answer given on the signal's own channel: with the calendar and office minutes it took, the first
   * one also as the signal's first reply. A NEW signal is now being worked on.
   */
  async reply(actor: SessionUser, id: string, expectedVersion: number, input: ReplyInput): Promise<Signal> {
    const signal = await this.signals.find(id);
    if (!signal) throw new NotFoundError('Signal', id);
    const now = new Date();
    const receivedAt = new Date(signal.receivedAt);
    const issues = checkReply(input, receivedAt, now);
    if (input.templateId && !issues.templateId && !(await this.template(input.templateId)))
      issues.templateId = { code: 'notFound' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    // A moment a little ahead of ours is the platform's clock: it was given now.
    const sentAt = input.sentAt && input.sentAt < now ? input.sentAt : now;
    const { calendar } = await this.rules();
    const firstReplyAt = signal.firstReplyAt && new Date(signal.firstReplyAt) <= sentAt ? signal.firstReplyAt : sentAt;
    const status = statusAfterTriage(signal.status);
    const updated = await this.db.transaction(async (em) => {
      const updated = await updateVersioned(em, Signal, id, expectedVersion, { firstReplyAt, status });
      const reply = await em.save(
        em.create(Reply, {
          signalId: id,
          body: input.body.trim(),
          authorId: actor.id,
          sentAt,
          url: input.url?.trim() || null,
          minutes: calendarMinutesBetween(receivedAt, sentAt),
          officeMinutes: officeMinutesBetween(receivedAt, sentAt, calendar),
          templateId: input.templateId || null,
        }),
      );
      // The answer's text may name the resident; the history keeps when and how fast, the reply itself the words.
      await this.audit.record(em, {
        actor,
        entityType: 'Signal',
        entityId: id,
        action: 'reply',
        before: { status: signal.status, firstReplyAt: signal.firstReplyAt },
        after: {
          status,
          firstReplyAt,
          replyId: reply.id,
          sentAt,
          minutes: reply.minutes,
          officeMinutes: reply.officeMinutes,
          templateId: reply.templateId,
        },
      });
      return updated;
    });
    await this.feed.publish({ entityType: 'Signal', id, kind: 'updated', actor });
    return updated;
  }

  /** Signals that need a reply and have none, not done or dismissed: the soonest due first. */
  queue(take = 200): Promise<Signal[]> {
    if (!Number.isInteger(take) || take < 1 || take > 200)
      throw new BadInputError({ first: { code: 'outOfRange', min: 1, max: 200 } });
    return this.db
      .getRepository(Signal)
      .createQueryBuilder('s')
      .where("s.needs_reply AND s.first_reply_at IS NULL AND s.status NOT IN ('DONE', 'DISMISSED')")
      .orderBy('s.first_reply_due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('s.received_at', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(take)
      .getMany();
  }

  /**
   * The crisis view over a period: by default from the start of the current crisis (or the last 24 hours when there
   * is none) until now, at most 14 days.
   */
  async crisisOverview(from?: Date | null, to?: Date | null): Promise<CrisisOverview> {
    const end = to ?? new Date();
    const start = from ?? (await this.crisis.state()).since ?? new Date(end.getTime() - 24 * 3600_000);
    assertRange(start, end);
    if (end.getTime() - start.getTime() > CRISIS_VIEW_HOURS * 3600_000)
      throw new BadInputError({ to: { code: 'rangeTooLong', maxDays: CRISIS_VIEW_HOURS / 24 } });
    const zone = this.config.orgTimeZone;
    const [hours, totals, topics]: [
      { hour: Date; count: number }[],
      { signals: number; waiting: number }[],
      { topic_id: string; count: number }[],
    ] = await Promise.all([
      this.db.query(
        `WITH counts AS (
          SELECT date_trunc('hour', received_at AT TIME ZONE $3) AS local_hour, count(*)::int AS count FROM signals
          WHERE crisis AND deleted_at IS NULL AND received_at >= $1 AND received_at < $2 GROUP BY 1),
        hours AS (
          SELECT generate_series(date_trunc('hour', $1::timestamptz AT TIME ZONE $3),
            date_trunc('hour', ($2::timestamptz - interval '1 microsecond') AT TIME ZONE $3), interval '1 hour') AS local_hour)
        SELECT h.local_hour AT TIME ZONE $3 AS hour, coalesce(c.count, 0) AS count
        FROM hours h LEFT JOIN counts c USING (local_hour) ORDER BY h.local_hour`,
        [start, end, zone],
      ),
      this.db.query(
        `SELECT count(*)::int AS signals,
            count(*) FILTER (WHERE needs_reply AND first_reply_at IS NULL AND status NOT IN ('DONE', 'DISMISSED'))::int AS waiting
          FROM signals WHERE crisis AND deleted_at IS NULL AND received_at >= $1 AND received_at < $2`,
        [start, end],
      ),
      this.db.query(
        `SELECT topic_id, count(*)::int AS count FROM signals
          WHERE crisis AND deleted_at IS NULL AND topic_id IS NOT NULL AND received_at >= $1 AND received_at < $2
          GROUP BY topic_id ORDER BY count(*) DESC, topic_id LIMIT 5`,
        [start, end],
      ),
    ]);
    const found = topics.length
      ? await this.db.getRepository(Topic).findBy({ id: In(topics.map((t) => t.topic_id)) })
      : [];
    const byId = new Map(found.map((topic) => [topic.id, topic]));
    return {
      from: start,
      to: end,
      signals: totals[0]?.signals ?? 0,
      waiting: totals[0]?.waiting ?? 0,
      perHour: hours.map((h) => ({ hour: new Date(h.hour), count: h.count })),
      topTopics: topics.flatMap((t) => {
        const topic = byId.get(t.topic_id);
        return topic ? [{ topic, count: t.count }] : [];
      }),
    };
  }

  // ---- the person on call -------------------------------------------------------------------------------------

  /**
   * Outside office hours, tells whoever is on call about each urgent or overdue signal still waiting for a first
   * reply, once per signal. Answers how many signals were told about.
   */
  async alertOnCall(at: Date = new Date()): Promise<number> {
    const rules = await this.rules();
    if (isOfficeTime(at, rules.calendar)) return 0;
    const shifts = await this.onCall(at);
    const to = [...new Set(shifts.map((shift) => shift.userId))];
    if (to.length === 0) return 0;
    const waiting: { id: string; body: string; reason: 'URGENT' | 'OVERDUE' }[] = await this.db.query(
      `SELECT s.id, left(s.body, 200) AS body,
          CASE WHEN s.first_reply_due_at <= $1 THEN 'OVERDUE' ELSE 'URGENT' END AS reason
        FROM signals s
        WHERE s.needs_reply AND s.first_reply_at IS NULL AND s.status NOT IN ('DONE', 'DISMISSED')
          AND s.deleted_at IS NULL AND s.received_at <= $1
          AND ((s.priority = 'URGENT' AND s.received_at > $1::timestamptz - ${ALERT_WINDOW})
            OR (s.first_reply_due_at <= $1 AND s.first_reply_due_at > $1::timestamptz - ${ALERT_WINDOW}))
          AND NOT EXISTS (SELECT 1 FROM webcare_alerts a WHERE a.signal_id = s.id)
        ORDER BY s.first_reply_due_at NULLS LAST, s.id
        LIMIT ${ALERT_BATCH}`,
      [at],
    );
    if (waiting.length === 0) return 0;
    const claimed: { signal_id: string }[] = await this.db.query(
      `INSERT INTO webcare_alerts (signal_id, reason, user_ids, alerted_at)
        SELECT w.signal_id, w.reason, $3::uuid[], $4::timestamptz
        FROM unnest($1::uuid[], $2::varchar[]) AS w(signal_id, reason)
        ON CONFLICT (signal_id) DO NOTHING RETURNING signal_id`,
      [waiting.map((w) => w.id), waiting.map((w) => w.reason), to, at],
    );
    const told = new Set(claimed.map((row) => row.signal_id));
    for (const signal of waiting.filter((w) => told.has(w.id))) {
      await this.feed.publish({
        entityType: 'WebcareAlert',
        id: signal.id,
        kind: 'created',
        actor: null,
        notice: {
          kind: 'WEBCARE_ON_CALL',
          to,
          entityType: 'Signal',
          entityId: signal.id,
          subject: signal.body.replace(/\s+/g, ' ').trim().slice(0, 140),
          outcome: signal.reason,
        },
      });
    }
    return told.size;
  }
}
