import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { coreEntities, SnakeNamingStrategy, type FeatureManifest } from '@planbord/api-core';
import { identityFeature } from '@planbord/api-identity';
import { insightsFeature } from '@planbord/api-insights';
import { integrationsFeature } from '@planbord/api-integrations';
import { newsroomFeature } from '@planbord/api-newsroom';
import { notificationsFeature } from '@planbord/api-notifications';
import { planningFeature } from '@planbord/api-planning';
import { publishingFeature } from '@planbord/api-publishing';
import { appMigrations } from './migrations';

const FEATURES: FeatureManifest[] = [
  identityFeature,
  planningFeature,
  publishingFeature,
  notificationsFeature,
  newsroomFeature,
  integrationsFeature,
  insightsFeature,
];
const ROOT = join(__dirname, '..', '..', '..');
const CORE = 'core';

/** Who owns which table and entity class, from the manifests and the entities' own metadata. */
function ownership() {
  const naming = new SnakeNamingStrategy();
  const storage = getMetadataArgsStorage();
  const tables = new Map<string, string>();
  const entities = new Map<string, string>();
  const views = new Set<string>();
  const claim = (owner: string, classes: readonly unknown[]) => {
    for (const entity of classes as ((...args: never[]) => unknown)[]) {
      const table = storage.tables.find((t) => t.target === entity);
      tables.set(naming.tableName(entity.name, table?.name), owner);
      entities.set(entity.name, owner);
      for (const link of storage.joinTables.filter((j) => j.target === entity))
        if (link.name) tables.set(link.name, owner);
    }
  };
  claim(CORE, coreEntities);
  // The tables core keeps without an entity, as its first migrations made them.
  for (const migration of appMigrations) {
    for (const [, name] of readFileSync(sourceOf(migration.name), 'utf8').matchAll(/CREATE TABLE (\w+)/g))
      if (!tables.has(name)) tables.set(name, CORE);
  }
  for (const feature of FEATURES) {
    claim(feature.name, feature.entities);
    for (const table of feature.tables ?? []) tables.set(table, feature.name);
    for (const view of feature.views ?? []) views.add(view);
  }
  return { tables, entities, views };
}

function sourceOf(migrationClass: string): string {
  const dir = join(ROOT, 'apps/api/src/migrations');
  const file = readdirSync(dir).find((f) => f.startsWith(/(\d{13})$/.exec(migrationClass)?.[1] ?? '-'));
  if (!file) throw new Error(`no source for ${migrationClass}`);
  return join(dir, file);
}

const { tables, entities, views } = ownership();

// SQL keywords are written in capitals in this code base; what follows them is a table (or a CTE, an alias, a function).
const SQL_TABLE = /\b(?:FROM|JOIN|UPDATE|INTO|TABLE)\s+"?([a-z_][a-z0-9_]*)/g;
// Query-builder joins and selects name tables as strings.
const BUILDER_TABLE = /\.(?:from|leftJoin|innerJoin|leftJoinAndSelect|innerJoinAndSelect)\(\s*'([a-z_][a-z0-9_]*)'/g;
// TypeORM access to an entity: a repository, or an entity manager's methods and our helpers taking the class.
const ENTITY_ACCESS = [
  /\b(?:getRepository|createQueryBuilder)\(\s*([A-Z]\w*)/g,
  /\b(?:findRows|findOrNotFound|updateVersioned|selectColumns)\(\s*[\w.]+\s*,\s*(?:[\w.]+\s*,\s*)?([A-Z]\w*)/g,
  /\.(?:insert|update|delete|softDelete|restore|create|save|remove|findOne|findOneBy|findOneOrFail|findBy|find|count|countBy|exists|existsBy|increment|decrement|upsert)\(\s*([A-Z]\w*)\s*,/g,
];

/** Every place in a feature's source that reads or writes a table (or an entity) another owner has; views are open. */
export function forbiddenAccess(feature: string, source: string): string[] {
  const found: string[] = [];
  for (const pattern of [SQL_TABLE, BUILDER_TABLE]) {
    for (const [, name] of source.matchAll(pattern)) {
      const owner = tables.get(name);
      if (owner && owner !== feature && !views.has(name)) found.push(`SQL on ${name} (${owner})`);
    }
  }
  for (const pattern of ENTITY_ACCESS) {
    for (const [, name] of source.matchAll(pattern)) {
      const owner = entities.get(name);
      if (owner && owner !== feature) found.push(`repository access to ${name} (${owner})`);
    }
  }
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.ts$/.test(name) && !/\.spec\.ts$/.test(name) ? [path] : [];
  });
}

describe('feature ownership of tables', () => {
  it.each(FEATURES.map((feature) => feature.name))(
    'the %s feature reads and writes only its own tables (and published views)',
    (feature) => {
      const violations = sources(join(ROOT, 'libs/api', feature, 'src')).flatMap((file) =>
        forbiddenAccess(feature, readFileSync(file, 'utf8')).map((what) => `${relative(ROOT, file)}: ${what}`),
      );
      expect(violations).toEqual([]);
    },
  );

  it('knows who owns each table the features use', () => {
    expect(tables.get('posts')).toBe('publishing');
    expect(tables.get('event_themes')).toBe('planning');
    expect(tables.get('channel_audiences')).toBe('identity');
    expect(tables.get('notifications')).toBe('notifications');
    expect(tables.get('idempotency_keys')).toBe(CORE);
  });

  it('sees a forbidden read in SQL, in a query builder and through a repository', () => {
    expect(
      forbiddenAccess('planning', "await db.query('SELECT title, status FROM posts WHERE id = $1', [id]);"),
    ).toEqual(['SQL on posts (publishing)']);
    expect(
      forbiddenAccess(
        'publishing',
        "q.andWhere('EXISTS (SELECT 1 FROM event_themes t WHERE t.event_id = p.event_id)')",
      ),
    ).toEqual(['SQL on event_themes (planning)']);
    expect(forbiddenAccess('publishing', "query.leftJoin('rubrics', 'r', 'r.id = p.slot_id')")).toEqual([
      'SQL on rubrics (planning)',
    ]);
    expect(forbiddenAccess('planning', 'await this.db.getRepository(User).findOneBy({ id });')).toEqual([
      'repository access to User (identity)',
    ]);
    expect(forbiddenAccess('publishing', 'await em.insert(Notification, rows);')).toEqual([
      'repository access to Notification (notifications)',
    ]);
    expect(forbiddenAccess('planning', 'await em.query(`UPDATE audit_entries SET after = NULL`);')).toEqual([
      'SQL on audit_entries (core)',
    ]);
  });

  it('lets a feature join on the views another publishes, and on its own tables', () => {
    expect(
      forbiddenAccess(
        'publishing',
        "q.andWhere('EXISTS (SELECT 1 FROM planning_post_assignees a WHERE a.post_id = p.id)')",
      ),
    ).toEqual([]);
    expect(
      forbiddenAccess('planning', 'await db.query(`SELECT 1 FROM events e JOIN assignments a ON a.event_id = e.id`);'),
    ).toEqual([]);
  });
});
