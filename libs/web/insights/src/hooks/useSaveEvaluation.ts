import { useMutation } from '@apollo/client/react';
import { SaveEvaluationDocument, type EvaluationInput } from '@planbord/web-graphql';
import { evictEvaluations } from './evaluation-cache';

/** Writes a new evaluation (no id) or changes one's own (id and the version read). */
export function useSaveEvaluation() {
  const [mutate, state] = useMutation(SaveEvaluationDocument, { update: evictEvaluations });
  const run = (input: EvaluationInput, existing: { id: string; version: number } | null, idempotencyKey: string) =>
    mutate({
      variables: existing ? { id: existing.id, input, expectedVersion: existing.version } : { input, idempotencyKey },
    });
  return [run, state] as const;
}
