import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { StoredSuggestion } from './signal.entity';

/**
 * Theme suggestions by the theme rules, with PostgreSQL's Dutch stemming: a rule word matches every form of it
 * ("container" matches "containers"), and the suggestion keeps the word as the signal wrote it. One statement for a
 * whole batch: each body's vector and each keyword's query are made once, then matched pairwise.
 */
const SUGGEST = `
  WITH bodies AS MATERIALIZED (
    SELECT b.n, b.body, to_tsvector('dutch', b.body) AS vector FROM unnest($1::text[]) WITH ORDINALITY AS b(body, n)),
  words AS MATERIALIZED (
    SELECT r.theme_id, r.created_at, k.keyword, k.n, phraseto_tsquery('dutch', k.keyword) AS query,
      tsvector_to_array(to_tsvector('dutch', k.keyword)) AS lexemes
    FROM theme_rules r CROSS JOIN LATERAL unnest(r.keywords) WITH ORDINALITY AS k(keyword, n)
    WHERE r.active AND r.deleted_at IS NULL),
  matches AS (
    SELECT DISTINCT ON (b.n, w.theme_id) b.n, w.theme_id, w.keyword,
      (SELECT d.token FROM ts_debug('dutch', b.body) d WHERE d.lexemes && w.lexemes LIMIT 1) AS matched
    FROM bodies b JOIN words w ON b.vector @@ w.query
    ORDER BY b.n, w.theme_id, w.created_at, w.n)
  SELECT n::int AS n, theme_id AS "themeId", keyword, coalesce(matched, keyword) AS matched FROM matches ORDER BY n, keyword`;

@Injectable()
export class ThemeRulesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The suggestions for each body, in the order given (at most one per theme). */
  async suggest(bodies: readonly string[], em: EntityManager = this.db.manager): Promise<StoredSuggestion[][]> {
    const result: StoredSuggestion[][] = bodies.map(() => []);
    if (bodies.length === 0) return result;
    const rows: (StoredSuggestion & { n: number })[] = await em.query(SUGGEST, [bodies]);
    for (const { n, themeId, keyword, matched } of rows) result[n - 1].push({ themeId, keyword, matched });
    return result;
  }
}
