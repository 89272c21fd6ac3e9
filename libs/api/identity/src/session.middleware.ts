import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import type { PlanbordRequest } from '@planbord/api-core';
import { AuthService, SESSION_COOKIE } from './auth.service';

/**
 * Finds the person behind the session cookie, and the language to answer in. When the session cannot be looked up
 * (the database is away) the request goes on without a person but with the reason, which GraphQL answers with;
 * static files and `/health` do not need a session.
 */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly auth: AuthService) {}

  async use(req: PlanbordRequest, _res: Response, next: NextFunction): Promise<void> {
    // A request that proved who it is otherwise (an API token) keeps that person, whatever cookie it also sends.
    if (req.user) {
      next();
      return;
    }
    try {
      const user = await this.auth.resolveSession(req.cookies?.[SESSION_COOKIE]);
      if (user) req.user = user;
      req.locale = user?.locale;
    } catch (error) {
      req.sessionError = error;
    }
    req.locale ??= req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl';
    next();
  }
}
