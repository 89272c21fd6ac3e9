import type { FailureFacts } from '@planbord/web-ui';

/**
 * Signing in speaks plain GraphQL over `fetch`: the login page is the first thing a browser loads, and the Apollo
 * client (with its cache and WebSocket link) is fetched only once someone is signed in. The signed-in app then asks
 * for `me` itself.
 */
const LOGIN =
  'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { id } }';
const SIGNED_IN = 'query SignedIn { me { id } }';

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: unknown; fields?: unknown; errorId?: unknown } }[];
}

/** A refused or failed sign-in, with what the page needs to word it (`describeFailure`). */
export class SignInFailure extends Error {
  constructor(readonly facts: FailureFacts) {
    super(facts.serverMessage ?? facts.code ?? 'sign-in failed');
  }
}

export const NETWORK_FAILURE: FailureFacts = { code: 'NETWORK', fields: {}, serverMessage: null, errorId: null };

async function post<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let answer: GraphQLAnswer<T>;
  try {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      // The server words its messages in the page's language; nobody is signed in yet to have a setting.
      headers: { 'content-type': 'application/json', 'accept-language': document.documentElement.lang || 'nl' },
      body: JSON.stringify({ query, variables }),
    });
    answer = (await response.json()) as GraphQLAnswer<T>;
  } catch {
    throw new SignInFailure(NETWORK_FAILURE);
  }
  const error = answer.errors?.[0];
  if (error) {
    const { code, fields, errorId } = error.extensions ?? {};
    throw new SignInFailure({
      code: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR',
      fields:
        code === 'BAD_USER_INPUT' && fields && typeof fields === 'object'
          ? Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, String(message)]))
          : {},
      serverMessage: error.message,
      errorId: typeof errorId === 'string' ? errorId : null,
    });
  }
  if (!answer.data) throw new SignInFailure(NETWORK_FAILURE);
  return answer.data;
}

/** Signs in; the server sets the session cookie. */
export async function signIn(email: string, password: string): Promise<void> {
  await post<{ login: { id: string } }>(LOGIN, { email: email.trim(), password });
}

/** Whether this browser already has a session (someone opening /login while signed in goes on at once). */
export async function isSignedIn(): Promise<boolean> {
  try {
    const data = await post<{ me: { id: string } | null }>(SIGNED_IN, {});
    return data.me !== null;
  } catch {
    return false;
  }
}
