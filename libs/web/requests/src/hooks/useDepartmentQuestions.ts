import { useQuery } from '@apollo/client/react';
import { DepartmentQuestionsDocument } from '@planbord/web-graphql';

/** The newsroom's questions to the liaison's own department, open ones first (the server's order). */
export function useDepartmentQuestions(skip: boolean) {
  const { data, previousData, loading, error, refetch } = useQuery(DepartmentQuestionsDocument, {
    skip,
    fetchPolicy: 'cache-and-network',
  });
  return { questions: (data ?? previousData)?.departmentQuestions ?? null, loading, error, refetch };
}
