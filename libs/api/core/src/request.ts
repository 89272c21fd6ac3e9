import type { Request, Response } from 'express';
import type { Locale, Role } from '@planbord/domain';
import type { DataSource } from 'typeorm';
import type { RequestLoaders } from './loaders';

/** The person behind a request, as the session middleware found them. */
export interface SessionUser {
  id: string;
  name: string;
  role: Role;
  locale: Locale;
  sessionId: string;
}

export interface PlanbordRequest extends Request {
  user?: SessionUser;
  locale?: Locale;
  /** Why the session could not be looked up (the database is away): GraphQL answers with it instead of guessing. */
  sessionError?: unknown;
}

export interface GraphQLContext {
  /** For a subscription over WebSocket: only `user` and `locale` are set. */
  req: PlanbordRequest;
  res: Response;
  loaders: RequestLoaders;
  db: DataSource;
  /** The organisation's time zone (`ORG_TIME_ZONE`), for fields that show a local day. */
  orgTimeZone: string;
}
