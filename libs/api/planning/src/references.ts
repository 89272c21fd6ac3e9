import type { EntityManager } from 'typeorm';

/** Replaces the links of an owner in a join table. */
export async function setLinks(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: string,
  targetColumn: string,
  ids: string[],
): Promise<void> {
  await em.query(`DELETE FROM ${table} WHERE ${ownerColumn} = $1`, [ownerId]);
  const unique = [...new Set(ids)];
  if (unique.length)
    await em.query(`INSERT INTO ${table} (${ownerColumn}, ${targetColumn}) SELECT $1, unnest($2::uuid[])`, [
      ownerId,
      unique,
    ]);
}

export async function linkedIds(
  em: EntityManager,
  table: string,
  ownerColumn: string,
  ownerId: string,
  targetColumn: string,
): Promise<string[]> {
  const rows: { id: string }[] = await em.query(
    `SELECT ${targetColumn} AS id FROM ${table} WHERE ${ownerColumn} = $1 ORDER BY 1`,
    [ownerId],
  );
  return rows.map((r) => r.id);
}
