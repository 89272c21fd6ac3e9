import { Controller, Get, Inject, Logger, Param, Query, Req, Res } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { parse } from 'graphql';
import { DataSource } from 'typeorm';
import { can, DEFAULT_LOCALE, localDateOf } from '@planbord/domain';
import {
  APP_CONFIG,
  runOwnQuery,
  sendSheetFile,
  sheetFile,
  type AppConfig,
  type PlanbordRequest,
} from '@planbord/api-core';
import { CALENDAR_EXPORT_QUERY, calendarSheet, type ExportedCalendar } from './calendar-export';

const DOCUMENT = parse(CALENDAR_EXPORT_QUERY);
const FILTERS = ['channelIds', 'departmentIds', 'themeIds', 'userIds'] as const;
/** Where the web app shows an item: events and slots in the calendar's drawer, posts in their editor. */
const itemPath = (kind: 'event' | 'slot' | 'post', id: string) =>
  kind === 'post' ? `/berichten/${encodeURIComponent(id)}` : `/kalender?item=${kind}:${encodeURIComponent(id)}`;
const isInstant = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));

/**
 * `GET /export/calendar.csv` and `.xlsx` with `from`, `to` (instants) and the calendar's filters (`channelIds`,
 * `departmentIds`, `themeIds`, `userIds`, comma-separated): what the calendar shows the person signed in, through
 * its own query, with headers in their language and dates on the organisation's clock.
 */
@Controller('export')
export class CalendarExportController {
  private readonly logger = new Logger('Export');

  constructor(
    private readonly modules: ModuleRef,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('calendar.:format')
  async calendar(
    @Param('format') format: string,
    @Query() query: Record<string, unknown>,
    @Req() req: PlanbordRequest,
    @Res() res: Response,
  ): Promise<void> {
    if (format !== 'csv' && format !== 'xlsx') {
      res.status(404).json({ error: 'csv or xlsx' });
      return;
    }
    if (!req.user) {
      res.status(401).json({ error: 'not signed in' });
      return;
    }
    if (!can(req.user.role, 'Query.calendar')) {
      res.status(403).json({ error: 'not allowed' });
      return;
    }
    const fields = Object.fromEntries(
      (['from', 'to'] as const).flatMap((name) =>
        isInstant(query[name]) ? [] : [[name, { code: query[name] ? 'invalidDate' : 'required' }]],
      ),
    );
    if (Object.keys(fields).length) {
      res.status(400).json({ error: 'from and to must be instants (ISO 8601)', code: 'BAD_USER_INPUT', fields });
      return;
    }
    const filter = Object.fromEntries(
      FILTERS.flatMap((name) => {
        const value = query[name];
        const list = (Array.isArray(value) ? value : [value])
          .flatMap((v) => (typeof v === 'string' ? v.split(',') : []))
          .map((v) => v.trim())
          .filter(Boolean);
        return list.length ? [[name, list]] : [];
      }),
    );
    const data = await runOwnQuery<{ calendar: ExportedCalendar }>(
      { modules: this.modules, db: this.db, config: this.config, logger: this.logger },
      req,
      res,
      DOCUMENT,
      { from: query.from, to: query.to, filter: Object.keys(filter).length ? filter : null },
    );
    if (!data) return;
    const locale = req.user.locale ?? DEFAULT_LOCALE;
    const origin = `${req.protocol}://${req.get('host')}`;
    const sheet = calendarSheet(
      data.calendar,
      locale,
      this.config.orgTimeZone,
      (kind, id) => `${origin}${itemPath(kind, id)}`,
    );
    const from = new Date(String(query.from));
    const name = `${locale === 'en' ? 'calendar' : 'kalender'}-${localDateOf(from, this.config.orgTimeZone)}`;
    sendSheetFile(res, format, name, await sheetFile(sheet, format, locale));
  }
}
