import { Controller, HttpCode, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import multer from 'multer';
import { can } from '@planbord/domain';
import {
  DomainError,
  ImportRuns,
  MAX_IMPORT_BYTES,
  toGraphQLError,
  type ColumnMapping,
  type PlanbordRequest,
  type RawBodyRequest,
} from '@planbord/api-core';
import { IngestService } from './ingest.service';

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 10 },
});

/** Signals from outside GraphQL: signed webhook deliveries, and uploaded export files. */
@Controller()
export class IngestController {
  private readonly logger = new Logger('Ingest');

  constructor(
    private readonly ingest: IngestService,
    private readonly imports: ImportRuns,
  ) {}

  /** `POST /ingest/<source id>`, signed with `X-Planbord-Signature: sha256=<hex>` (see DESIGN §7). */
  @Post('ingest/:id')
  async deliver(@Param('id') id: string, @Req() req: RawBodyRequest, @Res() res: Response): Promise<void> {
    const raw = req.rawBody ?? Buffer.alloc(0);
    try {
      const delivery = await this.ingest.deliver(id, raw, req.header('x-planbord-signature'));
      if ('retryAfter' in delivery && delivery.retryAfter) res.set('Retry-After', String(delivery.retryAfter));
      res.status(delivery.status).json(delivery.body);
    } catch (error) {
      this.fail(res, error);
    }
  }

  /**
   * `POST /import/signals` (multipart: `file`, and `dryRun=true`; `mapping` as JSON `{"field": "column"}`): the dry
   * run of an export file, stored for `commitSignalImport`. Signed in, from Planbord's own pages
   * (`X-Requested-With: planbord`).
   */
  @Post('import/signals')
  @HttpCode(200)
  async importSignals(@Req() req: PlanbordRequest, @Res() res: Response): Promise<void> {
    if (req.header('x-requested-with') !== 'planbord') {
      res.status(403).json({ error: 'X-Requested-With: planbord is required' });
      return;
    }
    if (!req.user) {
      res.status(401).json({ error: 'not signed in' });
      return;
    }
    if (!can(req.user.role, 'Mutation.previewSignalImport')) {
      res.status(403).json({ error: 'not allowed' });
      return;
    }
    try {
      await new Promise<void>((resolve, reject) =>
        upload.single('file')(req, res, (error) => (error ? reject(error) : resolve())),
      );
    } catch (error) {
      const tooLarge = (error as { code?: string }).code === 'LIMIT_FILE_SIZE';
      res.status(tooLarge ? 413 : 400).json({ error: tooLarge ? 'file too large' : (error as Error).message });
      return;
    }
    const file = (req as PlanbordRequest & { file?: { originalname: string; buffer: Buffer } }).file;
    const fields = (req.body ?? {}) as Record<string, string>;
    if (!file) {
      res.status(400).json({ error: 'no file in the field "file"' });
      return;
    }
    if (fields.dryRun !== 'true') {
      res.status(400).json({ error: 'send dryRun=true; the import itself is commitSignalImport' });
      return;
    }
    let mapping: ColumnMapping | undefined;
    try {
      mapping = fields.mapping ? (JSON.parse(fields.mapping) as ColumnMapping) : undefined;
      if (mapping !== undefined && (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)))
        throw new Error('mapping');
    } catch {
      res.status(400).json({ error: 'mapping must be a JSON object of field to column' });
      return;
    }
    try {
      const preview = await this.imports.preview('signals', req.user, file.originalname, file.buffer, mapping);
      res.status(200).json(preview);
    } catch (error) {
      this.fail(res, error, req.user.locale);
    }
  }

  private fail(res: Response, error: unknown, locale: 'nl' | 'en' = 'nl'): void {
    const known = error instanceof DomainError ? toGraphQLError(error, locale) : null;
    if (known) {
      res.status(known.extensions.code === 'NOT_FOUND' ? 404 : 400).json({ error: known.message, ...known.extensions });
      return;
    }
    this.logger.error((error as Error).stack ?? String(error));
    res.status(500).json({ error: 'internal error' });
  }
}
