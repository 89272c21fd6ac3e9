import type { ApolloCache } from '@apollo/client';
import { evictRootFields } from '@planbord/web-graphql';

/** After a rubric changes, its lists, the year view and the calendar (its slots) load again. */
export function evictRubricLists(cache: ApolloCache) {
  evictRootFields(cache, ['rubrics', 'rubricYear', 'calendar', 'planningBalance']);
}
