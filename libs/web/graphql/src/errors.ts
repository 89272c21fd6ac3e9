import { CombinedGraphQLErrors } from '@apollo/client';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'INVALID_TRANSITION'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK';

function firstGraphQLError(error: unknown) {
  return CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
}

/** The contract's error code of a failed operation; `NETWORK` when the server could not be reached or answered oddly. */
export function errorCode(error: unknown): ErrorCode | null {
  if (error == null) return null;
  const graphQLError = firstGraphQLError(error);
  if (!graphQLError) return 'NETWORK';
  const code = graphQLError.extensions?.['code'];
  return typeof code === 'string' ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/** The server's message, already in the person's language; null for network failures (the UI words those itself). */
export function errorMessage(error: unknown): string | null {
  return firstGraphQLError(error)?.message ?? null;
}

/** `BAD_USER_INPUT` field messages (field name → message in the person's language), or an empty object. */
export function fieldErrors(error: unknown): Record<string, string> {
  const graphQLError = firstGraphQLError(error);
  const fields =
    graphQLError?.extensions?.['code'] === 'BAD_USER_INPUT' ? graphQLError.extensions['fields'] : undefined;
  if (fields == null || typeof fields !== 'object') return {};
  return Object.fromEntries(
    Object.entries(fields as Record<string, unknown>).map(([field, message]) => [field, String(message)]),
  );
}

/** The id an `INTERNAL_SERVER_ERROR` was logged under, to quote to support. */
export function errorId(error: unknown): string | null {
  const id = firstGraphQLError(error)?.extensions?.['errorId'];
  return typeof id === 'string' ? id : null;
}

/** Everything the UI needs to word a failed operation (`describeFailure` in web-ui). */
export function failureFacts(error: unknown): {
  code: ErrorCode | null;
  fields: Record<string, string>;
  serverMessage: string | null;
  errorId: string | null;
} {
  return {
    code: errorCode(error),
    fields: fieldErrors(error),
    serverMessage: errorMessage(error),
    errorId: errorId(error),
  };
}
