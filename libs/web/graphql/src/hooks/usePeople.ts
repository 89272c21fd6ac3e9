import { can, isTeam } from '@planbord/domain';
import { PeopleDocument } from '../generated';
import { useCurrentUser } from './useCurrentUser';
import { TAKE, useReferenceList, type ReferenceOptions } from './useReferenceList';

export interface PeopleOptions extends ReferenceOptions {
  /** Names or e-mail addresses containing this. */
  search?: string;
  /** Only the media team: the people who can take a job or own a rubric. */
  team?: boolean;
}

/**
 * People with their e-mail address, role and hours. Only those who may read other people's roles get the list (the
 * permission table's personal grants); for anyone else `people` stays null and nothing is asked.
 */
export function usePeople({ search = '', includeInactive = false, team = false }: PeopleOptions = {}) {
  const { me } = useCurrentUser();
  const allowed = can(me?.role, 'User.role');
  const { list, ...status } = useReferenceList(
    PeopleDocument,
    { search: search.trim() || null, includeInactive, take: TAKE },
    (data) => data.users,
    !allowed,
  );
  return { people: team ? (list?.filter((person) => isTeam(person.role)) ?? null) : list, ...status };
}
