import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import type { ChannelKind, Locale } from '@planbord/domain';
import {
  APP_CONFIG,
  AuditService,
  BadInputError,
  cellsByField,
  ChangeFeed,
  isXlsx,
  MAX_IMPORT_BYTES,
  readSpreadsheet,
  readWorkbook,
  type AppConfig,
  type ColumnMapping,
  type MappingIssue,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService } from '@planbord/api-identity';
import { MetricsImportMapping } from './metrics.entities';
import {
  countsOfRow,
  FORMAT_SPECS,
  followersByMonth,
  headerRowIndex,
  isFollowerSheet,
  isMetricsFormat,
  isPostsSheet,
  matchRow,
  normalisePermalink,
  recogniseFormat,
  resolveRowMapping,
  specOf,
  type MetricsFormat,
  type PublishedPost,
} from './metrics-import';
import { MetricsService, type Counts } from './metrics.service';

/** At most this many rows in one file: a page's posts of several years. */
export const METRICS_IMPORT_ROWS = 20_000;

export interface MetricsImportReport {
  format: MetricsFormat;
  rows: number;
  matched: number;
  updated: number;
  unmatched: { row: number; reason: string }[];
}

interface Sheet {
  headers: string[];
  records: { row: number; cells: string[] }[];
  /** Rows the CSV reader could not read whole. */
  malformed: number[];
  followers: Map<string, number>;
}

type Reason =
  | { code: 'noLinkOrTime' | 'invalidTime' | 'ambiguous' }
  | { code: 'noMatch'; kind: ChannelKind }
  | { code: 'invalidNumber'; column: string }
  | { code: 'malformed' };

const REASONS: Record<Locale, (reason: Reason) => string> = {
  nl: (reason) => {
    switch (reason.code) {
      case 'noLinkOrTime':
        return 'De rij heeft geen link en geen publicatietijd.';
      case 'invalidTime':
        return 'De publicatietijd is niet te lezen.';
      case 'ambiguous':
        return 'Meer berichten passen bij deze publicatietijd; geef de link mee.';
      case 'noMatch':
        return `Geen gepubliceerd bericht met deze link, en geen ${reason.kind}-bericht binnen 10 minuten van deze tijd.`;
      case 'invalidNumber':
        return `"${reason.column}" is geen heel getal vanaf 0.`;
      case 'malformed':
        return 'De rij is niet goed te lezen (aanhalingstekens of aantal kolommen).';
    }
  },
  en: (reason) => {
    switch (reason.code) {
      case 'noLinkOrTime':
        return 'The row has neither a link nor a publish time.';
      case 'invalidTime':
        return 'The publish time cannot be read.';
      case 'ambiguous':
        return 'Several posts fit this publish time; include the link.';
      case 'noMatch':
        return `No published post with this link, and no ${reason.kind} post within 10 minutes of this time.`;
      case 'invalidNumber':
        return `"${reason.column}" is not a whole number from 0.`;
      case 'malformed':
        return 'The row cannot be read whole (quotes or number of columns).';
    }
  },
};

/**
 * A file whose format is not known, or whose mapping misses a field: the answer lists the file's headers and, per
 * format, the fields it needs and what they would take from this file, so the client can send `format` and
 * `mapping` with the same file.
 */
export class MappingNeededError extends BadInputError {
  constructor(
    readonly headers: string[],
    issues: MappingIssue[],
    readonly format: MetricsFormat | null,
  ) {
    super(
      issues.length
        ? Object.fromEntries(
            issues.map((issue) => [issue.field, { code: issue.code === 'required' ? 'required' : 'invalidChoice' }]),
          )
        : { format: { code: 'required' } },
    );
  }

  override toGraphQL(locale: Locale): GraphQLError {
    const error = super.toGraphQL(locale);
    Object.assign(error.extensions, {
      headers: this.headers,
      format: this.format,
      formats: FORMAT_SPECS.map((spec) => ({
        format: spec.format,
        fields: spec.fields.map((f) => ({ field: f.key, required: !!f.required })),
        mapping: resolveRowMapping(this.headers, spec).mapping,
      })),
    });
    return error;
  }
}

/**
 * The figures of published posts from the platforms' own export files (DESIGN §8): the file is recognised by its
 * columns (or told by `format` and `mapping`), each row matched to a published post by its link, else by channel and
 * time, and the figures written in one transaction. The followers a LinkedIn file carries are stored as well.
 */
@Injectable()
export class MetricsImportService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly metrics: MetricsService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  async import(
    actor: SessionUser,
    bytes: Uint8Array,
    options: { format?: string; mapping?: ColumnMapping },
    now = new Date(),
  ): Promise<MetricsImportReport> {
    if (bytes.length > MAX_IMPORT_BYTES) throw new BadInputError({ file: { code: 'tooLong', max: MAX_IMPORT_BYTES } });
    if (options.format !== undefined && options.format !== '' && !isMetricsFormat(options.format))
      throw new BadInputError({ format: { code: 'invalidChoice' } });
    const sheet = await this.readSheet(bytes);
    const { format, mapping, remember } = await this.chooseMapping(
      sheet.headers,
      options.format ? (options.format as MetricsFormat) : null,
      options.mapping,
    );
    const spec = specOf(format);
    const reason = REASONS[actor.locale];
    const unmatched: MetricsImportReport['unmatched'] = sheet.malformed.map((row) => ({
      row,
      reason: reason({ code: 'malformed' }),
    }));
    const rows = sheet.records.length + sheet.malformed.length;
    if (rows > METRICS_IMPORT_ROWS)
      throw new BadInputError({ file: { code: 'outOfRange', min: 1, max: METRICS_IMPORT_ROWS } });

    const posts = await this.publishedPosts();
    const byPermalink = new Map<string, string>();
    for (const post of posts) {
      const link = normalisePermalink(post.publishedUrl);
      if (link) byPermalink.set(link, post.postId);
    }
    const figures = new Map<string, Counts>();
    let matched = 0;
    for (const record of sheet.records) {
      const cells = cellsByField(sheet.headers, record.cells, mapping);
      const counts = countsOfRow(cells);
      if ('invalid' in counts) {
        unmatched.push({
          row: record.row,
          reason: reason({ code: 'invalidNumber', column: mapping[counts.invalid] ?? counts.invalid }),
        });
        continue;
      }
      const outcome = matchRow(
        { permalink: cells.permalink ?? '', publishedAt: cells.publishedAt ?? '' },
        spec.kind,
        posts,
        byPermalink,
        this.config.orgTimeZone,
      );
      if ('reason' in outcome) {
        unmatched.push({
          row: record.row,
          reason: reason(
            outcome.reason === 'noMatch' ? { code: 'noMatch', kind: spec.kind } : { code: outcome.reason },
          ),
        });
        continue;
      }
      figures.set(outcome.postId, counts.counts);
      matched++;
    }
    const followerCounts = await this.followerCounts(sheet.followers, spec.kind, [...figures.keys()], posts);

    const changed = await this.db.transaction(async (em) => {
      const changed = figures.size ? await this.metrics.writeImported(em, actor, figures, now) : [];
      if (followerCounts.length) await this.metrics.upsertFollowers(em, actor, followerCounts);
      if (remember)
        await em.getRepository(MetricsImportMapping).save({ format, mapping, updatedById: actor.id, updatedAt: now });
      await this.audit.record(em, {
        actor,
        entityType: 'MetricsImport',
        entityId: null,
        action: 'import',
        after: { format, rows, matched, updated: changed.length },
      });
      return changed;
    });
    if (changed.length)
      await this.feed.publish(
        ...changed.map((id) => ({ entityType: 'PostMetrics', id, kind: 'updated' as const, actor })),
      );
    return {
      format,
      rows,
      matched,
      updated: changed.length,
      unmatched: unmatched.sort((a, b) => a.row - b.row),
    };
  }

  /** The posts table of the file, with the followers a workbook's followers sheet holds. */
  private async readSheet(bytes: Uint8Array): Promise<Sheet> {
    if (!isXlsx(bytes)) {
      const { table } = await readSpreadsheet(bytes);
      const malformed = table.malformed.map((problem) => problem.row);
      return { headers: table.headers, records: table.records, malformed, followers: new Map() };
    }
    const sheets = await readWorkbook(bytes);
    const followerSheet = sheets.find((sheet) => isFollowerSheet(sheet.name));
    const followers = followerSheet ? followersByMonth(followerSheet.rows, this.config.orgTimeZone) : new Map();
    const posts = sheets.find((sheet) => isPostsSheet(sheet.name)) ?? (followerSheet ? undefined : sheets[0]);
    if (!posts) return { headers: [], records: [], malformed: [], followers };
    const header = headerRowIndex(posts.rows);
    const headers = posts.rows[header]?.cells ?? [];
    const records = posts.rows
      .slice(header + 1)
      .map((row) => ({ row: row.row, cells: headers.map((_, i) => row.cells[i] ?? '') }));
    return { headers, records, malformed: [], followers };
  }

  /**
   * The format and mapping of the file: as the client sends them (and then remembered), else recognised from its
   * columns, else the mapping remembered for a format whose columns this file has. Otherwise the mapping step.
   */
  private async chooseMapping(
    headers: string[],
    told: MetricsFormat | null,
    changes: ColumnMapping | undefined,
  ): Promise<{ format: MetricsFormat; mapping: ColumnMapping; remember: boolean }> {
    if (told) {
      const { mapping, issues } = resolveRowMapping(headers, specOf(told), changes);
      if (issues.length) throw new MappingNeededError(headers, issues, told);
      return { format: told, mapping, remember: true };
    }
    const recognised = recogniseFormat(headers);
    if (recognised) {
      const { mapping, issues } = resolveRowMapping(headers, specOf(recognised), changes);
      if (issues.length) throw new MappingNeededError(headers, issues, recognised);
      return { format: recognised, mapping, remember: false };
    }
    const remembered = await this.db.getRepository(MetricsImportMapping).find({ order: { updatedAt: 'DESC' } });
    for (const { format, mapping } of remembered) {
      const columns = Object.values(mapping).filter((column): column is string => column !== null);
      if (!columns.every((column) => headers.includes(column))) continue;
      const resolved = resolveRowMapping(headers, specOf(format), mapping);
      if (!resolved.issues.length) return { format, mapping: resolved.mapping, remember: false };
    }
    throw new MappingNeededError(headers, [], null);
  }

  /** Every published post (publishing's view) with the kind of its channel (identity's). */
  private async publishedPosts(): Promise<PublishedPost[]> {
    const rows: { post_id: string; channel_id: string; published_at: Date; published_url: string | null }[] =
      await this.db.query('SELECT post_id, channel_id, published_at, published_url FROM publishing_published_posts');
    const kinds = new Map<string, ChannelKind | null>();
    for (const id of new Set(rows.map((row) => row.channel_id)))
      kinds.set(id, (await this.referenceData.findChannel(id))?.kind ?? null);
    return rows.map((row) => ({
      postId: row.post_id,
      channelId: row.channel_id,
      kind: kinds.get(row.channel_id) ?? null,
      publishedAt: new Date(row.published_at),
      publishedUrl: row.published_url,
    }));
  }

  /**
   * A file's follower counts belong to the channel of its matched posts (the one most of them are on), or else to
   * the only channel of the format's kind.
   */
  private async followerCounts(
    followers: ReadonlyMap<string, number>,
    kind: ChannelKind,
    matched: readonly string[],
    posts: readonly PublishedPost[],
  ): Promise<{ channelId: string; month: string; followers: number; source: 'IMPORT' }[]> {
    if (!followers.size) return [];
    const channelOf = new Map(posts.map((post) => [post.postId, post.channelId]));
    const tally = new Map<string, number>();
    for (const id of matched) {
      const channel = channelOf.get(id);
      if (channel) tally.set(channel, (tally.get(channel) ?? 0) + 1);
    }
    let channelId: string | undefined = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
    if (!channelId) {
      const ofKind = (await this.referenceData.plannableByName()).channels.filter((channel) => channel.kind === kind);
      channelId = ofKind.length === 1 ? ofKind[0].id : undefined;
    }
    if (!channelId) return [];
    const channel = channelId;
    return [...followers].map(([month, count]) => ({ channelId: channel, month, followers: count, source: 'IMPORT' }));
  }
}
