import type { Request, Response } from 'express';
import type { Locale, Role } from '@planbord/domain';

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
}

export interface GraphQLContext {
  req: PlanbordRequest;
  res: Response;
}
