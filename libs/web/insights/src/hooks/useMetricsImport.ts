export type MetricsFormat = 'META_FACEBOOK' | 'META_INSTAGRAM' | 'LINKEDIN' | 'X';

/** The answer of `POST /import/metrics`: every row matched, updated, or unmatched with the reason. */
export interface MetricsImportReport {
  format: MetricsFormat;
  rows: number;
  matched: number;
  updated: number;
  unmatched: { row: number; reason: string }[];
}

/** What the mapping step needs: the file's headers and, per format, its fields and what they would take. */
export interface MappingNeeded {
  headers: string[];
  format: MetricsFormat | null;
  formats: {
    format: MetricsFormat;
    fields: { field: string; required: boolean }[];
    mapping: Record<string, string | null>;
  }[];
}

/** A refused upload, with the server's message, the fields it named and, when the file needs it, the mapping step. */
export class MetricsImportFailure extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, string> = {},
    readonly mappingNeeded: MappingNeeded | null = null,
  ) {
    super(message);
  }
}

type Answer = Partial<MetricsImportReport & MappingNeeded> & { error?: string; fields?: Record<string, string> };

/**
 * Sends an export file to `POST /import/metrics`, with the format and mapping after the mapping step, telling how
 * much of it has gone: an XMLHttpRequest, because fetch reports no upload progress.
 */
export function sendMetricsFile(
  file: File,
  choice: { format: MetricsFormat; mapping: Record<string, string | null> } | null,
  onProgress: (share: number) => void,
): Promise<MetricsImportReport> {
  const body = new FormData();
  body.append('file', file);
  if (choice) {
    body.append('format', choice.format);
    body.append('mapping', JSON.stringify(choice.mapping));
  }
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/import/metrics');
    request.setRequestHeader('X-Requested-With', 'planbord');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const answer = request.response as Answer | null;
      if (request.status === 200 && answer) return resolve(answer as MetricsImportReport);
      const needed =
        answer?.headers && answer.formats
          ? { headers: answer.headers, format: answer.format ?? null, formats: answer.formats }
          : null;
      reject(new MetricsImportFailure(answer?.error ?? String(request.status), answer?.fields ?? {}, needed));
    };
    request.onerror = () => reject(new MetricsImportFailure(''));
    request.send(body);
  });
}
