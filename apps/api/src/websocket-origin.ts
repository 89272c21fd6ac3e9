import type { IncomingMessage } from 'node:http';

/** Express's compiled `trust proxy` setting: may the peer at this address speak for the client? */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * May a page of the request's `Origin` open the live WebSocket? A page of another site must not ride on the person's
 * session cookie (cross-site WebSocket hijacking): only the app's own host and `ALLOWED_ORIGINS` are let in. Browsers
 * always send `Origin`; without one the client is no browser, and the session alone decides.
 */
export function isAllowedOrigin(
  request: IncomingMessage,
  allowedOrigins: readonly string[],
  trustProxy: TrustProxy,
): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (!URL.canParse(origin)) return false;
  const { protocol, host, origin: normalized } = new URL(origin);
  if (allowedOrigins.includes(normalized)) return true;
  const own = ownHost(request, trustProxy);
  return !!own && URL.canParse(`${protocol}//${own}`) && new URL(`${protocol}//${own}`).host === host;
}

/** The host the request came to; behind a trusted proxy, the one it passes on (as Express's `req.host`). */
function ownHost(request: IncomingMessage, trustProxy: TrustProxy): string | undefined {
  const forwarded = request.headers['x-forwarded-host'];
  if (typeof forwarded === 'string' && forwarded && trustProxy(request.socket.remoteAddress ?? '', 0))
    return forwarded.split(',')[0].trim();
  return request.headers.host;
}
