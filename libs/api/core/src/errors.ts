import { randomUUID } from 'node:crypto';
import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { checkRange, describeIssues, hasIssues, type FieldIssues, type Locale } from '@planbord/domain';
import type { PlanbordRequest } from './request';

export type ErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'VERSION_CONFLICT' | 'INVALID_TRANSITION';

const MESSAGES: Record<ErrorCode, Record<Locale, string>> = {
  UNAUTHENTICATED: { nl: 'Je bent niet (meer) ingelogd.', en: 'You are not signed in (any more).' },
  FORBIDDEN: { nl: 'Dit mag je niet doen.', en: 'You are not allowed to do this.' },
  BAD_USER_INPUT: { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' },
  NOT_FOUND: { nl: 'Dit bestaat niet (meer).', en: 'This does not exist (any more).' },
  VERSION_CONFLICT: { nl: 'Iemand anders heeft dit intussen gewijzigd.', en: 'Someone else changed this in the meantime.' },
  INVALID_TRANSITION: { nl: 'Deze stap kan niet vanuit de huidige status.', en: 'This step is not possible from the current status.' },
};

/** An expected failure with one of the contract's error codes. Thrown by services, mapped to GraphQL in one place. */
export class DomainError extends Error {
  constructor(readonly code: ErrorCode, readonly extensions: Record<string, unknown> = {}, readonly detail?: Record<Locale, string>) {
    super(detail?.en ?? MESSAGES[code].en);
  }
  toGraphQL(locale: Locale): GraphQLError {
    return new GraphQLError(this.detail?.[locale] ?? MESSAGES[this.code][locale], { extensions: { code: this.code, ...this.extensions } });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(detail?: Record<Locale, string>, extensions: Record<string, unknown> = {}) { super('UNAUTHENTICATED', extensions, detail); }
}
export class ForbiddenError extends DomainError {
  constructor(detail?: Record<Locale, string>) { super('FORBIDDEN', {}, detail); }
}
export class NotFoundError extends DomainError {
  constructor(entityType: string, id: string) { super('NOT_FOUND', { entityType, id }); }
}
export class VersionConflictError extends DomainError {
  constructor(currentVersion: number) { super('VERSION_CONFLICT', { currentVersion }); }
}
export class InvalidTransitionError extends DomainError {
  constructor(from: string, to: string) { super('INVALID_TRANSITION', { from, to }); }
}
export class BadInputError extends DomainError {
  constructor(readonly issues: FieldIssues) { super('BAD_USER_INPUT'); }
  override toGraphQL(locale: Locale): GraphQLError {
    return new GraphQLError(MESSAGES.BAD_USER_INPUT[locale], {
      extensions: { code: 'BAD_USER_INPUT', fields: describeIssues(this.issues, locale), issues: this.issues },
    });
  }
}

/** Indexes on an expression name no column; the field they guard. */
const CONSTRAINT_FIELDS: Record<string, string> = { crisis_activations_one_active: 'active' };

/**
 * A unique or foreign key violation is what a name or e-mail already taken, or a reference removed meanwhile, looks
 * like when two requests race past the services' own checks: a field error, named after the (last) column of the key.
 */
export function constraintError(error: unknown): BadInputError | null {
  if (!(error instanceof QueryFailedError)) return null;
  const { code, constraint, detail } = error.driverError as { code?: string; constraint?: string; detail?: string };
  if (code !== '23505' && code !== '23503') return null;
  const key = /^Key \((.+?)\)=/.exec(detail ?? '')?.[1] ?? '';
  const columns = key.replace(/\w+\(|::\w+|[()]/g, '').split(',').map((c) => c.trim()).filter((c) => /^[a-z_]+$/.test(c) && c !== 'true');
  const column = columns.at(-1);
  const field = (constraint ? CONSTRAINT_FIELDS[constraint] : undefined) ?? (column ? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : 'id');
  return new BadInputError({ [field]: { code: code === '23505' ? 'taken' : 'notFound' } });
}

/** Refuses a backwards or overlong range of a query (calendar, gaps, workload, my work). */
export function assertRange(from: Date, to: Date): void {
  const issues = checkRange(from, to);
  if (hasIssues(issues)) throw new BadInputError(issues);
}

/** Translates domain errors (and constraint violations) in the requester's language; everything else goes on to `formatError`. */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const domain = exception instanceof DomainError ? exception : constraintError(exception);
    if (!domain) return exception;
    const req: PlanbordRequest | undefined = GqlArgumentsHost.create(host).getContext()?.req;
    return domain.toGraphQL(req?.locale ?? 'nl');
  }
}

const PASS_THROUGH = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'NOT_FOUND', 'VERSION_CONFLICT', 'INVALID_TRANSITION',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST',
]);

const logger = new Logger('GraphQL');

/**
 * The last gate before a client: known codes go out without internals, anything else is logged with an id and
 * reaches the client only as that id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (PASS_THROUGH.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (code === 'BAD_USER_INPUT' && !extensions.fields) extensions.fields = coercionFields(formatted.message);
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const errorId = randomUUID();
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  logger.error({ msg: 'unexpected error', errorId, error: original instanceof Error ? original.stack : String(original) });
  return {
    message: `Internal error (${errorId})`,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR', errorId },
  };
}

/** GraphQL's own input coercion errors name the variable path in their message: turn that into `fields`. */
function coercionFields(message: string): Record<string, string> {
  const at = /at "([^"]+)"/.exec(message)?.[1];
  const variable = /Variable "\$([^"]+)"/.exec(message)?.[1];
  const field = at ? at.split('.').pop() : variable;
  return field ? { [field]: message } : {};
}
