import { Controller, Get, Inject, Logger, Param, Query, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { parse, type DocumentNode } from 'graphql';
import { DataSource } from 'typeorm';
import { can, DEFAULT_LOCALE, localDateOf, type FieldIssues } from '@planbord/domain';
import {
  APP_CONFIG,
  runOwnQuery,
  sendSheetFile,
  sheetFile,
  type AppConfig,
  type PlanbordRequest,
} from '@planbord/api-core';
import { REPORT_EXPORTS, reportSheet, type ReportName } from './report-export';
import { ENGAGEMENT_GROUPS } from './reports.types';

const DOCUMENTS = Object.fromEntries(
  Object.entries(REPORT_EXPORTS).map(([name, { query }]) => [name, parse(query)]),
) as Record<ReportName, DocumentNode>;
const isReport = (name: string): name is ReportName => Object.prototype.hasOwnProperty.call(REPORT_EXPORTS, name);
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * `GET /export/report/<name>.<csv|xlsx>`: every report of DESIGN §8 as a table, through the report's own query as
 * the person signed in, headers in their language. Takes `from` and `to` (instants), `groupBy` for engagementReport
 * and `year` for adsReport; growthModel takes nothing.
 */
@Controller('export/report')
export class ReportExportController {
  private readonly logger = new Logger('Export');

  constructor(
    private readonly modules: ModuleRef,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get(':file')
  async report(
    @Param('file') file: string,
    @Query() query: Record<string, unknown>,
    @Req() req: PlanbordRequest,
    @Res() res: Response,
  ): Promise<void> {
    const [, name = '', format = ''] = /^([^.]*)\.?(.*)$/.exec(file) ?? [];
    if (!isReport(name)) {
      res.status(400).json({ error: `no report "${name}": one of ${Object.keys(REPORT_EXPORTS).join(', ')}` });
      return;
    }
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(400).json({ error: 'the file type is csv or xlsx' });
      return;
    }
    if (!req.user) {
      res.status(401).json({ error: 'not signed in' });
      return;
    }
    if (!can(req.user.role, `Query.${name}`)) {
      res.status(403).json({ error: 'not allowed' });
      return;
    }
    const { args } = REPORT_EXPORTS[name];
    const fields: FieldIssues = {};
    const variables: Record<string, unknown> = {};
    if (args === 'period' || args === 'periodAndGroup')
      for (const key of ['from', 'to'] as const) {
        if (isInstant(query[key])) variables[key] = query[key];
        else fields[key] = { code: query[key] ? 'invalidDate' : 'required' };
      }
    if (args === 'periodAndGroup') {
      if ((ENGAGEMENT_GROUPS as readonly unknown[]).includes(query.groupBy)) variables.groupBy = query.groupBy;
      else fields.groupBy = query.groupBy ? { code: 'invalidChoice' } : { code: 'required' };
    }
    if (args === 'year') {
      if (typeof query.year === 'string' && /^\d{4}$/.test(query.year)) variables.year = Number(query.year);
      else fields.year = query.year ? { code: 'invalidChoice' } : { code: 'required' };
    }
    if (Object.keys(fields).length) {
      res.status(400).json({
        error: `${Object.keys(fields).join(', ')}: from and to are instants (ISO 8601), groupBy one of ${ENGAGEMENT_GROUPS.join(', ')}, year a year`,
        code: 'BAD_USER_INPUT',
        fields,
      });
      return;
    }
    const data = await runOwnQuery<{ report: unknown }>(
      { modules: this.modules, db: this.db, config: this.config, logger: this.logger },
      req,
      res,
      DOCUMENTS[name],
      variables,
    );
    if (!data) return;
    const locale = req.user.locale ?? DEFAULT_LOCALE;
    const sheet = reportSheet(name, data.report, locale, variables.groupBy as string | undefined);
    const period =
      args === 'year'
        ? `-${variables.year}`
        : args === 'none'
          ? ''
          : `-${localDateOf(new Date(String(variables.from)), this.config.orgTimeZone)}`;
    const group = args === 'periodAndGroup' ? `-${String(variables.groupBy).toLowerCase()}` : '';
    sendSheetFile(res, format, `${name}${group}${period}`, await sheetFile(sheet, format, locale));
  }
}
