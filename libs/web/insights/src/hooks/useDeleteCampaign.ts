import { useMutation } from '@apollo/client/react';
import { DeleteCampaignDocument } from '@planbord/web-graphql';
import { evictAds } from './campaign-cache';

export function useDeleteCampaign() {
  const [mutate, state] = useMutation(DeleteCampaignDocument, { update: evictAds });
  const run = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [run, state] as const;
}
