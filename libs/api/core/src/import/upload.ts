import type { Logger } from '@nestjs/common';
import type { Response } from 'express';
import multer from 'multer';
import { can, type Locale, type Operation } from '@planbord/domain';
import { DomainError, toGraphQLError } from '../errors';
import type { PlanbordRequest, SessionUser } from '../request';
import type { ColumnMapping } from './columns';
import { MAX_IMPORT_BYTES } from './import-runs';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 },
});

export interface Upload {
  user: SessionUser;
  file: { originalname: string; buffer: Buffer };
  /** The form's other fields, as sent. */
  fields: Record<string, string>;
  /** `mapping`, a JSON object of field to column, when sent. */
  mapping?: ColumnMapping;
}

/**
 * A file sent to `/import/*` from Planbord's own pages (multipart, the file in `file`, `X-Requested-With: planbord`
 * as CSRF protection, signed in and allowed `operation`). Anything else is answered here, and null returned.
 */
export async function receiveUpload(req: PlanbordRequest, res: Response, operation: Operation): Promise<Upload | null> {
  if (req.header('x-requested-with') !== 'planbord') {
    res.status(403).json({ error: 'X-Requested-With: planbord is required' });
    return null;
  }
  if (!req.user) {
    res.status(401).json({ error: 'not signed in' });
    return null;
  }
  if (!can(req.user.role, operation)) {
    res.status(403).json({ error: 'not allowed' });
    return null;
  }
  try {
    await new Promise<void>((resolve, reject) =>
      upload.single('file')(req, res, (error) => (error ? reject(error) : resolve())),
    );
  } catch (error) {
    const tooLarge = (error as { code?: string }).code === 'LIMIT_FILE_SIZE';
    res.status(tooLarge ? 413 : 400).json({ error: tooLarge ? 'file too large' : (error as Error).message });
    return null;
  }
  const file = (req as PlanbordRequest & { file?: Upload['file'] }).file;
  const fields = (req.body ?? {}) as Record<string, string>;
  if (!file) {
    res.status(400).json({ error: 'no file in the field "file"' });
    return null;
  }
  let mapping: ColumnMapping | undefined;
  try {
    mapping = fields.mapping ? (JSON.parse(fields.mapping) as ColumnMapping) : undefined;
    if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)))
      throw new Error('mapping');
  } catch {
    res.status(400).json({ error: 'mapping must be a JSON object of field to column' });
    return null;
  }
  return { user: req.user, file, fields, mapping };
}

/** A refused import as JSON: a domain error with its code and fields (400, 404), anything else a logged 500. */
export function answerImportFailure(res: Response, error: unknown, locale: Locale, logger: Logger): void {
  const known = error instanceof DomainError ? toGraphQLError(error, locale) : null;
  if (known) {
    res.status(known.extensions.code === 'NOT_FOUND' ? 404 : 400).json({ error: known.message, ...known.extensions });
    return;
  }
  logger.error((error as Error).stack ?? String(error));
  res.status(500).json({ error: 'internal error' });
}
