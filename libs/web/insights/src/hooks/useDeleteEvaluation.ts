import { useMutation } from '@apollo/client/react';
import { DeleteEvaluationDocument } from '@planbord/web-graphql';
import { evictEvaluations } from './evaluation-cache';

export function useDeleteEvaluation() {
  const [mutate, state] = useMutation(DeleteEvaluationDocument, { update: evictEvaluations });
  const run = (id: string, expectedVersion: number) => mutate({ variables: { id, expectedVersion } });
  return [run, state] as const;
}
