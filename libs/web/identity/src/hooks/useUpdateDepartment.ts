import { useMutation } from '@apollo/client/react';
import { UpdateDepartmentDocument, type DepartmentInput } from '@planbord/web-graphql';

export function useUpdateDepartment() {
  const [mutate, state] = useMutation(UpdateDepartmentDocument, {
    // The entity itself updates in place by id; lists reload because (de)activation and renaming change them.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'departments' });
      cache.gc();
    },
  });
  const updateDepartment = (id: string, input: DepartmentInput, expectedVersion: number) =>
    mutate({ variables: { id, input, expectedVersion } });
  return [updateDepartment, state] as const;
}
