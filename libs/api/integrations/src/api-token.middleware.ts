import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';
import { UnauthenticatedError, type PlanbordRequest } from '@planbord/api-core';
import { ApiTokensService } from './api-tokens.service';

const BEARER = /^Bearer\s+(\S+)\s*$/i;

/**
 * `Authorization: Bearer pbt_…` on `/graphql`: the request acts as the token's person, whatever cookie it carries.
 * A token that does not work is refused outright (401, UNAUTHENTICATED), so a script never runs as nobody by mistake;
 * the answer is the same for a wrong, revoked or deactivated person's token.
 */
@Injectable()
export class ApiTokenMiddleware implements NestMiddleware {
  constructor(private readonly tokens: ApiTokensService) {}

  async use(req: PlanbordRequest, res: Response, next: NextFunction): Promise<void> {
    const header = req.header('authorization');
    if (!header) return next();
    const token = BEARER.exec(header)?.[1];
    try {
      const user = token ? await this.tokens.resolve(token) : null;
      if (user) {
        req.user = user;
        req.locale = user.locale;
        req.sessionError = undefined;
        return next();
      }
    } catch (error) {
      req.sessionError = error;
      return next();
    }
    const locale = req.locale ?? (req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl');
    const error = new UnauthenticatedError().toGraphQL(locale);
    res
      .status(401)
      .set('WWW-Authenticate', 'Bearer')
      .json({ errors: [{ message: error.message, extensions: error.extensions }] });
  }
}
