import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { hasIssues, isUuid, NEWSROOM_LIMITS, normaliseKeywords, type FieldIssues } from '@planbord/domain';
import {
  AuditService,
  BadInputError,
  ChangeFeed,
  findOrNotFound,
  updateVersioned,
  type SessionUser,
} from '@planbord/api-core';
import { ReferenceDataService } from '@planbord/api-identity';
import type { StoredSuggestion } from './signal.entity';
import { ThemeRule } from './theme-rule.entity';

export interface ThemeRulePatch {
  themeId?: string | null;
  keywords?: string[] | null;
  active?: boolean | null;
}

/**
 * Theme suggestions by the theme rules, with PostgreSQL's Dutch stemming: a rule word matches every form of it
 * ("container" matches "containers"), and the suggestion keeps the word as the signal wrote it: the first word of the
 * text whose stem is one of the keyword's (found with the parser and the stemmer themselves, as `ts_debug` would, at a
 * fraction of its cost). One statement for a whole batch: each body's vector and each keyword's query are made once,
 * then matched pairwise.
 */
const SUGGEST = `
  WITH bodies AS MATERIALIZED (
    SELECT b.n, b.body, to_tsvector('dutch', b.body) AS vector FROM unnest($1::text[]) WITH ORDINALITY AS b(body, n)),
  words AS MATERIALIZED (
    SELECT r.theme_id, r.created_at, k.keyword, k.n, phraseto_tsquery('dutch', k.keyword) AS query,
      tsvector_to_array(to_tsvector('dutch', k.keyword)) AS lexemes
    FROM theme_rules r CROSS JOIN LATERAL unnest(r.keywords) WITH ORDINALITY AS k(keyword, n)
    WHERE r.active AND r.deleted_at IS NULL),
  matches AS MATERIALIZED (
    SELECT DISTINCT ON (b.n, w.theme_id) b.n, b.body, w.theme_id, w.keyword, w.lexemes
    FROM bodies b JOIN words w ON b.vector @@ w.query
    ORDER BY b.n, w.theme_id, w.created_at, w.n)
  SELECT m.n::int AS n, m.theme_id AS "themeId", m.keyword,
    coalesce((SELECT p.token FROM ts_parse('default', m.body) p
      WHERE ts_lexize('dutch_stem', p.token) && m.lexemes LIMIT 1), m.keyword) AS matched
  FROM matches m ORDER BY m.n, m.keyword`;

@Injectable()
export class ThemeRulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly feed: ChangeFeed,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /** Every rule, in the order they were made; at most 200. */
  list(): Promise<ThemeRule[]> {
    return this.db.getRepository(ThemeRule).find({ order: { createdAt: 'ASC' }, take: 200 });
  }

  async create(actor: SessionUser, themeId: string, keywords: string[]): Promise<ThemeRule> {
    const clean = await this.check({ themeId, keywords }, false);
    return this.write(actor, 'create', null, (em) =>
      em.save(em.create(ThemeRule, { themeId, keywords: clean ?? [], active: true })),
    );
  }

  async update(actor: SessionUser, id: string, expectedVersion: number, patch: ThemeRulePatch): Promise<ThemeRule> {
    const before = await findOrNotFound(this.db.manager, ThemeRule, id);
    const clean = await this.check(patch, true);
    return this.write(actor, 'update', before, (em) =>
      updateVersioned(em, ThemeRule, id, expectedVersion, {
        ...(patch.themeId != null ? { themeId: patch.themeId } : {}),
        ...(clean ? { keywords: clean } : {}),
        ...(patch.active != null ? { active: patch.active } : {}),
      }),
    );
  }

  /**
   * Field problems of a rule; returns the cleaned keywords. A keyword must mean something to Dutch text search: a
   * stop word alone ("de", "het") would match nothing.
   */
  private async check(input: ThemeRulePatch, partial: boolean): Promise<string[] | null> {
    const issues: FieldIssues = {};
    if (!partial || input.themeId !== undefined) {
      if (!input.themeId) issues.themeId = { code: 'required' };
      else if (!isUuid(input.themeId)) issues.themeId = { code: 'invalidId' };
      else await this.referenceData.checkReferences(issues, { themeId: { kind: 'theme', ids: [input.themeId] } });
    }
    let clean: string[] | null = null;
    if (!partial || input.keywords !== undefined) {
      clean = normaliseKeywords(input.keywords ?? []);
      if (clean.length === 0) issues.keywords = { code: 'required' };
      else if (clean.length > NEWSROOM_LIMITS.keywords)
        issues.keywords = { code: 'outOfRange', min: 1, max: NEWSROOM_LIMITS.keywords };
      else if (clean.some((k) => k.length > NEWSROOM_LIMITS.keyword))
        issues.keywords = { code: 'tooLong', max: NEWSROOM_LIMITS.keyword };
      else {
        const [{ empty }] = await this.db.query(
          `SELECT count(*) FILTER (WHERE numnode(phraseto_tsquery('dutch', k)) = 0)::int AS empty FROM unnest($1::text[]) k`,
          [clean],
        );
        if (empty > 0) issues.keywords = { code: 'notAllowed' };
      }
    }
    if (input.active === null) issues.active = { code: 'required' };
    if (hasIssues(issues)) throw new BadInputError(issues);
    return clean;
  }

  private async write(
    actor: SessionUser,
    action: string,
    before: ThemeRule | null,
    change: (em: EntityManager) => Promise<ThemeRule>,
  ): Promise<ThemeRule> {
    const rule = await this.db.transaction(async (em) => {
      const after = await change(em);
      await this.audit.record(em, { actor, entityType: 'ThemeRule', entityId: after.id, action, before, after });
      return after;
    });
    await this.feed.publish({ entityType: 'ThemeRule', id: rule.id, kind: before ? 'updated' : 'created', actor });
    return rule;
  }

  /** The suggestions for each body, in the order given (at most one per theme). */
  async suggest(bodies: readonly string[], em: EntityManager = this.db.manager): Promise<StoredSuggestion[][]> {
    const result: StoredSuggestion[][] = bodies.map(() => []);
    if (bodies.length === 0) return result;
    const rows: (StoredSuggestion & { n: number })[] = await em.query(SUGGEST, [bodies]);
    for (const { n, themeId, keyword, matched } of rows) result[n - 1].push({ themeId, keyword, matched });
    return result;
  }
}
