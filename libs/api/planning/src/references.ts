import type { EntityManager } from 'typeorm';
import { isUuid, type FieldIssues } from '@planbord/domain';

/** Adds `notFound` for a field whose ids do not all exist (active or not) in the table. */
export async function checkReferences(em: EntityManager, issues: FieldIssues, refs: Record<string, { table: string; ids: (string | null | undefined)[] | null | undefined }>): Promise<void> {
  for (const [field, { table, ids }] of Object.entries(refs)) {
    const wanted = [...new Set((ids ?? []).filter((id): id is string => !!id))];
    if (wanted.length === 0 || issues[field]) continue;
    if (!wanted.every(isUuid)) {
      issues[field] = { code: 'notFound' };
      continue;
    }
    const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM ${table} WHERE id = ANY($1) AND deleted_at IS NULL`, [wanted]);
    if (n !== wanted.length) issues[field] = { code: 'notFound' };
  }
}

/**
 * Adds `channelNotApproved` for a field naming a channel that is still a proposal or was declined: only approved
 * channels can be planned on. Call after `checkReferences`, which reports channels that do not exist.
 */
export async function checkPlannableChannels(em: EntityManager, issues: FieldIssues, field: string, ids: (string | null | undefined)[] | null | undefined): Promise<void> {
  const wanted = [...new Set((ids ?? []).filter((id): id is string => !!id))];
  if (wanted.length === 0 || issues[field] || !wanted.every(isUuid)) return;
  const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM channels WHERE id = ANY($1) AND status <> 'APPROVED'`, [wanted]);
  if (n > 0) issues[field] = { code: 'channelNotApproved' };
}

/** Replaces the links of an owner in a join table. */
export async function setLinks(em: EntityManager, table: string, ownerColumn: string, ownerId: string, targetColumn: string, ids: string[]): Promise<void> {
  await em.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  const unique = [...new Set(ids)];
  if (unique.length) await em.query(`INSERT INTO ${table} (${ownerColumn}, ${targetColumn}) SELECT $1, unnest($2::uuid[])`, [ownerId, unique]);
}

export async function linkedIds(em: EntityManager, table: string, ownerColumn: string, ownerId: string, targetColumn: string): Promise<string[]> {
  const rows: { id: string }[] = await em.query(`SELECT ${targetColumn} AS id FROM ${table} WHERE ${ownerColumn} = $1 ORDER BY 1`, [ownerId]);
  return rows.map((r) => r.id);
}
