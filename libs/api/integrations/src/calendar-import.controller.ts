import { Controller, HttpCode, Logger, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { answerImportFailure, BadInputError, receiveUpload, type PlanbordRequest } from '@planbord/api-core';
import { CalendarImportService } from './calendar-import.service';

/**
 * `POST /import/calendar` (multipart: `file`, an `.xlsx` or `.csv`; `dryRun=true` for the dry run; `mapping` as JSON
 * `{"field": "column"}`; `year` for days written without one). Signed in, from Planbord's own pages
 * (`X-Requested-With: planbord`); whoever may undo an import may make one.
 */
@Controller('import')
export class CalendarImportController {
  private readonly logger = new Logger('CalendarImport');

  constructor(private readonly imports: CalendarImportService) {}

  @Post('calendar')
  @HttpCode(200)
  async calendar(@Req() req: PlanbordRequest, @Res() res: Response): Promise<void> {
    const upload = await receiveUpload(req, res, 'Mutation.undoImport');
    if (!upload) return;
    const { user, file, fields, mapping } = upload;
    try {
      const year = fields.year ? Number(fields.year) : undefined;
      if (year !== undefined && !Number.isInteger(year))
        throw new BadInputError({ year: { code: 'outOfRange', min: 1900, max: 2199 } });
      const options = { mapping, year };
      res
        .status(200)
        .json(
          fields.dryRun === 'true'
            ? await this.imports.dryRun(user, file.buffer, options)
            : await this.imports.commit(user, file.originalname, file.buffer, options),
        );
    } catch (error) {
      answerImportFailure(res, error, user.locale, this.logger);
    }
  }
}
