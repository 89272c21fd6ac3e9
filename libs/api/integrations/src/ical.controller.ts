import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CalendarFeedsService } from './calendar-feeds.service';

/**
 * `GET /ical/<token>.ics`: the secret address a calendar program subscribes to. Anything that is not a live feed
 * answers the same empty 404, so the address tells nothing about which tokens exist or existed.
 */
@Controller()
export class IcalController {
  private readonly logger = new Logger('Ical');

  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get('ical/:file')
  async feed(@Param('file') file: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    res.set('Cache-Control', 'private, max-age=300');
    const token = /^(.+)\.ics$/.exec(file)?.[1];
    try {
      const feed = token ? await this.feeds.fetch(token, origin(req)) : null;
      if (!feed) {
        res.set('Cache-Control', 'no-store').status(404).end();
        return;
      }
      res.set('ETag', feed.etag);
      if (matches(req.header('if-none-match'), feed.etag)) {
        res.status(304).end();
        return;
      }
      res.status(200).type('text/calendar; charset=utf-8').send(feed.body);
    } catch (error) {
      this.logger.error((error as Error).stack ?? String(error));
      res.set('Cache-Control', 'no-store').status(500).end();
    }
  }
}

/** The app's own address as the caller reached it (through a trusted proxy: its forwarded protocol and host). */
export function origin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === etag || value === '*';
  });
}
