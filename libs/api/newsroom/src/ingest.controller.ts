import { Controller, HttpCode, Logger, Param, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  answerImportFailure,
  ImportRuns,
  receiveUpload,
  type PlanbordRequest,
  type RawBodyRequest,
} from '@planbord/api-core';
import { IngestService } from './ingest.service';

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
    const upload = await receiveUpload(req, res, 'Mutation.previewSignalImport');
    if (!upload) return;
    if (upload.fields.dryRun !== 'true') {
      res.status(400).json({ error: 'send dryRun=true; the import itself is commitSignalImport' });
      return;
    }
    try {
      const { user, file, mapping } = upload;
      res.status(200).json(await this.imports.preview('signals', user, file.originalname, file.buffer, mapping));
    } catch (error) {
      answerImportFailure(res, error, upload.user.locale, this.logger);
    }
  }

  private fail(res: Response, error: unknown): void {
    answerImportFailure(res, error, 'nl', this.logger);
  }
}
