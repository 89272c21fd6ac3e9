import type { ApolloCache } from '@apollo/client';
import { evictRootFields } from '@planbord/web-graphql';

/** A change to a campaign or a budget changes the year's lists and its ads report. */
export const evictAds = (cache: ApolloCache) => evictRootFields(cache, ['campaigns', 'adsBudget', 'adsReport']);
