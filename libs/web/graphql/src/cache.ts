import type { ApolloCache, ApolloClient } from '@apollo/client';

/**
 * Drops root fields from the cache, so every query that reads them loads again: at once when it is on screen, else
 * when it next mounts. Features refresh each other's screens this way (or with `refetchRootFields`), by the data
 * they show, never by naming another feature's operations.
 */
export function evictRootFields(cache: ApolloCache, fieldNames: readonly string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}

/**
 * Refetches the queries on screen that read any of these root fields, whichever feature they belong to; they keep
 * showing what they have until the answer is in. (The fields are evicted in a throw-away layer only to find those
 * queries.) A refetch that fails shows at its own query, so the promise never rejects.
 */
export async function refetchRootFields(client: ApolloClient, fieldNames: readonly string[]): Promise<void> {
  await client
    .refetchQueries({
      updateCache: (cache) => fieldNames.forEach((fieldName) => cache.evict({ id: 'ROOT_QUERY', fieldName })),
      optimistic: true,
    })
    .catch(() => undefined);
}

/** The root fields that show assignments, coverage or workload, in whichever feature: refetched after an assignment changes. */
export const SHOWS_ASSIGNMENTS = ['calendar', 'event', 'slot', 'workload', 'planningBalance', 'myWork'];
