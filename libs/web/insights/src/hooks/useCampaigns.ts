import { useQuery } from '@apollo/client/react';
import { CampaignsDocument } from '@planbord/web-graphql';

/** The campaigns that start in the year, and the year's ads budget. */
export function useCampaigns(year: number) {
  const { data, loading, error, refetch } = useQuery(CampaignsDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  return { campaigns: data?.campaigns ?? null, budget: data?.adsBudget ?? null, loading, error, refetch };
}
