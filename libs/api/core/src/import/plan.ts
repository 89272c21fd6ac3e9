import { createHash } from 'node:crypto';
import type { FieldIssues, Issue } from '@planbord/domain';
import { cellsByField, resolveMapping, type ColumnMapping, type ImportField, type MappingIssue } from './columns';
import { decodeText, parseCsv, type CsvTable, type Delimiter } from './csv';

export interface ImportContext {
  /** The organisation's zone: a time without offset in a file is local time there. */
  timeZone: string;
  now: Date;
}

/** What one kind of import reads from a file: its fields, and how one row's cells become a record. */
export interface ImportSpec<T> {
  /** Names the import (`signals`, `calendar`); also part of every row's key. */
  kind: string;
  fields: readonly ImportField[];
  read(cells: Readonly<Record<string, string>>, context: ImportContext): { record: T } | { issues: FieldIssues };
}

/** What is wrong with one row: `field` is the import's field, or null when the row as a whole could not be read. */
export interface RowProblem {
  row: number;
  field: string | null;
  issue: Issue;
}

export interface PlannedRow<T> {
  row: number;
  /** The same for the same content in any file: what makes re-importing a row a no-op. */
  key: string;
  cells: Record<string, string>;
  record: T;
}

export interface ImportPlan<T> {
  /** SHA-256 of the decoded text: the same export, saved with other line endings or a BOM, has the same hash. */
  contentHash: string;
  delimiter: Delimiter;
  headers: string[];
  mapping: ColumnMapping;
  mappingIssues: MappingIssue[];
  /** Records in the file, empty lines not counted. */
  rowCount: number;
  rows: PlannedRow<T>[];
  /** Rows whose content an earlier row of the same file already has. */
  repeated: number;
  problems: RowProblem[];
}

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The key of a row's content, by field in the spec's order: trimmed cells, so spacing alone makes no new row. */
export function rowKey(kind: string, fields: readonly ImportField[], cells: Readonly<Record<string, string>>): string {
  const hash = createHash('sha256').update(kind);
  for (const field of fields) hash.update('\u001f').update(cells[field.key] ?? '');
  return hash.digest('hex');
}

/**
 * The dry run of an import, also what the import itself writes from: reads the file, maps its columns (the guess,
 * changed by `changes`), reads every row and lists every row's problems. Writes nothing.
 */
export function planImport<T>(
  spec: ImportSpec<T>,
  bytes: Uint8Array,
  context: ImportContext,
  changes?: ColumnMapping,
): ImportPlan<T> {
  const text = decodeText(bytes);
  return planTable(spec, parseCsv(text), contentHash(text), context, changes);
}

/** The same dry run for a table already read (a spreadsheet's first sheet), with the hash of its content. */
export function planTable<T>(
  spec: ImportSpec<T>,
  table: CsvTable,
  hash: string,
  context: ImportContext,
  changes?: ColumnMapping,
): ImportPlan<T> {
  const { mapping, issues: mappingIssues } = resolveMapping(table.headers, spec.fields, changes);
  const problems: RowProblem[] = table.malformed.map(({ row, reason }) => ({
    row,
    field: null,
    issue: { code: reason },
  }));
  const rows: PlannedRow<T>[] = [];
  const seen = new Set<string>();
  let repeated = 0;
  for (const { row, cells: raw } of table.records) {
    const cells = cellsByField(table.headers, raw, mapping);
    const result = spec.read(cells, context);
    if ('issues' in result) {
      for (const [field, issue] of Object.entries(result.issues)) problems.push({ row, field, issue });
      continue;
    }
    const key = rowKey(spec.kind, spec.fields, cells);
    if (seen.has(key)) {
      repeated++;
      continue;
    }
    seen.add(key);
    rows.push({ row, key, cells, record: result.record });
  }
  problems.sort((a, b) => a.row - b.row);
  return {
    contentHash: hash,
    delimiter: table.delimiter,
    headers: table.headers,
    mapping,
    mappingIssues,
    rowCount: table.records.length + table.malformed.length,
    rows,
    repeated,
    problems,
  };
}
