import { useCallback, useState } from 'react';

/**
 * A random UUID (version 4). `crypto.randomUUID` exists only in secure contexts, and Planbord may be served over plain
 * HTTP on an intranet; `getRandomValues` exists everywhere.
 */
export function randomUuid(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The `idempotencyKey` of one intended creation: the same key on every retry of a form, so a submit whose answer was
 * lost and is sent again creates nothing twice; `renew` after it has created, for the next one.
 */
export function useIdempotencyKey(): [key: string, renew: () => void] {
  const [key, setKey] = useState(randomUuid);
  const renew = useCallback(() => setKey(randomUuid()), []);
  return [key, renew];
}
