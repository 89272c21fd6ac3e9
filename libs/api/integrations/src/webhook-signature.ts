import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the secret's decoded bytes, as Standard Webhooks signs. */
export function signWebhook(secret: string, messageId: string, timestamp: number, body: string | Buffer): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const mac = createHmac('sha256', key).update(`${messageId}.${timestamp}.`).update(body).digest('base64');
  return `v1,${mac}`;
}

/** Signatures older or newer than this are refused, as Standard Webhooks recommends against replays. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

/**
 * Does one of the space-separated signatures of a `webhook-signature` header match, and is the timestamp recent?
 * Compared in constant time.
 */
export function verifyWebhook(
  secret: string,
  headers: { id?: string; timestamp?: string; signature?: string },
  body: Buffer,
  now = Date.now(),
): 'ok' | 'badSignature' | 'stale' {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return 'badSignature';
  const expected = Buffer.from(signWebhook(secret, id, Number(timestamp), body));
  const matches = signature
    .split(' ')
    .some((given) => given.length === expected.length && timingSafeEqual(Buffer.from(given), expected));
  if (!matches) return 'badSignature';
  if (Math.abs(now / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) return 'stale';
  return 'ok';
}
