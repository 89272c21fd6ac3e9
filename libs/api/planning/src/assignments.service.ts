import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import {
  ASSIGNMENT_TRANSITIONS,
  canTransition,
  check,
  defaultEstimatedMinutes,
  hasIssues,
  isTeam,
  isUuid,
  LIMITS,
  rules,
  type AssignmentStatus,
  type FieldIssues,
} from '@planbord/domain';
import {
  assertRange,
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  updateVersioned,
  type ChangeKind,
  type Notice,
  type SessionUser,
} from '@planbord/api-core';
import { UsersService, type User } from '@planbord/api-identity';
import { Assignment } from './assignment.entity';
import type { AssignInput } from './dto/planning.input';
import { PlanningContent } from './planning-content';
import { Event } from './event.entity';
import { Rubric } from './rubric.entity';
import { Slot } from './slot.entity';

export interface WorkloadRow {
  user: User;
  minutes: number;
  capacityMinutes: number;
  conflicts: Assignment[];
}

@Injectable()
export class AssignmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly content: PlanningContent,
    private readonly users: UsersService,
  ) {}

  async assign(actor: SessionUser, input: AssignInput): Promise<Assignment> {
    const issues: FieldIssues = check(input, {
      note: rules.text(LIMITS.note),
      estimatedMinutes: rules.number(0, 10080),
    });
    const targets = [input.eventId, input.slotId, input.postId].filter(Boolean).length;
    if (targets !== 1)
      issues[input.postId ? 'postId' : 'eventId'] = { code: targets === 0 ? 'required' : 'notAllowed' };
    let minutes = input.estimatedMinutes ?? null;
    let subject = '';
    if (input.postId && !issues.postId) {
      const post = isUuid(input.postId) ? await this.content.jobTarget(input.postId) : null;
      if (!post) throw new NotFoundError('Post', input.postId);
      if (['PUBLISHED', 'CANCELLED'].includes(post.status)) throw new InvalidTransitionError(post.status, 'ASSIGNED');
      subject = post.title;
      minutes ??= defaultEstimatedMinutes(input.role);
    }
    const user = await this.users.findOne(input.userId);
    if (!user) issues.userId = { code: 'notFound' };
    else if (!user.active || !isTeam(user.role)) issues.userId = { code: 'notAllowed' };
    if (input.eventId && !issues.eventId) {
      const event = await this.db
        .getRepository(Event)
        .findOneBy({ id: input.eventId })
        .catch(() => null);
      if (!event) throw new NotFoundError('Event', input.eventId);
      if (!['PLANNED', 'REQUESTED'].includes(event.status)) throw new InvalidTransitionError(event.status, 'ASSIGNED');
      subject = event.title;
      const eventMinutes = event.allDay ? 240 : (event.endsAt.getTime() - event.startsAt.getTime()) / 60000;
      minutes ??= defaultEstimatedMinutes(input.role, eventMinutes);
    }
    if (input.slotId && !issues.slotId) {
      const slot = await this.db
        .getRepository(Slot)
        .findOneBy({ id: input.slotId })
        .catch(() => null);
      if (!slot) throw new NotFoundError('Slot', input.slotId);
      if (slot.status === 'SKIPPED') throw new InvalidTransitionError(slot.status, 'ASSIGNED');
      const rubric = slot.rubricId ? await this.db.getRepository(Rubric).findOneBy({ id: slot.rubricId }) : null;
      subject = rubric?.name ?? slot.title ?? '';
      minutes ??= defaultEstimatedMinutes(input.role, rubric?.durationMinutes ?? 30);
    }
    if (!hasIssues(issues)) {
      const duplicate = await this.db
        .getRepository(Assignment)
        .createQueryBuilder('a')
        .where("a.user_id = :user AND a.role = :role AND a.deleted_at IS NULL AND a.status <> 'DECLINED'", {
          user: input.userId,
          role: input.role,
        })
        .andWhere(
          input.eventId ? 'a.event_id = :target' : input.slotId ? 'a.slot_id = :target' : 'a.post_id = :target',
          { target: input.eventId ?? input.slotId ?? input.postId },
        )
        .getCount();
      if (duplicate) issues.userId = { code: 'taken' };
    }
    if (hasIssues(issues)) throw new BadInputError(issues);
    const assignment = await this.db.transaction(async (em) => {
      const saved = await em.save(
        em.create(Assignment, {
          role: input.role,
          status: 'PENDING',
          userId: input.userId,
          eventId: input.eventId ?? null,
          slotId: input.slotId ?? null,
          postId: input.postId ?? null,
          note: input.note?.trim() || null,
          estimatedMinutes: minutes ?? defaultEstimatedMinutes(input.role),
          assignedById: actor.id,
        }),
      );
      if (saved.slotId) await this.content.refreshSlot(em, saved.slotId);
      await this.audit.record(em, {
        actor,
        entityType: 'Assignment',
        entityId: saved.id,
        action: 'assign',
        after: saved,
      });
      return saved;
    });
    await this.publishFor(assignment, 'created', actor, {
      kind: 'ASSIGNED',
      to: [assignment.userId],
      subject,
      entityType: assignment.eventId ? 'Event' : assignment.slotId ? 'Slot' : 'Post',
      entityId: assignment.eventId ?? assignment.slotId ?? assignment.postId,
    });
    return assignment;
  }

  /** The assignee accepts or declines (with a note), or changes their mind. */
  respond(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    accept: boolean,
    note: string | null,
  ): Promise<Assignment> {
    const issues = check({ note }, { note: rules.text(LIMITS.note) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    return this.transition(actor, id, expectedVersion, accept ? 'ACCEPTED' : 'DECLINED', {
      responseNote: note?.trim() || null,
    });
  }

  markDone(actor: SessionUser, id: string, expectedVersion: number): Promise<Assignment> {
    return this.transition(actor, id, expectedVersion, 'DONE', {});
  }

  async unassign(actor: SessionUser, id: string): Promise<boolean> {
    const before = await findOrNotFound(this.db.manager, Assignment, id);
    await this.db.transaction(async (em) => {
      await em.softDelete(Assignment, { id });
      if (before.slotId) await this.content.refreshSlot(em, before.slotId);
      await this.audit.record(em, { actor, entityType: 'Assignment', entityId: id, action: 'unassign', before });
    });
    await this.publishFor(before, 'deleted', actor);
    return true;
  }

  private async transition(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    to: AssignmentStatus,
    extra: Partial<Assignment>,
  ): Promise<Assignment> {
    const before = await findOrNotFound(this.db.manager, Assignment, id);
    if (before.userId !== actor.id)
      throw new ForbiddenError({
        nl: 'Alleen wie de taak heeft, kan erop antwoorden.',
        en: 'Only the assignee can answer this job.',
      });
    if (before.version !== expectedVersion) await updateVersioned(this.db.manager, Assignment, id, expectedVersion, {});
    if (!canTransition(ASSIGNMENT_TRANSITIONS, before.status, to)) throw new InvalidTransitionError(before.status, to);
    const assignment = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, Assignment, id, expectedVersion, { status: to, ...extra });
      if (after.slotId) await this.content.refreshSlot(em, after.slotId);
      await this.audit.record(em, {
        actor,
        entityType: 'Assignment',
        entityId: id,
        action: to.toLowerCase(),
        before,
        after,
      });
      return after;
    });
    await this.publishFor(assignment, 'updated', actor);
    return assignment;
  }

  private async publishFor(
    assignment: Assignment,
    kind: ChangeKind,
    actor: SessionUser,
    notice?: Notice,
  ): Promise<void> {
    await this.feed.publish({ entityType: 'Assignment', id: assignment.id, kind, actor, notice });
    if (assignment.eventId)
      await this.feed.publish({ entityType: 'Event', id: assignment.eventId, kind: 'updated', actor });
    if (assignment.slotId)
      await this.feed.publish({ entityType: 'Slot', id: assignment.slotId, kind: 'updated', actor });
    if (assignment.postId)
      await this.feed.publish({ entityType: 'Post', id: assignment.postId, kind: 'updated', actor });
  }

  /**
   * A person's live jobs: on events that overlap the range and slots that start in it, each with its start, and all
   * their jobs on posts (whose timing publishing knows), undated.
   */
  async jobsOf(userId: string, from: Date, to: Date): Promise<{ assignment: Assignment; startsAt: Date | null }[]> {
    const rows: { id: string; starts_at: Date | null }[] = await this.db.query(
      `SELECT a.id, COALESCE(e.starts_at, s.starts_at) AS starts_at FROM assignments a
         LEFT JOIN events e ON e.id = a.event_id
         LEFT JOIN slots s ON s.id = a.slot_id
        WHERE a.user_id = $1 AND a.deleted_at IS NULL AND a.status <> 'DECLINED'
          AND ((e.starts_at < $3 AND e.ends_at > $2) OR (s.starts_at >= $2 AND s.starts_at < $3) OR a.post_id IS NOT NULL)`,
      [userId, from, to],
    );
    const found = rows.length ? await this.db.getRepository(Assignment).findBy({ id: In(rows.map((r) => r.id)) }) : [];
    const startOf = new Map(rows.map((r) => [r.id, r.starts_at]));
    return found.map((assignment) => ({ assignment, startsAt: startOf.get(assignment.id) ?? null }));
  }

  /**
   * A person's open jobs (pending or accepted) from now on, soonest first and at most 200: on events that have not
   * ended, slots that have not started nor been skipped, and posts that publishing says still wait for work.
   */
  async openOf(userId: string): Promise<Assignment[]> {
    if (!isUuid(userId)) throw new BadInputError({ userId: { code: 'notFound' } });
    const rows: { id: string; post_id: string | null; starts_at: Date | null }[] = await this.db.query(
      `SELECT a.id, a.post_id, COALESCE(e.starts_at, s.starts_at) AS starts_at FROM assignments a
         LEFT JOIN events e ON e.id = a.event_id AND e.deleted_at IS NULL
         LEFT JOIN slots s ON s.id = a.slot_id AND s.deleted_at IS NULL
        WHERE a.user_id = $1 AND a.deleted_at IS NULL AND a.status IN ('PENDING','ACCEPTED')
          AND ((e.ends_at > now() AND e.status IN ('REQUESTED','PLANNED')) OR (s.starts_at >= now() AND s.status <> 'SKIPPED') OR a.post_id IS NOT NULL)`,
      [userId],
    );
    const posts = await this.content.openJobTargets([...new Set(rows.flatMap((r) => (r.post_id ? [r.post_id] : [])))]);
    const open = rows
      .filter((r) => !r.post_id || posts.has(r.post_id))
      .map((r) => ({ id: r.id, at: r.post_id ? (posts.get(r.post_id) ?? null) : r.starts_at }))
      .sort(
        (x, y) =>
          (x.at && y.at ? x.at.getTime() - y.at.getTime() : x.at ? -1 : y.at ? 1 : 0) ||
          (x.id < y.id ? -1 : x.id > y.id ? 1 : 0),
      )
      .slice(0, 200);
    const found = open.length ? await this.db.getRepository(Assignment).findBy({ id: In(open.map((r) => r.id)) }) : [];
    const order = new Map(open.map((r, i) => [r.id, i]));
    return found.sort((x, y) => order.get(x.id)! - order.get(y.id)!);
  }

  /**
   * Per team member: estimated minutes of their live jobs in the range, their capacity for it, and their COVER jobs
   * that overlap another COVER job of theirs.
   */
  async workload(from: Date, to: Date, userIds?: string[] | null): Promise<WorkloadRow[]> {
    assertRange(from, to);
    const people = await this.users.teamMembers(userIds);
    const times: { id: string; start: Date; end: Date }[] = await this.db.query(
      `SELECT a.id, COALESCE(e.starts_at, s.starts_at) AS start,
              COALESCE(e.ends_at, s.starts_at + make_interval(mins => COALESCE(r.duration_minutes, 30))) AS "end"
         FROM assignments a
         LEFT JOIN events e ON e.id = a.event_id
         LEFT JOIN slots s ON s.id = a.slot_id
         LEFT JOIN rubrics r ON r.id = s.rubric_id
        WHERE a.deleted_at IS NULL AND a.status <> 'DECLINED'
          AND COALESCE(e.starts_at, s.starts_at) < $2 AND COALESCE(e.ends_at, s.starts_at) >= $1
          AND (e.id IS NULL OR e.status IN ('PLANNED','REQUESTED','DONE'))
          AND (s.id IS NULL OR s.status <> 'SKIPPED')`,
      [from, to],
    );
    const timeOf = new Map(times.map((t) => [t.id, t]));
    const jobs = times.length ? await this.db.getRepository(Assignment).findBy({ id: In(times.map((t) => t.id)) }) : [];
    const start = (job: Assignment) => timeOf.get(job.id)!.start;
    const end = (job: Assignment) => timeOf.get(job.id)!.end;
    const weeks = Math.max(1, (to.getTime() - from.getTime()) / (7 * 86400_000));
    return people.map((user) => {
      const mine = jobs.filter((job) => job.userId === user.id);
      const covers = mine.filter((job) => job.role === 'COVER');
      const conflicts = covers.filter((job) =>
        covers.some((other) => other !== job && start(other) < end(job) && start(job) < end(other)),
      );
      return {
        user,
        minutes: mine.reduce((sum, job) => sum + job.estimatedMinutes, 0),
        capacityMinutes: Math.round((user.weeklyHours ?? 0) * 60 * weeks),
        conflicts,
      };
    });
  }
}
