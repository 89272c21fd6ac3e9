import { randomUUID } from 'node:crypto';
import { Catch, Logger, type ArgumentsHost } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { checkRange, describeIssues, hasIssues, type FieldIssues, type Locale } from '@planbord/domain';
import type { GraphQLContext, PlanbordRequest } from './request';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'INVALID_TRANSITION'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COSTLY'
  | 'TOO_MANY_ALIASES'
  | 'SERVICE_UNAVAILABLE';

const MESSAGES: Record<ErrorCode, Record<Locale, string>> = {
  UNAUTHENTICATED: { nl: 'Je bent niet (meer) ingelogd.', en: 'You are not signed in (any more).' },
  FORBIDDEN: { nl: 'Dit mag je niet doen.', en: 'You are not allowed to do this.' },
  BAD_USER_INPUT: { nl: 'Niet alle velden zijn goed ingevuld.', en: 'Some fields are not filled in correctly.' },
  NOT_FOUND: { nl: 'Dit bestaat niet (meer).', en: 'This does not exist (any more).' },
  VERSION_CONFLICT: {
    nl: 'Iemand anders heeft dit intussen gewijzigd.',
    en: 'Someone else changed this in the meantime.',
  },
  INVALID_TRANSITION: {
    nl: 'Deze stap kan niet vanuit de huidige status.',
    en: 'This step is not possible from the current status.',
  },
  QUERY_TOO_DEEP: { nl: 'Deze vraag is te diep genest.', en: 'This query is nested too deeply.' },
  QUERY_TOO_COSTLY: { nl: 'Deze vraag vraagt te veel gegevens tegelijk.', en: 'This query asks for too much at once.' },
  TOO_MANY_ALIASES: { nl: 'Deze vraag gebruikt te veel aliassen.', en: 'This query uses too many aliases.' },
  SERVICE_UNAVAILABLE: {
    nl: 'Planbord kan de database even niet bereiken. Probeer het zo opnieuw.',
    en: 'Planbord cannot reach its database right now. Try again in a moment.',
  },
};

/** An expected failure with one of the contract's error codes. Thrown by services, mapped to GraphQL in one place. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly extensions: Record<string, unknown> = {},
    readonly detail?: Record<Locale, string>,
  ) {
    super(detail?.en ?? MESSAGES[code].en);
  }
  toGraphQL(locale: Locale): GraphQLError {
    return new GraphQLError(this.detail?.[locale] ?? MESSAGES[this.code][locale], {
      extensions: { code: this.code, ...this.extensions },
    });
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(detail?: Record<Locale, string>, extensions: Record<string, unknown> = {}) {
    super('UNAUTHENTICATED', extensions, detail);
  }
}
export class ForbiddenError extends DomainError {
  constructor(detail?: Record<Locale, string>) {
    super('FORBIDDEN', {}, detail);
  }
}
export class NotFoundError extends DomainError {
  constructor(entityType: string, id: string) {
    super('NOT_FOUND', { entityType, id });
  }
}
export class VersionConflictError extends DomainError {
  constructor(currentVersion: number) {
    super('VERSION_CONFLICT', { currentVersion });
  }
}
export class InvalidTransitionError extends DomainError {
  constructor(from: string, to: string) {
    super('INVALID_TRANSITION', { from, to });
  }
}
export class ServiceUnavailableError extends DomainError {
  constructor() {
    super('SERVICE_UNAVAILABLE');
  }
}
export class BadInputError extends DomainError {
  constructor(readonly issues: FieldIssues) {
    super('BAD_USER_INPUT');
  }
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
  const columns = key
    .replace(/\w+\(|::\w+|[()]/g, '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^[a-z_]+$/.test(c) && c !== 'true');
  const column = columns.at(-1);
  const field =
    (constraint ? CONSTRAINT_FIELDS[constraint] : undefined) ??
    (column ? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()) : 'id');
  return new BadInputError({ [field]: { code: code === '23505' ? 'taken' : 'notFound' } });
}

/** Refuses a backwards or overlong range of a query (calendar, gaps, workload, my work). */
export function assertRange(from: Date, to: Date): void {
  const issues = checkRange(from, to);
  if (hasIssues(issues)) throw new BadInputError(issues);
}

/**
 * Translates domain errors, constraint violations and a database that is away in the requester's language; everything
 * else goes on to `formatError`.
 */
@Catch()
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost) {
    const req: PlanbordRequest | undefined = GqlArgumentsHost.create(host).getContext()?.req;
    return toGraphQLError(exception, req?.locale ?? 'nl') ?? exception;
  }
}

/** A domain error, a constraint violation or a database that is away as the GraphQL error a client gets; null for anything else. */
export function toGraphQLError(error: unknown, locale: Locale): GraphQLError | null {
  const known =
    error instanceof DomainError
      ? error
      : (constraintError(error) ?? (isDatabaseUnavailable(error) ? new ServiceUnavailableError() : null));
  return known ? known.toGraphQL(locale) : null;
}

const PASS_THROUGH = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'INVALID_TRANSITION',
  'SERVICE_UNAVAILABLE',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COSTLY',
  'TOO_MANY_ALIASES',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

const logger = new Logger('GraphQL');

// SQLSTATE classes and codes of a server that is not there (08: connection exception; 57P01–03: shut down, crashed,
// starting up) and the errors of the socket and of node-postgres when it cannot reach it.
const UNAVAILABLE_SQLSTATES = /^(08...|57P0[123])$/;
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Client was closed and is not queryable|Connection is not established/i;
// TypeORM gives up a transaction's connection when it breaks; the transaction's next statement then finds it released.
const UNAVAILABLE_NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/** Does this error (or what it wraps: a GraphQL error, TypeORM's QueryFailedError, a cause) mean the database is away? */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.test(code) || UNAVAILABLE_SOCKET_CODES.has(code)))
      return true;
    if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const next = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = next.originalError ?? next.driverError ?? next.cause;
  }
  return false;
}

/**
 * The last gate before a client: known codes go out without internals, a database that is away becomes
 * `SERVICE_UNAVAILABLE`, anything else is logged with an id and reaches the client only as that id.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (!PASS_THROUGH.has(code) && isDatabaseUnavailable(error)) {
    logger.warn(`database unavailable: ${(error as Error).message}`);
    return {
      message: MESSAGES.SERVICE_UNAVAILABLE.nl,
      path: formatted.path,
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    };
  }
  if (PASS_THROUGH.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    if (code === 'BAD_USER_INPUT' && !extensions.fields) extensions.fields = coercionFields(formatted.message);
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions };
  }
  const errorId = randomUUID();
  const original = error instanceof GraphQLError && error.originalError ? error.originalError : error;
  logger.error({
    msg: 'unexpected error',
    errorId,
    error: original instanceof Error ? original.stack : String(original),
  });
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

/** Where the schema is not public, "Did you mean …?" would still tell the names of its fields, types and values. */
export function withoutSuggestions(format: typeof formatError): typeof formatError {
  return (formatted, error) =>
    format({ ...formatted, message: formatted.message.replace(/ ?Did you mean .*\?$/, '') }, error);
}

/**
 * Gives `SERVICE_UNAVAILABLE` its HTTP status (503, so proxies and clients know to retry) and the requester's
 * language, and refuses an operation whose session could not be looked up because the database is away.
 */
export const serviceUnavailablePlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue: { req } }) {
        if (!req.sessionError) return;
        if (isDatabaseUnavailable(req.sessionError)) throw new ServiceUnavailableError().toGraphQL(req.locale ?? 'nl');
        throw new GraphQLError('The session could not be looked up', { originalError: req.sessionError as Error });
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const errors = response.body.singleResult.errors;
        if (!errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', '1');
        const message = MESSAGES.SERVICE_UNAVAILABLE[contextValue.req.locale ?? 'nl'];
        response.body.singleResult.errors = errors.map((e) =>
          e.extensions?.code === 'SERVICE_UNAVAILABLE' ? { ...e, message } : e,
        );
      },
    };
  },
};
