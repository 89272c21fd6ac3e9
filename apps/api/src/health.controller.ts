import { Controller, Get, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** 200 when the database answers within 2 seconds, 503 otherwise. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
      ]);
      res.status(200).json({ status: 'ok', database: 'up', latencyMs: Date.now() - started });
    } catch {
      res.status(503).json({ status: 'error', database: 'down' });
    }
  }
}
