import { useMutation } from '@apollo/client/react';
import { CreateDepartmentDocument, type DepartmentInput } from '@planbord/web-graphql';

export function useCreateDepartment() {
  const [mutate, state] = useMutation(CreateDepartmentDocument, {
    // Every cached list (with or without inactive ones) loads again, sorted by the server, with the new one in it.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'departments' });
      cache.gc();
    },
  });
  const createDepartment = (input: DepartmentInput) => mutate({ variables: { input } });
  return [createDepartment, state] as const;
}
