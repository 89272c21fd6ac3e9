import { types, type CustomTypesConfig } from 'pg';
import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
type Classes = MixedList<Function>;

const TIMESTAMPTZ = 1184;
const parseTimestamptzSlowly = types.getTypeParser(TIMESTAMPTZ, 'text') as (text: string) => Date;

/**
 * A `timestamptz` as a UTC session writes it (`2027-03-01 08:30:00.123456+00`), read without the regular expressions
 * of node-postgres' general parser, which a calendar of thousands of rows feels. Sub-millisecond digits are cut off as
 * that parser does; anything else (another offset, years before 1000 or after 9999, BC, infinity) goes to it.
 */
export function parseTimestamptz(text: string): Date {
  const n = text.length;
  if (
    n >= 22 &&
    n <= 29 &&
    text.charCodeAt(n - 3) === 43 &&
    text.charCodeAt(n - 2) === 48 &&
    text.charCodeAt(n - 1) === 48 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(10) === 32 &&
    text.charCodeAt(0) !== 48 &&
    (n === 22 || text.charCodeAt(19) === 46)
  ) {
    const digit = (i: number) => text.charCodeAt(i) - 48;
    const two = (i: number) => digit(i) * 10 + digit(i + 1);
    let ms = 0;
    for (let i = 20, scale = 100; i < n - 3 && scale >= 1; i++, scale /= 10) ms += digit(i) * scale;
    return new Date(Date.UTC(two(0) * 100 + two(2), two(5) - 1, two(8), two(11), two(14), two(17), ms));
  }
  return parseTimestamptzSlowly(text);
}

/** node-postgres' parsers, with `parseTimestamptz` for timestamptz; for the pools of this process only. */
export const pgTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMPTZ && format !== 'binary'
      ? parseTimestamptz
      : types.getTypeParser(oid, format ?? 'text')) as CustomTypesConfig['getTypeParser'],
};

/**
 * One place for how Planbord talks to PostgreSQL: migrations only, snake_case names, UTC sessions. While the database
 * is away a request fails within seconds instead of waiting for a connection; the pool reconnects when it is back.
 */
export function databaseOptions(url: string, entities: Classes, migrations: Classes): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 10, options: '-c timezone=UTC', connectionTimeoutMillis: 5000, types: pgTypes },
    logging: false,
  };
}
