import type { DataSource, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Selects every column of an entity under its property name, so `getRawMany()` returns rows that read like the entity
 * without TypeORM building an entity object per row; for the thousands of rows of a calendar that difference is most of
 * the request. Dates stay `YYYY-MM-DD` text, as TypeORM keeps them. `omit` leaves out columns (by property name) that
 * the caller's rows do not need.
 */
export function selectColumns<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  db: DataSource,
  target: EntityTarget<T>,
  alias: string,
  omit: readonly string[] = [],
): SelectQueryBuilder<T> {
  query.select([]);
  for (const column of db.getMetadata(target).columns) {
    if (omit.includes(column.propertyName)) continue;
    query.addSelect(`${alias}.${column.databaseName}${column.type === 'date' ? '::text' : ''}`, column.propertyName);
  }
  return query;
}

/** Rows of an entity's table, by a condition, as plain objects with the entity's property names. */
export async function findRows<T extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<T>,
  where: string,
  parameters: ObjectLiteral,
  orderBy?: string,
): Promise<T[]> {
  const metadata = db.getMetadata(target);
  const query = selectColumns(db.getRepository(target).createQueryBuilder('t'), db, target, 't').where(
    where,
    parameters,
  );
  if (metadata.deleteDateColumn) query.andWhere(`t.${metadata.deleteDateColumn.databaseName} IS NULL`);
  if (orderBy) query.orderBy(orderBy);
  return (await query.getRawMany()) as T[];
}
