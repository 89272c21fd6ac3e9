import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ChangeFeed } from '@planbord/api-core';

@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly feed: ChangeFeed,
  ) {}

  /** 200 when the database answers within 2 seconds and live updates are received, 503 otherwise. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000))),
      ]);
    } catch {
      res.status(503).json({ status: 'error', database: 'down' });
      return;
    } finally {
      clearTimeout(timer);
    }
    if (!this.feed.listening) {
      res.status(503).json({ status: 'error', database: 'up', liveUpdates: 'down' });
      return;
    }
    res.status(200).json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
  }
}
