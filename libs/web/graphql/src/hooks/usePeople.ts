import { PeopleDocument } from '../generated';
import { TAKE, useReferenceList, type ReferenceOptions } from './useReferenceList';

export interface PeopleOptions extends ReferenceOptions {
  /** Names or e-mail addresses containing this. */
  search?: string;
  /** Only the media team: the people who can be assigned or own a rubric (everyone but liaisons). */
  team?: boolean;
}

export function usePeople({ search = '', includeInactive = false, team = false }: PeopleOptions = {}) {
  const { list, ...status } = useReferenceList(PeopleDocument, { search: search.trim() || null, includeInactive, take: TAKE }, (data) => data.users);
  return { people: team ? (list?.filter((person) => person.role !== 'LIAISON') ?? null) : list, ...status };
}
