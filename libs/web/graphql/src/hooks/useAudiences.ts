import { AudiencesDocument } from '../generated';
import { TAKE, useReferenceList, type ReferenceOptions } from './useReferenceList';

export function useAudiences({ includeInactive = false }: ReferenceOptions = {}) {
  const { list, ...status } = useReferenceList(
    AudiencesDocument,
    { includeInactive, take: TAKE },
    (data) => data.audiences,
  );
  return { audiences: list, ...status };
}
