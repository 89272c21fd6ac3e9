/** A field an import fills, with the column names that usually hold it (in any case, with or without accents). */
export interface ImportField {
  key: string;
  /** Other names for the column, Dutch and English; the key itself always counts. */
  synonyms: readonly string[];
  required?: boolean;
}

/** Which column (by its header as written) fills which field; `null`: the field stays empty. */
export type ColumnMapping = Record<string, string | null>;

/**
 * A header as compared with field names: lower case, without accents, with spaces, underscores, hyphens and dots
 * between words made one space, and nothing around it (`" Publicatie_Datum "` → `publicatie datum`).
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_.\-/]+/g, ' ')
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .trim();
}

/**
 * The mapping an import starts from: each field takes the first column whose normalised header is its key or one of
 * its synonyms; exact names win over synonyms, and no column fills two fields.
 */
export function guessMapping(headers: readonly string[], fields: readonly ImportField[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping = Object.fromEntries(fields.map((field) => [field.key, null]));
  const names = (field: ImportField) => [field.key, ...field.synonyms].map(normaliseHeader);
  for (const pass of ['key', 'synonym'] as const) {
    for (const field of fields) {
      if (mapping[field.key] !== null) continue;
      const wanted = pass === 'key' ? [normaliseHeader(field.key)] : names(field);
      const column = normalised.findIndex((header, index) => !taken.has(index) && wanted.includes(header));
      if (column >= 0) {
        taken.add(column);
        mapping[field.key] = headers[column];
      }
    }
  }
  return mapping;
}

export type MappingIssue = { field: string; code: 'notFound' | 'required' | 'taken' };

/**
 * A person's changes on top of the guess: a field named in `changes` takes that column (or none), the others keep
 * the guess. Answers the mapping and what is wrong with it: a column the file does not have, a required field left
 * without a column, one column for two fields.
 */
export function resolveMapping(
  headers: readonly string[],
  fields: readonly ImportField[],
  changes: ColumnMapping = {},
): { mapping: ColumnMapping; issues: MappingIssue[] } {
  const mapping = guessMapping(headers, fields);
  const issues: MappingIssue[] = [];
  for (const [key, column] of Object.entries(changes)) {
    if (!fields.some((field) => field.key === key)) issues.push({ field: key, code: 'notFound' });
    else if (column !== null && !headers.includes(column)) issues.push({ field: key, code: 'notFound' });
    else mapping[key] = column;
  }
  const used = new Map<string, string>();
  for (const field of fields) {
    const column = mapping[field.key];
    if (column === null) {
      if (field.required) issues.push({ field: field.key, code: 'required' });
    } else if (used.has(column)) issues.push({ field: field.key, code: 'taken' });
    else used.set(column, field.key);
  }
  return { mapping, issues };
}

/** One record's cells by field, through the mapping; a field without a column is the empty string. */
export function cellsByField(
  headers: readonly string[],
  cells: readonly string[],
  mapping: ColumnMapping,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(mapping).map(([key, column]) => [
      key,
      column === null ? '' : (cells[headers.indexOf(column)] ?? '').trim(),
    ]),
  );
}
