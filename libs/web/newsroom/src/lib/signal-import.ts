/** Which column fills which field of a signal, as the dry run guessed it or the person changed it. */
export interface FieldColumn {
  field: string;
  column: string | null;
  required: boolean;
}

/** The states after which an import's progress no longer changes. */
const FINISHED = new Set(['DONE', 'FAILED']);
export const isImportFinished = (status: string) => FINISHED.has(status);

/** The mapping with one field filled from another column (or from none), each column filling one field at most. */
export function withColumn(mapping: readonly FieldColumn[], field: string, column: string | null): FieldColumn[] {
  return mapping.map((entry) => {
    if (entry.field === field) return { ...entry, column };
    if (column !== null && entry.column === column) return { ...entry, column: null };
    return entry;
  });
}

/** The mapping as the API takes it back. */
export const mappingInput = (mapping: readonly FieldColumn[]) =>
  mapping.map(({ field, column }) => ({ field, column }));

/** The required fields no column fills. */
export const unmappedRequired = (mapping: readonly FieldColumn[]) =>
  mapping.filter((entry) => entry.required && !entry.column).map((entry) => entry.field);

/** Progress from 0 to 1 as a whole percentage. */
export const percent = (progress: number) => Math.round(Math.min(1, Math.max(0, progress)) * 100);
