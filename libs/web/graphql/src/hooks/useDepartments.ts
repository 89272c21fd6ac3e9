import { DepartmentsDocument } from '../generated';
import { TAKE, useReferenceList, type ReferenceOptions } from './useReferenceList';

export function useDepartments({ includeInactive = false }: ReferenceOptions = {}) {
  const { list, ...status } = useReferenceList(
    DepartmentsDocument,
    { includeInactive, take: TAKE },
    (data) => data.departments,
  );
  return { departments: list, ...status };
}
