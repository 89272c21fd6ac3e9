import type { ApolloCache } from '@apollo/client';
import { evictRootFields } from '@planbord/web-graphql';

/** An evaluation shows in the lists (beside its post or rubric too) and in the period's best and worst posts. */
export const evictEvaluations = (cache: ApolloCache) => evictRootFields(cache, ['evaluations', 'postPerformance']);
