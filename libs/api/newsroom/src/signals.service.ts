import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  canTransitionSignal,
  check,
  checkSignal,
  hasIssues,
  LIMITS,
  rules,
  statusAfterTriage,
  isUuid,
  NEWSROOM_LIMITS,
  type FieldIssues,
  type Priority,
  type SignalSource,
  type SignalStatus,
} from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  InvalidTransitionError,
  Outbox,
  updateVersioned,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService, UsersService } from '@planbord/api-identity';
import { CrisisService } from '@planbord/api-publishing';
import { TO_REVIEW_SQL } from './actions.service';
import type { SignalFilter, SignalTriageInput } from './dto/signal.input';
import type { SignalConnection } from './newsroom.types';
import { Signal } from './signal.entity';
import { Topic } from './topic.entity';
import { ThemeRulesService } from './theme-rules.service';

/** One incoming signal, whichever way it came in (by hand, webhook, feed, file). */
export interface IncomingSignal {
  source: SignalSource;
  externalId?: string | null;
  channelId?: string | null;
  url?: string | null;
  authorName?: string | null;
  authorHandle?: string | null;
  body: string;
  receivedAt?: Date | string | null;
  themeIds?: string[] | null;
  neighbourhood?: string | null;
  needsReply?: boolean | null;
  priority?: Priority | null;
}

export interface IngestOptions {
  /** The automatic source it came from; none for manual entry and file imports. */
  ingestSourceId?: string | null;
}

export interface IngestResult {
  /** The signals stored now, in the order given. */
  accepted: Signal[];
  /** How many were already there (same external id from the same source, also within the batch). */
  duplicates: number;
  /** The inputs refused, by their index in the batch, with each field's problem. */
  rejected: { index: number; fields: FieldIssues }[];
}

/** When a new signal is due for its first reply, given whether it arrived in a crisis. */
export type DueTimeRule = (
  signal: { source: SignalSource; receivedAt: Date; needsReply: boolean },
  crisis: boolean,
) => Date | null;

/** Webcare decides due times: it reads its rules (norms, office hours, crisis norm) once for a batch. */
export type ArrivalRule = () => Promise<DueTimeRule>;

const SEARCH_PROBE = 1000;

@Injectable()
export class SignalsService {
  private arrivalRule: ArrivalRule | null = null;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly referenceData: ReferenceDataService,
    private readonly crisis: CrisisService,
    private readonly themeRules: ThemeRulesService,
    private readonly users: UsersService,
    private readonly outbox: Outbox,
  ) {}

  /** Webcare sets the first-reply due time of arriving signals (response norms, office hours, crisis norm). */
  setArrivalRule(rule: ArrivalRule): void {
    this.arrivalRule = rule;
  }

  find(id: string): Promise<Signal | null> {
    return isUuid(id) ? this.db.getRepository(Signal).findOneBy({ id }) : Promise.resolve(null);
  }

  /** A signal entered by hand: one that does not pass is BAD_USER_INPUT with its fields. */
  async record(actor: SessionUser, input: IncomingSignal): Promise<Signal> {
    const { accepted, rejected } = await this.ingest(actor, [input]);
    if (rejected.length) throw new BadInputError(rejected[0].fields);
    return accepted[0];
  }

  /**
   * Stores a batch of signals in one transaction, once each: an external id already seen from the same source is a
   * duplicate, not an error. Theme rules make their suggestions, webcare its due time, a crisis marks them; the batch
   * is audited and each new signal announced after commit. Inputs with problems are returned, the rest stored.
   */
  async ingest(
    actor: SessionUser | null,
    inputs: readonly IncomingSignal[],
    options: IngestOptions = {},
  ): Promise<IngestResult> {
    if (inputs.length > NEWSROOM_LIMITS.batch)
      throw new BadInputError({ signals: { code: 'outOfRange', min: 1, max: NEWSROOM_LIMITS.batch } });
    const now = new Date();
    const rejected: IngestResult['rejected'] = [];
    const valid: { index: number; input: IncomingSignal }[] = [];
    for (const [index, input] of inputs.entries()) {
      const fields = checkSignal(input, now);
      if (hasIssues(fields)) rejected.push({ index, fields });
      else valid.push({ index, input });
    }
    await this.checkReferences(valid, rejected);
    const good = valid.filter(({ index }) => !rejected.some((r) => r.index === index));
    rejected.sort((a, b) => a.index - b.index);
    if (good.length === 0) return { accepted: [], duplicates: 0, rejected };

    // The crisis state, the theme rules and webcare's rules are read side by side.
    const [{ active: crisis }, suggestions, dueTime] = await Promise.all([
      this.crisis.state(),
      this.themeRules.suggest(good.map(({ input }) => input.body.trim())),
      this.arrivalRule ? this.arrivalRule() : null,
    ]);
    const rows = good.map(({ input }) => ({
      id: randomUUID() as string,
      source: input.source,
      channelId: input.channelId || null,
      ingestSourceId: options.ingestSourceId ?? null,
      externalId: input.externalId?.trim() || null,
      url: input.url?.trim() || null,
      authorName: input.authorName?.trim() || null,
      authorHandle: input.authorHandle?.trim() || null,
      body: input.body.trim(),
      receivedAt: input.receivedAt ? new Date(input.receivedAt) : now,
      neighbourhood: input.neighbourhood?.trim() || null,
      needsReply: input.needsReply ?? true,
      priority: input.priority ?? 'NORMAL',
      crisis,
      createdById: options.ingestSourceId ? null : (actor?.id ?? null),
    }));

    const accepted = await this.db.transaction(async (em) => {
      const inserted = await em
        .createQueryBuilder()
        .insert()
        .into(Signal)
        .values(
          rows.map((row, i) => ({
            ...row,
            suggestions: suggestions[i],
            firstReplyDueAt: row.needsReply && dueTime ? dueTime(row, crisis) : null,
          })),
        )
        .orIgnore()
        // The stored rows come back with the insert, named as the entity's properties: no second read.
        .returning(
          em.connection
            .getMetadata(Signal)
            .columns.map((c) => `${c.databaseName} AS "${c.propertyName}"`)
            .join(', '),
        )
        .updateEntity(false)
        .execute();
      const stored = em.create(Signal, inserted.raw as Partial<Signal>[]);
      const ids = new Set(stored.map((s) => s.id));
      const links = good.flatMap(({ input }, i) =>
        ids.has(rows[i].id as string) ? [...new Set(input.themeIds ?? [])].map((themeId) => [rows[i].id, themeId]) : [],
      );
      if (links.length)
        await em.query('INSERT INTO signal_themes (signal_id, theme_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])', [
          links.map((l) => l[0]),
          links.map((l) => l[1]),
        ]);
      const order = new Map(rows.map((row, i) => [row.id, i]));
      stored.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
      await this.recordArrival(em, actor, stored, options);
      await this.outbox.add(em, 'signal.received', () => stored.map(signalMessage));
      await this.outbox.add(em, 'signal.urgent', () =>
        stored.filter((signal) => signal.priority === 'URGENT').map(signalMessage),
      );
      return stored;
    });
    await this.feed.publish(
      ...accepted.map((signal) => ({
        entityType: 'Signal',
        id: signal.id,
        kind: 'created' as const,
        actor: actor ? { id: actor.id, name: actor.name } : null,
      })),
    );
    return { accepted, duplicates: good.length - accepted.length, rejected };
  }

  /** A signal entered by hand is audited with its state; an automatic batch with one entry naming what came in. */
  private async recordArrival(
    em: EntityManager,
    actor: SessionUser | null,
    stored: Signal[],
    options: IngestOptions,
  ): Promise<void> {
    if (stored.length === 0) return;
    if (stored.length === 1 && !options.ingestSourceId) {
      await this.audit.record(em, {
        actor,
        entityType: 'Signal',
        entityId: stored[0].id,
        action: 'create',
        after: stored[0],
      });
      return;
    }
    await this.audit.record(em, {
      actor,
      entityType: 'Signal',
      entityId: null,
      action: 'ingest',
      after: { ingestSourceId: options.ingestSourceId ?? null, signalIds: stored.map((s) => s.id) },
    });
  }

  private async checkReferences(
    valid: { index: number; input: IncomingSignal }[],
    rejected: IngestResult['rejected'],
  ): Promise<void> {
    const themeIds = [...new Set(valid.flatMap(({ input }) => input.themeIds ?? []))];
    const channelIds = [...new Set(valid.map(({ input }) => input.channelId).filter((id): id is string => !!id))];
    if (themeIds.length === 0 && channelIds.length === 0) return;
    // Checked for the batch at once; only when something is missing is each input looked at by itself.
    const batch: FieldIssues = {};
    await this.referenceData.checkReferences(batch, {
      themeIds: { kind: 'theme', ids: themeIds },
      channelId: { kind: 'channel', ids: channelIds },
    });
    if (!hasIssues(batch)) return;
    for (const { index, input } of valid) {
      const fields: FieldIssues = {};
      await this.referenceData.checkReferences(fields, {
        themeIds: { kind: 'theme', ids: input.themeIds },
        channelId: { kind: 'channel', ids: [input.channelId] },
      });
      if (hasIssues(fields)) rejected.push({ index, fields });
    }
  }

  /**
   * Someone works on a signal: confirms or corrects its themes, sets sentiment, priority, neighbourhood, assignee,
   * topic, or that it needs no reply. A NEW signal is then IN_PROGRESS.
   */
  async triage(actor: SessionUser, id: string, expectedVersion: number, input: SignalTriageInput): Promise<Signal> {
    const before = await this.current(id, expectedVersion);
    const issues = check(
      input,
      {
        neighbourhood: rules.text(NEWSROOM_LIMITS.neighbourhood),
        sentiment: rules.oneOf(['POSITIVE', 'NEUTRAL', 'NEGATIVE']),
        priority: rules.oneOf(['LOW', 'NORMAL', 'HIGH', 'URGENT']),
      },
      true,
    );
    if (input.priority === null) issues.priority = { code: 'required' };
    if (input.needsReply === null) issues.needsReply = { code: 'required' };
    await this.referenceData.checkReferences(issues, { themeIds: { kind: 'theme', ids: input.themeIds } });
    if (input.assigneeId && !issues.assigneeId) {
      const [member] = isUuid(input.assigneeId) ? await this.users.teamMembers([input.assigneeId]) : [];
      if (!member) issues.assigneeId = { code: 'notFound' };
    }
    if (
      input.topicId &&
      !(isUuid(input.topicId) && (await this.db.getRepository(Topic).existsBy({ id: input.topicId })))
    )
      issues.topicId = { code: 'notFound' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const status = statusAfterTriage(before.status);
    // A signal that turns out to need a reply gets the due time it would have had on arrival.
    const firstReplyDueAt =
      input.needsReply && !before.firstReplyDueAt && this.arrivalRule
        ? (await this.arrivalRule())(
            { source: before.source, receivedAt: new Date(before.receivedAt), needsReply: true },
            before.crisis,
          )
        : null;
    return this.write(actor, 'triage', before, async (em) => {
      const signal = await updateVersioned(em, Signal, id, expectedVersion, {
        ...(input.sentiment !== undefined ? { sentiment: input.sentiment } : {}),
        ...(input.priority != null ? { priority: input.priority } : {}),
        ...(input.needsReply != null ? { needsReply: input.needsReply } : {}),
        ...(firstReplyDueAt ? { firstReplyDueAt } : {}),
        ...(input.assigneeId !== undefined ? { assigneeId: input.assigneeId || null } : {}),
        ...(input.neighbourhood !== undefined ? { neighbourhood: input.neighbourhood?.trim() || null } : {}),
        ...(input.topicId !== undefined ? { topicId: input.topicId || null } : {}),
        status,
      });
      if (input.themeIds != null) await this.setThemes(em, id, input.themeIds);
      if (input.topicId !== undefined && input.topicId !== before.topicId)
        await refreshTopics(em, [before.topicId, signal.topicId]);
      if (signal.priority === 'URGENT' && before.priority !== 'URGENT')
        await this.outbox.add(em, 'signal.urgent', () => signalMessage(signal));
      return signal;
    });
  }

  /** Sets aside what needs nothing from the newsroom (spam, a duplicate, off-topic), with the reason why. */
  async dismiss(actor: SessionUser, id: string, expectedVersion: number, reason: string): Promise<Signal> {
    const issues = check({ reason }, { reason: rules.text(LIMITS.reason, { required: true }) });
    if (hasIssues(issues)) throw new BadInputError(issues);
    const before = await this.current(id, expectedVersion);
    this.assertTransition(before.status, 'DISMISSED');
    return this.write(actor, 'dismiss', before, (em) =>
      updateVersioned(em, Signal, id, expectedVersion, { status: 'DISMISSED', dismissReason: reason.trim() }),
    );
  }

  /** A person marks a signal handled; nothing closes one by itself. */
  async complete(actor: SessionUser, id: string, expectedVersion: number): Promise<Signal> {
    const before = await this.current(id, expectedVersion);
    this.assertTransition(before.status, 'DONE');
    return this.write(actor, 'complete', before, (em) =>
      updateVersioned(em, Signal, id, expectedVersion, { status: 'DONE' }),
    );
  }

  /** Replaces a signal's confirmed themes (ids checked by the caller). */
  private async setThemes(em: EntityManager, signalId: string, themeIds: readonly string[]): Promise<void> {
    await em.query('DELETE FROM signal_themes WHERE signal_id = $1', [signalId]);
    const unique = [...new Set(themeIds)];
    if (unique.length)
      await em.query('INSERT INTO signal_themes (signal_id, theme_id) SELECT $1, unnest($2::uuid[])', [
        signalId,
        unique,
      ]);
  }

  private async current(id: string, expectedVersion: number): Promise<Signal> {
    const signal = await findOrNotFound(this.db.manager, Signal, id);
    if (signal.version !== expectedVersion) await updateVersioned(this.db.manager, Signal, id, expectedVersion, {});
    return signal;
  }

  private assertTransition(from: SignalStatus, to: SignalStatus): void {
    if (!canTransitionSignal(from, to)) throw new InvalidTransitionError(from, to);
  }

  /** A change of one signal: in one transaction with its audit entry; announced after commit. */
  private async write(
    actor: SessionUser,
    action: string,
    before: Signal,
    change: (em: EntityManager) => Promise<Signal>,
  ): Promise<Signal> {
    const signal = await this.db.transaction(async (em) => {
      const after = await change(em);
      await this.audit.record(em, { actor, entityType: 'Signal', entityId: after.id, action, before, after });
      return after;
    });
    await this.feed.publish({ entityType: 'Signal', id: signal.id, kind: 'updated', actor });
    return signal;
  }

  /**
   * A page of signals, newest first, by an opaque cursor on (receivedAt, id). The count is made only when asked for.
   */
  async list(
    filter: SignalFilter | null | undefined,
    first: number | null,
    after: string | null,
  ): Promise<SignalConnection> {
    if (first != null && (!Number.isInteger(first) || first < 1 || first > NEWSROOM_LIMITS.page))
      throw new BadInputError({ first: { code: 'outOfRange', min: 1, max: NEWSROOM_LIMITS.page } });
    const take = first ?? 50;
    const cursor = after ? decodeCursor(after) : null;
    const where = await this.filtered(filter ?? {});
    const page = where
      .clone()
      .addSelect(`to_char(s.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'cursor_at');
    if (cursor)
      page.andWhere('(s.received_at, s.id) < (:at::timestamptz, :cursorId::uuid)', {
        at: cursor.at,
        cursorId: cursor.id,
      });
    const { entities, raw } = await page
      .orderBy('s.received_at', 'DESC')
      .addOrderBy('s.id', 'DESC')
      .limit(take + 1)
      .getRawAndEntities<{ cursor_at: string; s_id: string }>();
    const nodes = entities.slice(0, take);
    const last = nodes.at(-1);
    const lastRaw = last ? raw.find((r) => r.s_id === last.id) : undefined;
    return {
      nodes,
      hasNextPage: entities.length > take,
      endCursor: last && lastRaw ? encodeCursor(lastRaw.cursor_at, last.id) : null,
      count: async () => {
        const row = await where.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
        return row?.n ?? 0;
      },
    };
  }

  /** The query of a filter, without order or page. */
  private async filtered(filter: SignalFilter): Promise<SelectQueryBuilder<Signal>> {
    const issues: FieldIssues = {};
    for (const field of ['assigneeId', 'topicId'] as const)
      if (filter[field] && !isUuid(filter[field])) issues[field] = { code: 'invalidId' };
    if (filter.themeIds?.some((id) => !isUuid(id))) issues.themeIds = { code: 'invalidId' };
    if (filter.search && filter.search.length > NEWSROOM_LIMITS.search)
      issues.search = { code: 'tooLong', max: NEWSROOM_LIMITS.search };
    if (filter.from && filter.to && filter.to <= filter.from) issues.to = { code: 'endBeforeStart' };
    if (hasIssues(issues)) throw new BadInputError(issues);

    const q = this.db.getRepository(Signal).createQueryBuilder('s');
    if (filter.status?.length) q.andWhere('s.status IN (:...status)', { status: filter.status });
    if (filter.sources?.length) q.andWhere('s.source IN (:...sources)', { sources: filter.sources });
    if (filter.sentiment?.length) q.andWhere('s.sentiment IN (:...sentiment)', { sentiment: filter.sentiment });
    if (filter.themeIds?.length)
      q.andWhere('EXISTS (SELECT 1 FROM signal_themes t WHERE t.signal_id = s.id AND t.theme_id IN (:...themeIds))', {
        themeIds: filter.themeIds,
      });
    if (filter.assigneeId) q.andWhere('s.assignee_id = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.topicId) q.andWhere('s.topic_id = :topicId', { topicId: filter.topicId });
    if (filter.needsReply != null) q.andWhere('s.needs_reply = :needsReply', { needsReply: filter.needsReply });
    if (filter.crisis != null) q.andWhere('s.crisis = :crisis', { crisis: filter.crisis });
    if (filter.neighbourhood?.trim())
      q.andWhere('lower(s.neighbourhood) = lower(:neighbourhood)', { neighbourhood: filter.neighbourhood.trim() });
    if (filter.from) q.andWhere('s.received_at >= :from', { from: filter.from });
    if (filter.to) q.andWhere('s.received_at < :to', { to: filter.to });
    if (filter.overdue != null) {
      const overdue = `(s.needs_reply AND s.first_reply_at IS NULL AND coalesce(s.first_reply_due_at < now(), false)
        AND s.status NOT IN ('DONE', 'DISMISSED'))`;
      q.andWhere(filter.overdue ? overdue : `NOT ${overdue}`);
    }
    if (filter.toReview != null) q.andWhere(filter.toReview ? TO_REVIEW_SQL : `NOT ${TO_REVIEW_SQL}`);
    if (filter.search?.trim()) await this.searchFor(q, filter.search.trim());
    return q;
  }

  /**
   * Dutch full text over the stored `search` vector. Walking the date index and testing each row is fast for a word
   * that many signals contain (the first page is found among the newest rows) but reads the whole table for a word
   * that few or none contain; the GIN index is the other way round (a common word gives a huge bitmap to sort). So
   * the GIN index is asked first for at most SEARCH_PROBE matches: when there are fewer, those are all of them and
   * the page is sorted from just those rows; when there are more, the word is common and the date order finds the
   * page quickly.
   */
  private async searchFor(q: SelectQueryBuilder<Signal>, search: string): Promise<void> {
    const probe: { id: string }[] = await this.db.query(
      `SELECT id FROM signals WHERE search @@ websearch_to_tsquery('dutch', $1) AND deleted_at IS NULL LIMIT ${SEARCH_PROBE + 1}`,
      [search],
    );
    if (probe.length === 0) {
      // Only words Dutch search leaves out ("de", "het", "en"): there is nothing to search for, so nothing narrows.
      const [{ nodes }] = await this.db.query(`SELECT numnode(websearch_to_tsquery('dutch', $1)) AS nodes`, [search]);
      if (nodes === 0) return;
    }
    if (probe.length <= SEARCH_PROBE) q.andWhere('s.id = ANY(:hits)', { hits: probe.map((row) => row.id) });
    else q.andWhere(`s.search @@ websearch_to_tsquery('dutch', :search)`, { search });
  }
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(`${at}|${id}`).toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  if (!at || !id || !isUuid(id) || Number.isNaN(new Date(at).getTime()))
    throw new BadInputError({ after: { code: 'invalidChoice' } });
  return { at, id };
}

/** Recounts the signals of topics (after signals joined or left them): count, first and last seen. */
export async function refreshTopics(
  em: EntityManager,
  topicIds: readonly (string | null | undefined)[],
): Promise<void> {
  const ids = [...new Set(topicIds.filter((id): id is string => !!id))];
  if (ids.length === 0) return;
  await em.query(
    `UPDATE topics t SET signal_count = coalesce(x.n, 0), first_seen_at = x.first, last_seen_at = x.last, updated_at = now()
     FROM (SELECT id FROM unnest($1::uuid[]) AS id) wanted
     LEFT JOIN LATERAL (SELECT count(*)::int AS n, min(received_at) AS first, max(received_at) AS last
       FROM signals s WHERE s.topic_id = wanted.id AND s.deleted_at IS NULL) x ON true
     WHERE t.id = wanted.id`,
    [ids],
  );
}

/**
 * What outbound webhooks tell of a signal: where it came from and what it is about, with a link back. The resident's
 * name and handle stay in Planbord.
 */
function signalMessage(signal: Signal): Record<string, unknown> {
  return {
    id: signal.id,
    source: signal.source,
    subject: signal.body.slice(0, 200),
    priority: signal.priority,
    receivedAt: new Date(signal.receivedAt).toISOString(),
    url: signal.url,
    link: `/nieuwsroom?signaal=${signal.id}`,
  };
}
