import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  check,
  checkDecision,
  hasIssues,
  isTeam,
  isUuid,
  LIMITS,
  redactAuthor,
  rules,
  TASK_ACTION_KINDS,
  type SignalStatus,
} from '@planbord/domain';
import {
  assertRange,
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  ForbiddenError,
  InvalidTransitionError,
  Jobs,
  updateVersioned,
  type DomainEvent,
  type Notice,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService, UsersService } from '@planbord/api-identity';
import { PostsService } from '@planbord/api-publishing';
import type { DecisionInput } from './dto/actions.input';
import { NewsroomAction } from './newsroom-action.entity';
import { Signal } from './signal.entity';
import { Topic } from './topic.entity';

/** The signals that are closed: a decision no longer moves them. */
const CLOSED: readonly SignalStatus[] = ['DONE', 'DISMISSED'];
const ANSWER_MAX = LIMITS.description;
/** How much of a signal's text names it in a title, a notification or the log. */
const EXCERPT = 80;

/** What a decision is about: one signal, or a topic and all its signals. */
interface Target {
  signal: Signal | null;
  topic: Topic | null;
  signals: Signal[];
}

/**
 * An SQL condition on a signal `s`: it has a MONITOR decision (on itself or on its topic) whose moment to look again
 * has come. The inbox's "to review" filter.
 */
export const TO_REVIEW_SQL = `EXISTS (SELECT 1 FROM newsroom_actions ra WHERE ra.kind = 'MONITOR' AND ra.status = 'OPEN'
  AND ra.review_at <= now() AND ra.deleted_at IS NULL AND (ra.signal_id = s.id OR (s.topic_id IS NOT NULL AND ra.topic_id = s.topic_id)))`;

/**
 * Decisions: what the newsroom does with a signal or a topic, and what each kind sets going — a draft post in the
 * calendar, a question to a department (the signal waits for the answer), a moment to look again, or a task.
 */
@Injectable()
export class ActionsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly jobs: Jobs,
    private readonly users: UsersService,
    private readonly referenceData: ReferenceDataService,
    private readonly posts: PostsService,
  ) {}

  onModuleInit(): void {
    void this.jobs.register({
      name: 'newsroom-monitor-review',
      schedule: '*/5 * * * *',
      run: () => this.bringBackReviews(),
    });
  }

  find(id: string): Promise<NewsroomAction | null> {
    return isUuid(id) ? this.db.getRepository(NewsroomAction).findOneBy({ id }) : Promise.resolve(null);
  }

  async decide(actor: SessionUser, input: DecisionInput): Promise<NewsroomAction> {
    const issues = checkDecision(input);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const target = await this.target(input);
    await this.referenceData.checkReferences(issues, {
      departmentId: { kind: 'department', ids: [input.departmentId] },
    });
    if (input.ownerId) {
      const owner = await this.users.findOne(input.ownerId);
      if (!owner || !owner.active || !isTeam(owner.role)) issues.ownerId = { code: 'notFound' };
    }
    if (hasIssues(issues)) throw new BadInputError(issues);
    const kind = input.kind;
    const next = (status: SignalStatus): SignalStatus =>
      kind === 'INFORM_COLLEAGUE' ? 'WAITING_FOR_DEPARTMENT' : status === 'NEW' ? 'IN_PROGRESS' : status;
    const isTask = (TASK_ACTION_KINDS as readonly string[]).includes(kind);

    const { action, announcePost, moved } = await this.db.transaction(async (em) => {
      const draft =
        kind === 'SOCIAL_POST'
          ? await this.posts.draftFromSignal(em, actor, {
              signalId: target.signal?.id ?? firstOf(target.signals)?.id ?? null,
              channelId: input.channelId!,
              plannedAt: input.plannedAt!,
              slotId: input.slotId ?? null,
              ...draftText(target, input.note),
              themeIds: await this.themeIdsOf(em, target),
            })
          : null;
      const saved = await em.save(
        em.create(NewsroomAction, {
          kind,
          status: 'OPEN',
          signalId: target.signal?.id ?? null,
          topicId: target.topic?.id ?? null,
          ownerId: input.ownerId ?? (isTask ? null : actor.id),
          departmentId: kind === 'INFORM_COLLEAGUE' ? input.departmentId! : null,
          dueAt: kind === 'MONITOR' || kind === 'SOCIAL_POST' ? null : (input.dueAt ?? null),
          reviewAt: kind === 'MONITOR' ? input.reviewAt! : null,
          note: input.note?.trim() || null,
          postId: draft?.post.id ?? null,
          createdById: actor.id,
        }),
      );
      await this.audit.record(em, {
        actor,
        entityType: 'NewsroomAction',
        entityId: saved.id,
        action: 'decide',
        after: saved,
      });
      const changed = await this.moveSignals(em, actor, target.signals, next);
      return { action: saved, announcePost: draft?.announce, moved: changed };
    });
    await announcePost?.();
    await this.feed.publish(
      {
        entityType: 'NewsroomAction',
        id: action.id,
        kind: 'created',
        actor,
        notice: await this.decisionNotice(action, target),
      },
      ...signalEvents(moved, actor),
    );
    return action;
  }

  /** Marks a decision done (a task with its result); a question closed this way lets its signals go on. */
  async complete(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    result: string | null | undefined,
  ): Promise<NewsroomAction> {
    const before = await this.current(id, expectedVersion);
    if (before.status !== 'OPEN') throw new InvalidTransitionError(before.status, 'DONE');
    const isTask = (TASK_ACTION_KINDS as readonly string[]).includes(before.kind);
    const issues = check({ result }, { result: rules.text(LIMITS.note, { required: isTask }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const { action, moved } = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, NewsroomAction, id, expectedVersion, {
        status: 'DONE',
        result: result?.trim() || null,
        completedAt: new Date(),
      });
      await this.audit.record(em, {
        actor,
        entityType: 'NewsroomAction',
        entityId: id,
        action: 'complete',
        before,
        after,
      });
      const released = before.kind === 'INFORM_COLLEAGUE' ? await this.release(em, actor, after) : [];
      return { action: after, moved: released };
    });
    await this.feed.publish(
      { entityType: 'NewsroomAction', id, kind: 'updated', actor },
      ...signalEvents(moved, actor),
    );
    return action;
  }

  /**
   * A department's answer to the newsroom's question, by one of its own people (or by the team, who took it on the
   * phone): it closes the question, and the signals that waited for it are IN_PROGRESS again for someone to follow up.
   */
  async answer(actor: SessionUser, id: string, expectedVersion: number, answer: string): Promise<NewsroomAction> {
    const before = await this.current(id, expectedVersion);
    if (!isTeam(actor.role) && !(await this.inDepartment(actor, before.departmentId))) throw new ForbiddenError();
    if (before.kind !== 'INFORM_COLLEAGUE') throw new BadInputError({ id: { code: 'notAllowed' } });
    if (before.status !== 'OPEN') throw new InvalidTransitionError(before.status, 'DONE');
    const issues = check({ answer }, { answer: rules.text(ANSWER_MAX, { required: true }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const now = new Date();
    const { action, moved } = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, NewsroomAction, id, expectedVersion, {
        status: 'DONE',
        answer: answer.trim(),
        answeredById: actor.id,
        answeredAt: now,
        completedAt: now,
      });
      await this.audit.record(em, {
        actor,
        entityType: 'NewsroomAction',
        entityId: id,
        action: 'answer',
        before,
        after,
      });
      return { action: after, moved: await this.release(em, actor, after) };
    });
    const about = action.topicId
      ? { entityType: 'Topic', entityId: action.topicId }
      : { entityType: 'Signal', entityId: action.signalId };
    await this.feed.publish(
      {
        entityType: 'NewsroomAction',
        id,
        kind: 'updated',
        actor,
        notice: {
          kind: 'QUESTION_ANSWERED',
          to: [action.createdById, action.ownerId],
          ...about,
          subject: excerpt(action.note ?? ''),
        },
      },
      ...signalEvents(moved, actor),
    );
    return action;
  }

  /**
   * The newsroom's questions to the department of the person asking: open ones first, soonest due, then the answered
   * ones, newest first (at most 200). Someone in no department has none.
   */
  async departmentQuestions(actor: SessionUser): Promise<NewsroomAction[]> {
    const user = await this.users.findOne(actor.id);
    if (!user?.departmentId) return [];
    return this.db
      .getRepository(NewsroomAction)
      .createQueryBuilder('a')
      .where("a.kind = 'INFORM_COLLEAGUE' AND a.department_id = :department", { department: user.departmentId })
      .orderBy(`CASE WHEN a.status = 'OPEN' THEN 0 ELSE 1 END`)
      .addOrderBy(`CASE WHEN a.status = 'OPEN' THEN a.due_at END`, 'ASC')
      .addOrderBy('a.completed_at', 'DESC', 'NULLS LAST')
      .take(200)
      .getMany();
  }

  /** The decisions taken in a period (the day's besluitenlijst), in the order they were taken (at most 500). */
  newsroomLog(from: Date, to: Date): Promise<NewsroomAction[]> {
    assertRange(from, to);
    return this.db
      .getRepository(NewsroomAction)
      .createQueryBuilder('a')
      .where('a.created_at >= :from AND a.created_at < :to', { from, to })
      .orderBy('a.created_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .take(500)
      .getMany();
  }

  /**
   * Brings back every MONITOR decision whose moment has come, once: its owner (or whoever decided) is notified, and
   * its signals show in the inbox's "to review" filter until the decision is completed. Answers how many came back.
   */
  async bringBackReviews(): Promise<number> {
    const due: Pick<NewsroomAction, 'id' | 'ownerId' | 'createdById' | 'signalId' | 'topicId' | 'note'>[] = (
      await this.db.query(
        `UPDATE newsroom_actions SET review_notified_at = now()
          WHERE kind = 'MONITOR' AND status = 'OPEN' AND review_at <= now() AND review_notified_at IS NULL AND deleted_at IS NULL
          RETURNING id, owner_id AS "ownerId", created_by_id AS "createdById", signal_id AS "signalId", topic_id AS "topicId", note`,
      )
    )[0];
    const events: DomainEvent[] = [];
    for (const action of due) {
      const target = await this.subjectOf(action);
      events.push({
        entityType: 'NewsroomAction',
        id: action.id,
        kind: 'updated',
        notice: {
          kind: 'MONITOR_DUE',
          to: [action.ownerId ?? action.createdById],
          entityType: action.topicId ? 'Topic' : 'Signal',
          entityId: action.topicId ?? action.signalId,
          subject: action.note ? excerpt(action.note) : target,
        },
      });
    }
    await this.feed.publish(...events);
    return due.length;
  }

  private async target(input: DecisionInput): Promise<Target> {
    if (input.signalId) {
      const signal = isUuid(input.signalId)
        ? await this.db.getRepository(Signal).findOneBy({ id: input.signalId })
        : null;
      if (!signal) throw new BadInputError({ signalId: { code: 'notFound' } });
      if (CLOSED.includes(signal.status)) throw new InvalidTransitionError(signal.status, 'IN_PROGRESS');
      return { signal, topic: null, signals: [signal] };
    }
    const topic = isUuid(input.topicId ?? '')
      ? await this.db.getRepository(Topic).findOneBy({ id: input.topicId! })
      : null;
    if (!topic) throw new BadInputError({ topicId: { code: 'notFound' } });
    const signals = await this.db
      .getRepository(Signal)
      .createQueryBuilder('s')
      .where('s.topic_id = :topic', { topic: topic.id })
      .orderBy('s.received_at', 'ASC')
      .getMany();
    return { signal: null, topic, signals: signals.filter((s) => !CLOSED.includes(s.status)) };
  }

  /** The themes a post about the target carries: the signal's own, or those of the topic's signals. */
  private async themeIdsOf(em: EntityManager, target: Target): Promise<string[]> {
    const rows: { theme_id: string }[] = target.topic
      ? await em.query(
          'SELECT DISTINCT t.theme_id FROM signal_themes t JOIN signals s ON s.id = t.signal_id WHERE s.topic_id = $1',
          [target.topic.id],
        )
      : await em.query('SELECT theme_id FROM signal_themes WHERE signal_id = $1', [target.signal!.id]);
    return rows.map((row) => row.theme_id);
  }

  /** Moves each open signal to the status the decision gives it, audited; answers the ones that changed. */
  private async moveSignals(
    em: EntityManager,
    actor: SessionUser,
    signals: Signal[],
    next: (status: SignalStatus) => SignalStatus,
  ): Promise<Signal[]> {
    const moved: Signal[] = [];
    for (const before of signals) {
      const status = next(before.status);
      if (status === before.status) continue;
      const after = await updateVersioned(em, Signal, before.id, null, { status });
      await this.audit.record(em, {
        actor,
        entityType: 'Signal',
        entityId: before.id,
        action: 'status',
        before,
        after,
      });
      moved.push(after);
    }
    return moved;
  }

  /** The signals a closed question held back, unless another open question still holds them. */
  private async release(em: EntityManager, actor: SessionUser, action: NewsroomAction): Promise<Signal[]> {
    const waiting = await em
      .getRepository(Signal)
      .createQueryBuilder('s')
      .where('(s.id = :signal OR s.topic_id = :topic)', { signal: action.signalId, topic: action.topicId })
      .andWhere("s.status = 'WAITING_FOR_DEPARTMENT'")
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM newsroom_actions q WHERE q.kind = 'INFORM_COLLEAGUE' AND q.status = 'OPEN'
          AND q.id <> :action AND q.deleted_at IS NULL AND (q.signal_id = s.id OR (s.topic_id IS NOT NULL AND q.topic_id = s.topic_id)))`,
        { action: action.id },
      )
      .getMany();
    return this.moveSignals(em, actor, waiting, () => 'IN_PROGRESS');
  }

  private async decisionNotice(action: NewsroomAction, target: Target): Promise<Notice | undefined> {
    if (action.kind === 'INFORM_COLLEAGUE' && action.departmentId)
      return {
        kind: 'NEWSROOM_QUESTION',
        to: await this.users.activeIdsInDepartment(action.departmentId, ['LIAISON']),
        entityType: 'NewsroomAction',
        entityId: action.id,
        // The question, never the resident's words: those may name them.
        subject: excerpt(action.note ?? ''),
      };
    if ((TASK_ACTION_KINDS as readonly string[]).includes(action.kind) && action.ownerId)
      return {
        kind: 'ASSIGNED',
        to: [action.ownerId],
        entityType: target.topic ? 'Topic' : 'Signal',
        entityId: target.topic?.id ?? target.signal?.id ?? null,
        subject: target.topic?.title ?? (target.signal ? residentText(target.signal) : ''),
      };
    return undefined;
  }

  private async subjectOf(action: { signalId: string | null; topicId: string | null }): Promise<string> {
    if (action.topicId) return (await this.db.getRepository(Topic).findOneBy({ id: action.topicId }))?.title ?? '';
    const signal = action.signalId ? await this.db.getRepository(Signal).findOneBy({ id: action.signalId }) : null;
    return signal ? residentText(signal) : '';
  }

  private async inDepartment(actor: SessionUser, departmentId: string | null): Promise<boolean> {
    if (!departmentId) return false;
    return (await this.users.findOne(actor.id))?.departmentId === departmentId;
  }

  private async current(id: string, expectedVersion: number): Promise<NewsroomAction> {
    const action = await findOrNotFound(this.db.manager, NewsroomAction, id);
    if (action.version !== expectedVersion)
      await updateVersioned(this.db.manager, NewsroomAction, id, expectedVersion, {});
    return action;
  }
}

function firstOf<T>(list: T[]): T | undefined {
  return list[0];
}

function signalEvents(signals: Signal[], actor: SessionUser): DomainEvent[] {
  return signals.map((signal) => ({ entityType: 'Signal', id: signal.id, kind: 'updated' as const, actor }));
}

/** The start of what a resident said, without their name or handle: a notification outlives an erasure. */
function residentText(signal: Signal): string {
  return excerpt(redactAuthor(signal.body, [signal.authorName, signal.authorHandle]));
}

/** The start of a text, on a word boundary, for a title or a notification. */
export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The title and text a decided post starts with: the decision's note when there is one (its first line the title),
 * else the topic's title or the start of the signal, without the resident's name or handle.
 */
function draftText(target: Target, note: string | null | undefined): { title: string; body: string } {
  const about = target.topic
    ? target.topic.title
    : redactAuthor(target.signal!.body, [target.signal!.authorName, target.signal!.authorHandle]);
  const text = note?.trim() || about;
  const firstLine = text.split('\n')[0];
  return { title: excerpt(firstLine, LIMITS.title), body: text };
}
