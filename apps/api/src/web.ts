import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '@planbord/api-core';

const API_PATHS = /^\/(graphql|health|ical|ingest|import|export|hooks)(\/|$)/;

/** The first `.something-theme` class in an NL Design System theme file: the class its tokens are scoped to. */
export function themeClassOf(css: string): string | null {
  return /\.([a-z][a-z0-9-]*-theme)\b/.exec(css)?.[1] ?? null;
}

/**
 * Serves the built web app from `/`, with `index.html` for every client-side route, and `/theme.css`: the
 * organisation's NL Design System theme when `THEME_CSS` is set (read at start, no rebuild needed). The build has no
 * source maps (apps/web/vite.config.ts), so none can be served.
 */
export function serveWeb(app: INestApplication, config: AppConfig, webDir: string): void {
  const server = app.getHttpAdapter().getInstance() as express.Express;
  const indexFile = join(webDir, 'index.html');
  const themeCss = config.themeCss ? readFileSync(config.themeCss, 'utf8') : '';
  const themeClass = themeCss ? themeClassOf(themeCss) : null;

  server.get('/theme.css', (_req: Request, res: Response) => {
    res.type('text/css').set('Cache-Control', 'no-cache').send(themeCss);
  });
  if (!existsSync(indexFile)) return;
  const index = readFileSync(indexFile, 'utf8').replace(
    'class="planbord-theme"',
    `class="planbord-theme${themeClass ? ` ${themeClass}` : ''}"`,
  );
  // Vite puts a content hash in every name under /assets: a changed file gets a new name. A missing one is a 404,
  // not the page, so a stale tab fails loudly instead of running HTML as a script.
  server.use(
    '/assets',
    express.static(join(webDir, 'assets'), { index: false, immutable: true, maxAge: '1y' }),
    (_req: Request, res: Response) => {
      res.status(404).type('text').send('Not found');
    },
  );
  server.use(express.static(webDir, { index: false, maxAge: 0 }));
  server.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PATHS.test(req.path)) return next();
    res.type('html').set('Cache-Control', 'no-cache').send(index);
  });
}
