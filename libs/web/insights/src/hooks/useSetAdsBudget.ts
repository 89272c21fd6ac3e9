import { useMutation } from '@apollo/client/react';
import { SetAdsBudgetDocument } from '@planbord/web-graphql';
import { evictAds } from './campaign-cache';

export function useSetAdsBudget() {
  const [mutate, state] = useMutation(SetAdsBudgetDocument, { update: evictAds });
  const run = (year: number, budgetCents: number, expectedVersion: number | null) =>
    mutate({ variables: { year, budgetCents, expectedVersion } });
  return [run, state] as const;
}
