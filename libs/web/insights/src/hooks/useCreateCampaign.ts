import { useMutation } from '@apollo/client/react';
import { CreateCampaignDocument, type CampaignInput } from '@planbord/web-graphql';
import { evictAds } from './campaign-cache';

export function useCreateCampaign() {
  const [mutate, state] = useMutation(CreateCampaignDocument, { update: evictAds });
  const run = (input: CampaignInput, idempotencyKey: string) => mutate({ variables: { input, idempotencyKey } });
  return [run, state] as const;
}
