import type { ApolloCache } from '@apollo/client';

/** After a rubric changes, its lists, the year view and the calendar (its slots) load again. */
export function evictRubricLists(cache: ApolloCache) {
  for (const fieldName of ['rubrics', 'rubricYear', 'calendar', 'planningBalance']) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
