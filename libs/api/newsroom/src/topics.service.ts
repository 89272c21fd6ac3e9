import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import {
  check,
  hasIssues,
  isUuid,
  NEWSROOM_LIMITS,
  rules,
  TOPIC_STATUSES,
  type FieldIssues,
  type TopicStatus,
} from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  updateVersioned,
  type SessionUser,
} from '@planbord/api-core';
import { Signal } from './signal.entity';
import { refreshTopics } from './signals.service';
import { Topic } from './topic.entity';

/** Topics: signals about one matter, merged so that one decision serves them all. */
@Injectable()
export class TopicsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
  ) {}

  find(id: string): Promise<Topic | null> {
    return isUuid(id) ? this.db.getRepository(Topic).findOneBy({ id }) : Promise.resolve(null);
  }

  /** Topics (open ones, or those of these statuses), the most recently active first; at most 200. */
  list(statuses: string[] | null): Promise<Topic[]> {
    const wanted = statuses?.length ? statuses : ['OPEN'];
    if (wanted.some((s) => !(TOPIC_STATUSES as readonly string[]).includes(s)))
      throw new BadInputError({ status: { code: 'invalidChoice' } });
    return this.db.getRepository(Topic).find({
      where: { status: In(wanted) },
      order: { lastSeenAt: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC' },
      take: 200,
    });
  }

  async create(actor: SessionUser, title: string, signalIds: string[]): Promise<Topic> {
    const issues = check({ title }, { title: rules.text(NEWSROOM_LIMITS.topicTitle, { required: true }) });
    // A topic may be opened before its signals come in (a diversion announced for next week); adding needs signals.
    const signals = signalIds.length > 0 ? await this.checkSignals(signalIds, issues) : [];
    if (hasIssues(issues)) throw new BadInputError(issues);
    const topic = await this.db.transaction(async (em) => {
      const created = await em.save(em.create(Topic, { title: title.trim(), status: 'OPEN', createdById: actor.id }));
      await this.attach(em, actor, created, signals);
      const after = await em.getRepository(Topic).findOneByOrFail({ id: created.id });
      await this.audit.record(em, {
        actor,
        entityType: 'Topic',
        entityId: created.id,
        action: 'create',
        after: { ...after, signalIds: signals.map((s) => s.id) },
      });
      return after;
    });
    await this.announce(actor, topic, signals, 'created');
    return topic;
  }

  /** Merges signals into a topic (moving them out of another one they were in). */
  async addSignals(actor: SessionUser, topicId: string, signalIds: string[]): Promise<Topic> {
    const before = await findOrNotFound(this.db.manager, Topic, topicId);
    const issues: FieldIssues = {};
    const signals = await this.checkSignals(signalIds, issues);
    if (hasIssues(issues)) throw new BadInputError(issues);
    const topic = await this.db.transaction(async (em) => {
      await this.attach(em, actor, before, signals);
      const after = await em.getRepository(Topic).findOneByOrFail({ id: topicId });
      await this.audit.record(em, {
        actor,
        entityType: 'Topic',
        entityId: topicId,
        action: 'addSignals',
        before,
        after: { ...after, signalIds: signals.map((s) => s.id) },
      });
      return after;
    });
    await this.announce(actor, topic, signals, 'updated');
    return topic;
  }

  /** Renames a topic, or closes (and reopens) it. */
  async update(
    actor: SessionUser,
    id: string,
    expectedVersion: number,
    input: { title?: string | null; status?: TopicStatus | null },
  ): Promise<Topic> {
    const issues = check(
      input,
      {
        title: rules.text(NEWSROOM_LIMITS.topicTitle, { required: true }),
        status: rules.oneOf(TOPIC_STATUSES, { required: true }),
      },
      true,
    );
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await findOrNotFound(this.db.manager, Topic, id);
    const topic = await this.db.transaction(async (em) => {
      const after = await updateVersioned(em, Topic, id, expectedVersion, {
        ...(input.title != null ? { title: input.title.trim() } : {}),
        ...(input.status != null ? { status: input.status } : {}),
      });
      await this.audit.record(em, { actor, entityType: 'Topic', entityId: id, action: 'update', before, after });
      return after;
    });
    await this.feed.publish({ entityType: 'Topic', id, kind: 'updated', actor });
    return topic;
  }

  private async checkSignals(signalIds: string[], issues: FieldIssues): Promise<Signal[]> {
    const unique = [...new Set(signalIds)];
    if (unique.length === 0) {
      issues.signalIds = { code: 'required' };
      return [];
    }
    if (unique.length > NEWSROOM_LIMITS.page) {
      issues.signalIds = { code: 'outOfRange', min: 1, max: NEWSROOM_LIMITS.page };
      return [];
    }
    const signals = unique.every(isUuid) ? await this.db.getRepository(Signal).findBy({ id: In(unique) }) : [];
    if (signals.length !== unique.length) issues.signalIds = { code: 'notFound' };
    return signals;
  }

  /** Puts the signals in the topic (each a new version, audited) and recounts every topic they touched. */
  private async attach(em: EntityManager, actor: SessionUser, topic: Topic, signals: Signal[]): Promise<void> {
    const moving = signals.filter((signal) => signal.topicId !== topic.id);
    for (const signal of moving) {
      const after = await updateVersioned(em, Signal, signal.id, null, { topicId: topic.id });
      await this.audit.record(em, {
        actor,
        entityType: 'Signal',
        entityId: signal.id,
        action: 'addToTopic',
        before: { topicId: signal.topicId },
        after: { topicId: after.topicId },
      });
    }
    await refreshTopics(em, [topic.id, ...moving.map((signal) => signal.topicId)]);
  }

  private async announce(actor: SessionUser, topic: Topic, signals: Signal[], kind: 'created' | 'updated') {
    await this.feed.publish(
      { entityType: 'Topic', id: topic.id, kind, actor },
      ...signals.map((signal) => ({ entityType: 'Signal', id: signal.id, kind: 'updated' as const, actor })),
    );
  }
}
