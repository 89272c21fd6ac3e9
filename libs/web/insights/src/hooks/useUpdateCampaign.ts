import { useMutation } from '@apollo/client/react';
import { UpdateCampaignDocument, type CampaignPatch } from '@planbord/web-graphql';
import { evictAds } from './campaign-cache';

export function useUpdateCampaign() {
  const [mutate, state] = useMutation(UpdateCampaignDocument, { update: evictAds });
  const run = (id: string, expectedVersion: number, patch: CampaignPatch) =>
    mutate({ variables: { id, expectedVersion, patch } });
  return [run, state] as const;
}
