import type { DataSourceOptions, MixedList } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity and migration classes
type Classes = MixedList<Function>;

/** One place for how Planbord talks to PostgreSQL: migrations only, snake_case names, UTC sessions. */
export function databaseOptions(url: string, entities: Classes, migrations: Classes): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    migrationsTransactionMode: 'each',
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    extra: { max: 10, options: '-c timezone=UTC' },
    logging: false,
  };
}
