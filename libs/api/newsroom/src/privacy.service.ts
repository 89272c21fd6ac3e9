import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { check, hasIssues, NEWSROOM_LIMITS, redactAuthor, rules, type SignalSource } from '@planbord/domain';
import {
  APP_CONFIG,
  AuditService,
  BadInputError,
  ChangeFeed,
  Jobs,
  updateVersioned,
  type AppConfig,
  type SessionUser,
} from '@planbord/api-core';
import { Signal } from './signal.entity';

/** The newsroom's entities whose recorded history can hold a resident's name or handle. */
const HISTORY_TYPES = ['Signal', 'Reply', 'NewsroomAction', 'Topic'];
/** Signals anonymised per transaction by the retention job. */
const BATCH = 200;
const AUTHOR_FIELDS = new Set(['authorName', 'authorHandle']);

/**
 * Residents' personal data in the newsroom (AVG): erased on request, and after the retention period, from signals,
 * their replies and the history of both. The signals themselves stay, so every count in reports stays the same.
 */
@Injectable()
export class PrivacyService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    void this.jobs.register({
      name: 'newsroom-signal-retention',
      schedule: '20 2 * * *',
      run: () => this.applyRetention(),
    });
  }

  /**
   * Anonymises every signal of the author with this handle (on one source, or on all): their name and handle go,
   * also where the signals' texts, their replies and the history name them. Answers how many signals. The erasure is
   * itself in the history, without the handle it was asked for.
   */
  async eraseResidentData(actor: SessionUser, authorHandle: string, source: SignalSource | null): Promise<number> {
    const issues = check(
      { authorHandle },
      { authorHandle: rules.text(NEWSROOM_LIMITS.author, { required: true, min: 2 }) },
    );
    if (hasIssues(issues)) throw new BadInputError(issues);
    const handle = authorHandle.trim().replace(/^@/, '');
    // A phone or counter note has a name and no handle: the name given is matched too, as it was written.
    const theirs = '(lower(s.author_handle) IN (lower(:handle), lower(:at)) OR lower(s.author_name) = lower(:name))';
    const names = { handle, at: `@${handle}`, name: authorHandle.trim() };
    const query = this.db.getRepository(Signal).createQueryBuilder('s').where(theirs, names);
    if (source) query.andWhere('s.source = :source', { source });
    const signals = await query.getMany();
    if (signals.length === 0) return 0;
    // The same person's signals on other sources keep their author, and their history with it.
    const kept = source
      ? await this.db
          .getRepository(Signal)
          .createQueryBuilder('s')
          .select('s.id')
          .where(theirs, names)
          .andWhere('s.source <> :source', { source })
          .getMany()
      : [];
    // Whatever name the author went by on any of these signals is theirs, and goes from all of them.
    const identities = [handle, ...signals.flatMap((s) => [s.authorName, s.authorHandle])];
    await this.db.transaction(async (em) => {
      await this.anonymise(em, signals, () => identities, {
        searchHistory: true,
        keptIds: kept.map((s) => s.id),
      });
      await this.audit.record(em, {
        actor,
        entityType: 'Signal',
        entityId: null,
        action: 'eraseResidentData',
        after: { source, signalIds: signals.map((s) => s.id) },
      });
    });
    await this.announce(signals, actor, identities);
    return signals.length;
  }

  /**
   * Anonymises the author data of signals received longer than SIGNAL_RETENTION_DAYS ago, in batches; answers how
   * many signals.
   */
  async applyRetention(now: Date = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.signalRetentionDays * 86400_000);
    let total = 0;
    for (;;) {
      const signals = await this.db
        .getRepository(Signal)
        .createQueryBuilder('s')
        .where('s.received_at < :before', { before })
        .andWhere('(s.author_name IS NOT NULL OR s.author_handle IS NOT NULL)')
        .orderBy('s.received_at', 'ASC')
        .take(BATCH)
        .getMany();
      if (signals.length === 0) break;
      await this.db.transaction(async (em) => {
        // Night after night, the history is cleaned of these signals' own entries and their decisions' only: searching
        // all of it for hundreds of names each night would cost more than an erasure on request does once.
        await this.anonymise(em, signals, (signal) => [signal.authorName, signal.authorHandle], {
          searchHistory: false,
          keptIds: [],
        });
        await this.audit.record(em, {
          actor: null,
          entityType: 'Signal',
          entityId: null,
          action: 'retention',
          after: { receivedBefore: before, signalIds: signals.map((s) => s.id) },
        });
      });
      await this.announce(
        signals,
        null,
        signals.flatMap((s) => [s.authorName, s.authorHandle]),
      );
      total += signals.length;
      if (signals.length < BATCH) break;
    }
    return total;
  }

  /**
   * Takes the author out of each signal, its replies and decisions, and their history; with `searchHistory`, also out
   * of every other newsroom entry of the history that names them (except the entries about `keptIds`).
   */
  private async anonymise(
    em: EntityManager,
    signals: Signal[],
    identitiesOf: (signal: Signal) => (string | null)[],
    { searchHistory, keptIds }: { searchHistory: boolean; keptIds: string[] },
  ): Promise<void> {
    const now = new Date();
    const all = new Set<string>();
    for (const signal of signals) {
      const identities = identitiesOf(signal);
      for (const id of identities) if (id) all.add(id);
      await updateVersioned(em, Signal, signal.id, null, {
        authorName: null,
        authorHandle: null,
        body: redactAuthor(signal.body, identities),
        // A link to the message on its platform names its author in the address (the profile's part of it).
        url: signal.url && redactAuthor(signal.url, identities) !== signal.url ? null : signal.url,
        anonymisedAt: now,
      });
      const replies: { id: string; body: string }[] = await em.query(
        'SELECT id, body FROM replies WHERE signal_id = $1',
        [signal.id],
      );
      for (const reply of replies) {
        const body = redactAuthor(reply.body, identities);
        if (body !== reply.body)
          await em.query('UPDATE replies SET body = $2, updated_at = now() WHERE id = $1', [reply.id, body]);
      }
    }
    const words = [...all];
    // The decisions on them may name the author in what was noted, found or answered.
    const actions: { id: string; note: string | null; result: string | null; answer: string | null }[] = await em.query(
      'SELECT id, note, result, answer FROM newsroom_actions WHERE signal_id = ANY($1)',
      [signals.map((s) => s.id)],
    );
    for (const action of actions) {
      const [note, result, answer] = [action.note, action.result, action.answer].map(
        (text) => text && redactAuthor(text, words),
      );
      if (note !== action.note || result !== action.result || answer !== action.answer)
        await em.query(
          'UPDATE newsroom_actions SET note = $2, result = $3, answer = $4, updated_at = now() WHERE id = $1',
          [action.id, note, result, answer],
        );
    }
    const replyIds: { id: string }[] = await em.query('SELECT id FROM replies WHERE signal_id = ANY($1)', [
      signals.map((s) => s.id),
    ]);
    await this.audit.scrub(
      em,
      {
        entityTypes: HISTORY_TYPES,
        entityIds: [...signals.map((s) => s.id), ...replyIds.map((r) => r.id), ...actions.map((a) => a.id)],
        containing: searchHistory ? words.flatMap((w) => [w, w.replace(/^@/, '')]) : [],
        exceptEntityIds: keptIds,
      },
      (state) => scrubbed(state, words) as Record<string, unknown>,
    );
  }

  /** Tells the live inboxes, and tells listeners which names to forget in what they keep (notifications). */
  private async announce(signals: Signal[], actor: SessionUser | null, names: (string | null)[]): Promise<void> {
    const words = [...new Set(names.flatMap((name) => (name ? [name, name.replace(/^@/, '')] : [])))];
    await this.feed.publish(
      ...signals.map((signal, i) => ({
        entityType: 'Signal',
        id: signal.id,
        kind: 'updated' as const,
        actor,
        ...(i === 0 && words.length ? { erased: { words } } : {}),
      })),
    );
  }
}

/** A recorded state without the author: their fields emptied, their name and handle taken out of every text. */
function scrubbed(value: unknown, identities: readonly string[], key = ''): unknown {
  if (AUTHOR_FIELDS.has(key)) return null;
  if (typeof value === 'string') return redactAuthor(value, identities);
  if (Array.isArray(value)) return value.map((item) => scrubbed(item, identities));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubbed(v, identities, k)]));
  return value;
}
