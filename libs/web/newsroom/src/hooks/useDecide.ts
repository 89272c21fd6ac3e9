import { useMutation } from '@apollo/client/react';
import { DecideDocument, evictRootFields, type DecisionInput } from '@planbord/web-graphql';
import { SHOWS_DECISIONS, SHOWS_SIGNALS } from './cache-fields';

/** Records a decision; a post lands in the calendar, a question at the department. */
export function useDecide() {
  const [mutate, state] = useMutation(DecideDocument, {
    update: (cache) => evictRootFields(cache, [...SHOWS_SIGNALS, ...SHOWS_DECISIONS, 'calendar', 'slot', 'event']),
  });
  const run = (input: DecisionInput) => mutate({ variables: { input } });
  return [run, state] as const;
}
