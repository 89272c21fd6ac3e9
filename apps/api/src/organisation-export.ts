import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Logger, Req, Res } from '@nestjs/common';
import { Field, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource, type EntityManager } from 'typeorm';
import { can } from '@planbord/domain';
import type { PlanbordRequest } from '@planbord/api-core';

/**
 * The whole organisation as one JSON file, for portability and as a backup: every table of Planbord's schema (the
 * database as a whole is the app's, as its migrations are), without what signs people in. One row to a line, so a
 * file of millions of rows is written and read back as a stream.
 */
export const EXPORT_FORMAT = 'planbord-organisation';
export const EXPORT_VERSION = 1;

/**
 * Left out entirely: who is signed in and how (sessions, API tokens, the secret addresses of calendar feeds), retries,
 * throttles and unfinished uploads; the migrations' own bookkeeping. Derived tables (rollups) are left out too.
 */
const LEFT_OUT_TABLES = new Set([
  'migrations',
  'sessions',
  'api_tokens',
  'calendar_feeds',
  'idempotency_keys',
  'login_failures',
  'login_throttles',
  'import_runs',
]);
/** Secrets that sign people or systems in: left out, so a restored person needs a new password, a source a new secret. */
const LEFT_OUT_COLUMNS: Record<string, readonly string[]> = {
  users: ['password_hash'],
  ingest_sources: ['secret'],
  webhooks: ['secret'],
};
/** What a left-out NOT NULL column holds after a restore (SQL): no password matches it; a webhook's secret nobody knows. */
const RESTORED_PLACEHOLDER: Record<string, Record<string, string>> = {
  users: { password_hash: "''" },
  webhooks: { secret: "'whsec_' || encode(sha256(gen_random_uuid()::text::bytea), 'base64')" },
};

const BATCH = 2000;

interface Table {
  name: string;
  columns: string[];
  primaryKey: string[];
  /** Foreign keys: column → referenced table, and whether the column may be empty. */
  references: { column: string; table: string; nullable: boolean }[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The tables of the schema with the columns a row is written with (generated columns are made again). */
/** Rollups and the like, which triggers keep from other tables (their comment starts "Derived:"). */
async function derivedTables(db: DataSource | EntityManager): Promise<string[]> {
  const rows: { name: string }[] = await db.query(`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind = 'r' AND obj_description(c.oid, 'pg_class') LIKE 'Derived:%'`);
  return rows.map((row) => row.name);
}

async function tablesOf(db: DataSource | EntityManager): Promise<Table[]> {
  const columns: { table: string; column: string; nullable: boolean; generated: boolean }[] = await db.query(`
    SELECT c.table_name AS "table", c.column_name AS "column", c.is_nullable = 'YES' AS nullable,
      (c.is_generated = 'ALWAYS' OR c.generation_expression IS NOT NULL) AS generated
    FROM information_schema.columns c
    JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
    ORDER BY c.table_name, c.ordinal_position`);
  const keys: { table: string; column: string }[] = await db.query(`
    SELECT tc.table_name AS "table", k.column_name AS "column"
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage k ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
    WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY'
    ORDER BY tc.table_name, k.ordinal_position`);
  const foreign: { table: string; column: string; target: string }[] = await db.query(`
    SELECT rel.relname AS "table", att.attname AS "column", target.relname AS target
    FROM pg_constraint con
    JOIN pg_class rel ON rel.oid = con.conrelid
    JOIN pg_class target ON target.oid = con.confrelid
    JOIN pg_namespace ns ON ns.oid = rel.relnamespace
    CROSS JOIN LATERAL unnest(con.conkey) AS key(attnum)
    JOIN pg_attribute att ON att.attrelid = con.conrelid AND att.attnum = key.attnum
    WHERE con.contype = 'f' AND ns.nspname = current_schema()`);
  const derived = new Set(await derivedTables(db));
  const names = [...new Set(columns.map((c) => c.table))].filter(
    (name) => !LEFT_OUT_TABLES.has(name) && !derived.has(name),
  );
  return names.map((name) => {
    const own = columns.filter((c) => c.table === name);
    const leftOut = LEFT_OUT_COLUMNS[name] ?? [];
    return {
      name,
      columns: own.filter((c) => !c.generated && !leftOut.includes(c.column)).map((c) => c.column),
      primaryKey: keys.filter((k) => k.table === name).map((k) => k.column),
      references: foreign
        .filter((f) => f.table === name && !LEFT_OUT_TABLES.has(f.target))
        .map((f) => ({
          column: f.column,
          table: f.target,
          nullable: own.find((c) => c.column === f.column)!.nullable,
        })),
    };
  });
}

/**
 * Parents before children: a table comes after every table it refers to. Where tables refer to each other in a circle,
 * a reference that may be empty lets its table go first; such references, and those of a table to itself, are filled
 * in once every row is in.
 */
function loadOrder(tables: Table[]): Table[] {
  const ordered: Table[] = [];
  const placed = new Set<string>();
  const known = new Set(tables.map((t) => t.name));
  const waitsFor = (t: Table, r: Table['references'][number]) =>
    r.table !== t.name && known.has(r.table) && !placed.has(r.table);
  let rest = [...tables].sort((a, b) => a.name.localeCompare(b.name));
  while (rest.length) {
    let ready = rest.filter((t) => t.references.every((r) => !waitsFor(t, r)));
    if (ready.length === 0) ready = rest.filter((t) => t.references.every((r) => r.nullable || !waitsFor(t, r)));
    if (ready.length === 0) throw new Error(`the tables ${rest.map((t) => t.name).join(', ')} refer to each other`);
    for (const t of ready) {
      ordered.push(t);
      placed.add(t.name);
    }
    rest = rest.filter((t) => !placed.has(t.name));
  }
  return ordered;
}

export async function lastMigration(db: DataSource | EntityManager): Promise<string> {
  const [row]: { name: string }[] = await db.query('SELECT name FROM migrations ORDER BY timestamp DESC LIMIT 1');
  return row?.name ?? '';
}

/** The export as it is read, table by table in the order a restore loads them, each table's rows in key order. */
export async function* organisationExport(db: DataSource, exportedAt = new Date()): AsyncGenerator<string> {
  // One snapshot from the first row to the last: what changes meanwhile is either wholly in the file or not at all.
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction('REPEATABLE READ');
    await runner.query('SET TRANSACTION READ ONLY');
    yield* exportRows(runner.manager, exportedAt);
  } finally {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    await runner.release();
  }
}

async function* exportRows(db: EntityManager, exportedAt: Date): AsyncGenerator<string> {
  const tables = loadOrder(await tablesOf(db));
  const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, schema: await lastMigration(db), exportedAt };
  yield `${JSON.stringify(header).slice(0, -1)},"tables":{\n`;
  for (const [i, table] of tables.entries()) {
    yield `${JSON.stringify(table.name)}:[\n`;
    const select = table.columns.map(ident).join(', ');
    const order = (table.primaryKey.length ? table.primaryKey : table.columns).map(ident).join(', ');
    let after: unknown[] | null = null;
    let first = true;
    for (;;) {
      // Keyset pages on the primary key: each page as quick as the first, however large the table.
      const where: string =
        after && table.primaryKey.length
          ? `WHERE (${order}) > (${table.primaryKey.map((_, n) => `$${n + 1}`).join(', ')})`
          : '';
      const rows: { row: Record<string, unknown> }[] = await db.query(
        `SELECT row_to_json(t) AS row FROM (SELECT ${select} FROM ${ident(table.name)} ${where} ORDER BY ${order}
           ${table.primaryKey.length ? `LIMIT ${BATCH}` : ''}) t`,
        after ?? [],
      );
      yield rows.map(({ row }, n) => `${first && n === 0 ? '' : ',\n'}${JSON.stringify(row)}`).join('');
      if (rows.length) first = false;
      if (!table.primaryKey.length || rows.length < BATCH) break;
      const last = rows[rows.length - 1].row;
      after = table.primaryKey.map((c) => last[c]);
    }
    yield `${first ? '' : '\n'}]${i < tables.length - 1 ? ',' : ''}\n`;
  }
  yield '}}\n';
}

export interface RestoreResult {
  tables: number;
  rows: number;
}

/**
 * Loads an export into a database that holds no organisation yet (migrated, nobody in it), in one transaction: what
 * the migrations put in (default office hours and norms, the settings rows) is replaced by what the file holds.
 */
export async function restoreOrganisation(db: DataSource, file: string): Promise<RestoreResult> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await iterator.next();
    return done ? null : (value as string);
  };
  const headerLine = await next();
  const header = headerLine?.endsWith(',"tables":{')
    ? (JSON.parse(`${headerLine.slice(0, -',"tables":{'.length)}}`) as {
        format?: string;
        version?: number;
        schema?: string;
      })
    : null;
  if (header?.format !== EXPORT_FORMAT) throw new Error('This is not an organisation export of Planbord.');
  if (header.version !== EXPORT_VERSION) throw new Error(`Export version ${header.version} is not supported here.`);
  const schema = await lastMigration(db);
  if (header.schema !== schema)
    throw new Error(
      `The export is of database version ${header.schema}, this Planbord is at ${schema}: use the same version.`,
    );

  return db.transaction(async (em) => {
    const [{ people }]: { people: number }[] = await em.query('SELECT count(*)::int AS people FROM users');
    if (people > 0) throw new Error('The database already holds an organisation: restore into an empty database.');
    const tables = new Map((await tablesOf(em)).map((t) => [t.name, t]));
    // Derived tables start empty too: the triggers that keep them fill them again as the rows come in.
    await em.query(`TRUNCATE ${[...tables.keys(), ...(await derivedTables(em))].map(ident).join(', ')} CASCADE`);

    const loaded = new Set<string>();
    /** The references filled in at the end: per row only its key and the values that wait. */
    const later: { table: Table; columns: string[]; rows: Record<string, unknown>[] }[] = [];
    let rows = 0;

    const insert = async (table: Table, batch: Record<string, unknown>[]) => {
      const waiting = table.references.filter((r) => !loaded.has(r.table) || r.table === table.name);
      const required = waiting.find((r) => !r.nullable && r.table !== table.name && tables.has(r.table));
      if (required)
        throw new Error(`"${table.name}" comes before "${required.table}" in the export; it cannot be loaded.`);
      const deferred = waiting.filter((r) => tables.has(r.table)).map((r) => r.column);
      const placeholder = RESTORED_PLACEHOLDER[table.name] ?? {};
      const columns = [...table.columns, ...Object.keys(placeholder)];
      const values = columns.map((c) =>
        c in placeholder ? placeholder[c] : deferred.includes(c) ? 'NULL' : `j.${ident(c)}`,
      );
      await em.query(
        `INSERT INTO ${ident(table.name)} (${columns.map(ident).join(', ')})
         SELECT ${values.join(', ')} FROM json_populate_recordset(NULL::${ident(table.name)}, $1::json) j`,
        [JSON.stringify(batch)],
      );
      const waitingRows = batch
        .filter((row) => deferred.some((c) => row[c] != null))
        .map((row) => Object.fromEntries([...table.primaryKey, ...deferred].map((c) => [c, row[c]])));
      if (waitingRows.length) later.push({ table, columns: deferred, rows: waitingRows });
      rows += batch.length;
    };

    let current: Table | null = null;
    let batch: Record<string, unknown>[] = [];
    for (let line = await next(); line !== null; line = await next()) {
      const opening = /^("(?:[^"\\]|\\.)*"):\[$/.exec(line);
      if (opening) {
        const name = JSON.parse(opening[1]) as string;
        current = tables.get(name) ?? null;
        if (!current) throw new Error(`The export has a table "${name}" that this Planbord does not know.`);
        continue;
      }
      if (!current) continue;
      if (line.startsWith(']')) {
        if (batch.length) await insert(current, batch);
        loaded.add(current.name);
        batch = [];
        current = null;
        continue;
      }
      batch.push(JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line) as Record<string, unknown>);
      if (batch.length === BATCH) {
        await insert(current, batch);
        batch = [];
      }
    }
    if (current) throw new Error('The export ends in the middle of a table: the file is incomplete.');

    for (const { table, columns, rows: waiting } of later) {
      await em.query(
        `UPDATE ${ident(table.name)} t SET ${columns.map((c) => `${ident(c)} = j.${ident(c)}`).join(', ')}
         FROM json_populate_recordset(NULL::${ident(table.name)}, $1::json) j
         WHERE ${table.primaryKey.map((c) => `t.${ident(c)} = j.${ident(c)}`).join(' AND ')}`,
        [JSON.stringify(waiting)],
      );
    }
    // Counters behind serial columns go on after the highest value restored.
    const serials: { table: string; column: string; sequence: string | null }[] = await em.query(`
      SELECT table_name AS "table", column_name AS "column",
        pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
      FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'`);
    for (const serial of serials.filter((s) => s.sequence && tables.has(s.table)))
      await em.query(
        `SELECT setval($1, coalesce((SELECT max(${ident(serial.column)}) FROM ${ident(serial.table)}), 0) + 1, false)`,
        [serial.sequence],
      );
    return { tables: loaded.size, rows };
  });
}

/** `GET /export/organisation.json`: an administrator downloads everything, streamed as it is read. */
@Controller('export')
export class OrganisationExportController {
  private readonly logger = new Logger('Export');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('organisation.json')
  async organisation(@Req() req: PlanbordRequest, @Res() res: Response): Promise<void> {
    if (!req.user) {
      res.status(401).json({ error: 'not signed in' });
      return;
    }
    if (!can(req.user.role, 'Query.organisationExport')) {
      res.status(403).json({ error: 'not allowed' });
      return;
    }
    const exportedAt = new Date();
    res.status(200).set({
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="planbord-${exportedAt.toISOString().slice(0, 10)}.json"`,
      'Cache-Control': 'private, no-store',
    });
    try {
      await pipeline(Readable.from(organisationExport(this.db, exportedAt)), res);
    } catch (error) {
      // The answer has begun: ending it unfinished makes the file fail to parse, so it is never taken for complete.
      this.logger.error(`organisation export: ${(error as Error).message}`);
      res.destroy();
    }
  }
}

@ObjectType()
export class ExportedTable {
  @Field() name: string;
  @Field(() => Int) rows: number;
}

@ObjectType({ description: 'What `GET /export/organisation.json` holds now' })
export class OrganisationExport {
  @Field({ description: 'Where to download it (signed in as an administrator)' }) path: string;
  @Field({ description: 'The database version a restore needs' }) schema: string;
  @Field(() => [ExportedTable], { description: 'Each table in the export, in the order a restore loads them' })
  tables: ExportedTable[];
}

@Resolver(() => OrganisationExport)
export class OrganisationExportResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => OrganisationExport, { description: 'What the organisation export holds (administrators).' })
  async organisationExport(): Promise<OrganisationExport> {
    const tables = loadOrder(await tablesOf(this.db));
    const counts: { name: string; rows: number }[] = await this.db.query(
      tables.map((t) => `SELECT '${t.name}' AS name, count(*)::int AS rows FROM ${ident(t.name)}`).join(' UNION ALL '),
    );
    const rows = new Map(counts.map((c) => [c.name, c.rows]));
    return {
      path: '/export/organisation.json',
      schema: await lastMigration(this.db),
      tables: tables.map((t) => ({ name: t.name, rows: rows.get(t.name) ?? 0 })),
    };
  }
}
