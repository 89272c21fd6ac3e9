import { Controller, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { answerImportFailure, receiveUpload, type PlanbordRequest } from '@planbord/api-core';
import { MetricsImportService } from './metrics-import.service';

/**
 * `POST /import/metrics` (multipart: `file`, a platform's export; `format` and `mapping` as JSON `{"field":
 * "column"}` after the mapping step). Signed in, from Planbord's own pages (`X-Requested-With: planbord`); whoever
 * may record a post's figures may import them.
 */
@Controller('import')
export class MetricsImportController {
  private readonly logger = new Logger('MetricsImport');

  constructor(private readonly imports: MetricsImportService) {}

  @Post('metrics')
  @HttpCode(200)
  async metrics(@Req() req: PlanbordRequest, @Res() res: Response): Promise<void> {
    const upload = await receiveUpload(req, res, 'Mutation.recordPostMetrics');
    if (!upload) return;
    const { user, file, fields, mapping } = upload;
    try {
      res.status(200).json(await this.imports.import(user, file.buffer, { format: fields.format, mapping }));
    } catch (error) {
      answerImportFailure(res, error, user.locale, this.logger);
    }
  }
}
