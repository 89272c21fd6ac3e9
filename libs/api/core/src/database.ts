import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
type Classes = MixedList<Function>;

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
    extra: { max: 10, options: '-c timezone=UTC', connectionTimeoutMillis: 5000 },
    logging: false,
  };
}
