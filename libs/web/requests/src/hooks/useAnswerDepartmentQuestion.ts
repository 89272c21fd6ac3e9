import { useMutation } from '@apollo/client/react';
import { AnswerDepartmentQuestionDocument } from '@planbord/web-graphql';

/** The department's answer; the newsroom's signal then returns to "in progress" with the answer on it. */
export function useAnswerDepartmentQuestion() {
  const [mutate, state] = useMutation(AnswerDepartmentQuestionDocument);
  const answer = (id: string, expectedVersion: number, text: string) =>
    mutate({ variables: { id, expectedVersion, answer: text } });
  return [answer, state] as const;
}
