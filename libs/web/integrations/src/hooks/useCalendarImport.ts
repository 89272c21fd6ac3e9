import { useMutation, useQuery } from '@apollo/client/react';
import { CalendarImportsDocument, UndoImportDocument, evictRootFields } from '@planbord/web-graphql';

export interface CalendarImportProblem {
  row: number;
  field: string | null;
  column: string | null;
  code: string;
  message: string;
}

export interface CalendarDryRun {
  headers: string[];
  mapping: Record<string, string | null>;
  mappingIssues: { field: string; code: string; message: string }[];
  rowCount: number;
  events: number;
  posts: number;
  skipped: number;
  failed: number;
  problems: CalendarImportProblem[];
  preview: {
    row: number;
    title: string;
    startsAt: string;
    endsAt: string;
    allDay: boolean;
    department: string;
    channel: string;
    post: boolean;
  }[];
}

export interface CalendarImportDone {
  importId: string | null;
  created: number;
  posts: number;
  skipped: number;
  failed: number;
}

/** A refused upload, with the server's message and the fields it named. */
export class CalendarImportFailure extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * Sends the file to `POST /import/calendar` (a dry run, or the import itself), telling how much of it has gone: an
 * XMLHttpRequest, because fetch reports no upload progress.
 */
export function sendCalendarFile<T>(
  file: File,
  fields: { dryRun: boolean; year: string; mapping: Record<string, string | null> | null },
  onProgress: (share: number) => void,
): Promise<T> {
  const body = new FormData();
  body.append('file', file);
  if (fields.dryRun) body.append('dryRun', 'true');
  body.append('year', fields.year);
  if (fields.mapping) body.append('mapping', JSON.stringify(fields.mapping));
  return new Promise<T>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/import/calendar');
    request.setRequestHeader('X-Requested-With', 'planbord');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const answer = request.response as (T & { error?: string; fields?: Record<string, string> }) | null;
      if (request.status === 200 && answer) resolve(answer);
      else reject(new CalendarImportFailure(answer?.error ?? String(request.status), answer?.fields ?? {}));
    };
    request.onerror = () => reject(new CalendarImportFailure(''));
    request.send(body);
  });
}

/** My recent calendar imports. */
export function useCalendarImports() {
  const { data, loading, error, refetch } = useQuery(CalendarImportsDocument, { fetchPolicy: 'cache-and-network' });
  return { imports: data?.calendarImports ?? null, loading, error, refetch };
}

/** Undoes an import; the calendar reads its items again. */
export function useUndoImport() {
  const [mutate, state] = useMutation(UndoImportDocument, {
    update: (cache) => evictRootFields(cache, ['calendar']),
  });
  return [(id: string) => mutate({ variables: { id } }), state] as const;
}
