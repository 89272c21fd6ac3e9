import { can } from '@planbord/domain';
import { PeopleDocument } from '../generated';
import { TAKE, useReferenceList, type ReferenceOptions } from './useReferenceList';

export interface PeopleOptions extends ReferenceOptions {
  /** Names or e-mail addresses containing this. */
  search?: string;
  /** Only the media team: the people who can take a job or own a rubric (whoever may answer an assignment). */
  team?: boolean;
}

export function usePeople({ search = '', includeInactive = false, team = false }: PeopleOptions = {}) {
  const { list, ...status } = useReferenceList(PeopleDocument, { search: search.trim() || null, includeInactive, take: TAKE }, (data) => data.users);
  return { people: team ? (list?.filter((person) => can(person.role, 'Mutation.respondToAssignment')) ?? null) : list, ...status };
}
