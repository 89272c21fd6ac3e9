import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  check,
  checkSignal,
  hasIssues,
  INGEST_SOURCE_KINDS,
  isUuid,
  parseInstant,
  rules,
  SIGNAL_SOURCES,
  type FieldIssues,
  type IngestSourceKind,
  type SignalSource,
} from '@planbord/domain';
import {
  APP_CONFIG,
  AuditService,
  BadInputError,
  decodeText,
  ImportRuns,
  Jobs,
  NotFoundError,
  type AppConfig,
  type SessionUser,
} from '@planbord/api-core';
import { IngestSource } from './ingest-source.entity';
import { parseFeed } from './ingest.feed';
import { signalImportSpec } from './ingest.import';
import { SignalsService, type IncomingSignal } from './signals.service';

/** The most a webhook delivery may carry. */
export const INGEST_LIMITS = { bytes: 5 * 1024 * 1024, signals: 500 } as const;
/** Feeds are fetched with these bounds: a feed larger or slower than this is refused, not waited for. */
const FEED_LIMITS = { bytes: 5 * 1024 * 1024, timeoutMs: 15_000 } as const;
const SIGNATURE = /^sha256=([0-9a-f]{64})$/i;

/** The outcome of a webhook delivery, answered with its HTTP status. */
export type Delivery =
  | { status: 202; body: { accepted: number; duplicates: number; rejected: { index: number; fields: FieldIssues }[] } }
  | { status: 400 | 401 | 413 | 429; body: { error: string }; retryAfter?: number };

/**
 * Where signals come in by themselves: webhooks of monitoring tools and automation flows (signed with the source's
 * secret), RSS/Atom feeds polled by a job, and files imported through the shared import machinery.
 */
@Injectable()
export class IngestService implements OnModuleInit {
  private readonly logger = new Logger('Ingest');
  /** Deliveries per source in the current minute, per API process. */
  private readonly windows = new Map<string, { minute: number; count: number }>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly signals: SignalsService,
    private readonly imports: ImportRuns,
    private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.imports.register({
      spec: signalImportSpec,
      write: async (rows, actor) => {
        const inputs = rows.map(({ key, record }) => ({ ...record, externalId: record.externalId ?? `file:${key}` }));
        const { accepted } = await this.signals.ingest(actor, inputs);
        return accepted.length;
      },
    });
    void this.jobs.register({ name: 'ingest-feeds', schedule: '*/5 * * * *', run: () => this.pollAll() });
  }

  list(): Promise<IngestSource[]> {
    return this.db.getRepository(IngestSource).find({ order: { name: 'ASC', createdAt: 'ASC' } });
  }

  /** A new source; a webhook gets its secret, answered this once. */
  async create(
    actor: SessionUser,
    input: { name: string; kind: string; url?: string | null },
  ): Promise<{ source: IngestSource; secret: string | null }> {
    const name = input.name?.trim() ?? '';
    const url = input.url?.trim() || null;
    const issues = check(
      { name, kind: input.kind, url },
      {
        name: rules.text(120, { required: true }),
        kind: rules.oneOf(INGEST_SOURCE_KINDS, { required: true }),
        url: rules.text(1000, { required: input.kind === 'RSS' }),
      },
    );
    if (url && !issues.url && !/^https?:\/\/[^\s/]+\S*$/i.test(url)) issues.url = { code: 'invalidChoice' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    const kind = input.kind as IngestSourceKind;
    const secret = kind === 'WEBHOOK' ? newSecret() : null;
    const source = await this.db.transaction(async (em) => {
      const saved = await em.getRepository(IngestSource).save(
        em.getRepository(IngestSource).create({
          name,
          kind,
          url: kind === 'RSS' ? url : null,
          secret,
          active: true,
          createdById: actor.id,
        }),
      );
      await this.record(em, actor, saved, 'create');
      return saved;
    });
    return { source, secret };
  }

  /** A webhook's new secret, answered this once; the old one stops working at once. */
  async rotateSecret(actor: SessionUser, id: string): Promise<{ source: IngestSource; secret: string }> {
    const secret = newSecret();
    const source = await this.change(actor, id, 'rotateSecret', (source) => {
      if (source.kind !== 'WEBHOOK') throw new BadInputError({ id: { code: 'notAllowed' } });
      return { secret };
    });
    return { source, secret };
  }

  setActive(actor: SessionUser, id: string, active: boolean): Promise<IngestSource> {
    return this.change(actor, id, active ? 'activate' : 'deactivate', () => ({ active }));
  }

  /** Fetches an RSS/Atom source now ("Nu ophalen"); its lastRunAt and lastError tell how it went. */
  async pollNow(id: string): Promise<IngestSource> {
    const source = await this.find(id);
    if (source.kind !== 'RSS') throw new BadInputError({ id: { code: 'notAllowed' } });
    await this.poll(source);
    return this.find(id);
  }

  /** The job: every active feed, one after the other. */
  async pollAll(): Promise<void> {
    const feeds = await this.db.getRepository(IngestSource).findBy({ kind: 'RSS', active: true });
    for (const feed of feeds) await this.poll(feed);
  }

  /**
   * Fetches a feed and stores each item once (its guid, id or link is its external id). A failure is kept on the
   * source as lastError, for the settings page to show, and does not stop the other feeds.
   */
  async poll(source: IngestSource): Promise<{ accepted: number; duplicates: number }> {
    const now = new Date();
    try {
      if (!source.url) throw new Error('the source has no feed address');
      const items = parseFeed(await fetchFeed(source.url));
      let accepted = 0;
      let duplicates = 0;
      for (let start = 0; start < items.length; start += INGEST_LIMITS.signals) {
        const inputs: IncomingSignal[] = items.slice(start, start + INGEST_LIMITS.signals).map((item) => ({
          source: 'NEWS_SITE',
          externalId: item.externalId,
          url: item.url,
          authorName: item.authorName,
          body: item.body || item.url || item.externalId,
          // A feed that dates an item ahead of the clock (a wrong time zone) has it arrive now.
          receivedAt: item.receivedAt && item.receivedAt < now ? item.receivedAt : now,
        }));
        const result = await this.signals.ingest(null, inputs, { ingestSourceId: source.id });
        accepted += result.accepted.length;
        duplicates += result.duplicates;
      }
      await this.db.getRepository(IngestSource).update(source.id, { lastRunAt: now, lastError: null });
      return { accepted, duplicates };
    } catch (error) {
      const message = (error as Error).message.slice(0, 500);
      this.logger.warn(`feed ${source.id}: ${message}`);
      await this.db.getRepository(IngestSource).update(source.id, { lastRunAt: now, lastError: message });
      return { accepted: 0, duplicates: 0 };
    }
  }

  /**
   * A webhook delivery: the HMAC-SHA256 of the body exactly as sent, with the source's secret, must be in the
   * signature header; an unknown, inactive or non-webhook source answers as a wrong signature does, so a caller
   * learns nothing about which sources exist. Nothing is stored unless the signature holds.
   */
  async deliver(id: string, raw: Buffer, signature: string | undefined): Promise<Delivery> {
    const source = isUuid(id) ? await this.db.getRepository(IngestSource).findOneBy({ id }) : null;
    const usable = !!source && source.kind === 'WEBHOOK' && source.active && !!source.secret;
    const given = SIGNATURE.exec(signature?.trim() ?? '')?.[1]?.toLowerCase();
    // Computed for unknown sources too, so the answer takes as long whichever way it fails.
    const expected = createHmac('sha256', (usable && source.secret) || 'unknown-source')
      .update(raw)
      .digest();
    const valid = usable && !!given && timingSafeEqual(Buffer.from(given, 'hex'), expected);
    if (!valid || !source) return { status: 401, body: { error: 'missing or wrong signature' } };

    const retryAfter = this.throttle(source.id);
    if (retryAfter) return { status: 429, body: { error: 'too many deliveries' }, retryAfter };

    let payload: unknown;
    try {
      payload = JSON.parse(raw.toString('utf8'));
    } catch {
      return { status: 400, body: { error: 'the body is not JSON' } };
    }
    const list = (payload as { signals?: unknown } | null)?.signals;
    if (!Array.isArray(list)) return { status: 400, body: { error: 'expected an object with a "signals" array' } };
    if (list.length > INGEST_LIMITS.signals)
      return { status: 413, body: { error: `at most ${INGEST_LIMITS.signals} signals per delivery` } };

    const rejected: { index: number; fields: FieldIssues }[] = [];
    const inputs: { index: number; signal: IncomingSignal }[] = [];
    list.forEach((item, index) => {
      const read = readDelivered(item);
      if ('fields' in read) rejected.push({ index, fields: read.fields });
      else inputs.push({ index, signal: read.signal });
    });
    const result = await this.signals.ingest(
      null,
      inputs.map(({ signal }) => signal),
      { ingestSourceId: source.id },
    );
    for (const { index, fields } of result.rejected) rejected.push({ index: inputs[index].index, fields });
    rejected.sort((a, b) => a.index - b.index);
    await this.noteDelivery(source);
    return {
      status: 202,
      body: { accepted: result.accepted.length, duplicates: result.duplicates, rejected },
    };
  }

  /** lastRunAt tells when a webhook last delivered, to the minute: a busy source does not write it on every delivery. */
  private async noteDelivery(source: IngestSource): Promise<void> {
    const now = new Date();
    if (source.lastRunAt && now.getTime() - source.lastRunAt.getTime() < 60_000 && !source.lastError) return;
    await this.db.getRepository(IngestSource).update(source.id, { lastRunAt: now, lastError: null });
  }

  /** Seconds to wait when the source has used its deliveries of this minute, else 0. */
  private throttle(sourceId: string): number {
    const now = Date.now();
    const minute = Math.floor(now / 60_000);
    const window = this.windows.get(sourceId);
    if (!window || window.minute !== minute) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(sourceId, { minute, count: 1 });
      return 0;
    }
    if (window.count >= this.config.ingestRatePerMinute)
      return Math.max(1, Math.ceil(((minute + 1) * 60_000 - now) / 1000));
    window.count++;
    return 0;
  }

  private async find(id: string): Promise<IngestSource> {
    const source = isUuid(id) ? await this.db.getRepository(IngestSource).findOneBy({ id }) : null;
    if (!source) throw new NotFoundError('IngestSource', id);
    return source;
  }

  private async change(
    actor: SessionUser,
    id: string,
    action: string,
    patch: (source: IngestSource) => Partial<IngestSource>,
  ): Promise<IngestSource> {
    return this.db.transaction(async (em) => {
      const repo = em.getRepository(IngestSource);
      const source = isUuid(id) ? await repo.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
      if (!source) throw new NotFoundError('IngestSource', id);
      const before = { ...source };
      Object.assign(source, patch(source), { version: source.version + 1 });
      const saved = await repo.save(source);
      await this.record(em, actor, saved, action, before);
      return saved;
    });
  }

  /** Audited without the secret: the history must not hand out what signs deliveries. */
  private record(em: EntityManager, actor: SessionUser, source: IngestSource, action: string, before?: IngestSource) {
    const withoutSecret = ({ secret: _secret, ...rest }: IngestSource) => rest;
    return this.audit.record(em, {
      actor,
      entityType: 'IngestSource',
      entityId: source.id,
      action,
      before: before ? withoutSecret(before) : null,
      after: withoutSecret(source),
    });
  }
}

function newSecret(): string {
  return `pbi_${randomBytes(32).toString('base64url')}`;
}

const TEXT_FIELDS = ['externalId', 'url', 'authorName', 'authorHandle', 'body', 'neighbourhood'] as const;

/** One delivered signal as an input, or what is wrong with its shape (the signals service checks the rest). */
function readDelivered(item: unknown): { signal: IncomingSignal } | { fields: FieldIssues } {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    return { fields: { signal: { code: 'invalidChoice' } } };
  const value = item as Record<string, unknown>;
  const fields: FieldIssues = {};
  for (const field of TEXT_FIELDS)
    if (value[field] != null && typeof value[field] !== 'string') fields[field] = { code: 'invalidChoice' };
  if (typeof value.externalId !== 'string' || value.externalId.trim() === '') fields.externalId = { code: 'required' };
  const source = value.source ?? 'OTHER';
  if (typeof source !== 'string' || !(SIGNAL_SOURCES as readonly string[]).includes(source))
    fields.source = { code: 'invalidChoice' };
  let receivedAt: Date | null = null;
  if (value.receivedAt != null) {
    const parsed =
      typeof value.receivedAt === 'string' ? parseInstant(value.receivedAt) : ({ code: 'invalidDate' } as const);
    if (parsed instanceof Date) receivedAt = parsed;
    else fields.receivedAt = parsed;
  }
  const text = (field: (typeof TEXT_FIELDS)[number]) =>
    typeof value[field] === 'string' ? (value[field] as string) : null;
  const signal: IncomingSignal = {
    source: fields.source ? 'OTHER' : (source as SignalSource),
    externalId: text('externalId'),
    url: text('url'),
    authorName: text('authorName'),
    authorHandle: text('authorHandle'),
    body: text('body') ?? '',
    receivedAt,
    neighbourhood: text('neighbourhood'),
  };
  // The shape's problems first; the rules every signal obeys for the rest, so one answer names all of them.
  const all = { ...checkSignal(signal), ...fields };
  return hasIssues(all) ? { fields: all } : { signal };
}

/** GETs a feed, following redirects, within FEED_LIMITS; anything but a 2xx answer is an error naming the status. */
async function fetchFeed(url: string): Promise<string> {
  const response = await fetch(url, {
    headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5' },
    signal: AbortSignal.timeout(FEED_LIMITS.timeoutMs),
    redirect: 'follow',
  });
  if (!response.ok) throw new Error(`the feed answered HTTP ${response.status}`);
  if (Number(response.headers.get('content-length')) > FEED_LIMITS.bytes) throw new Error('the feed is too large');
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > FEED_LIMITS.bytes) {
      await reader.cancel();
      throw new Error('the feed is too large');
    }
    chunks.push(value);
  }
  // Feeds are UTF-8 nearly always; an older one in Latin-1 or Windows-1252 reads right too.
  return decodeText(Buffer.concat(chunks));
}
