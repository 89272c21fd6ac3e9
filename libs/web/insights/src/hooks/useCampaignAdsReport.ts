import { useQuery } from '@apollo/client/react';
import { CampaignAdsReportDocument } from '@planbord/web-graphql';

/** The year's ads against its budget: planned, committed, spent and the warning. */
export function useCampaignAdsReport(year: number) {
  const { data, loading, error, refetch } = useQuery(CampaignAdsReportDocument, {
    variables: { year },
    fetchPolicy: 'cache-and-network',
  });
  return { report: data?.adsReport ?? null, loading, error, refetch };
}
