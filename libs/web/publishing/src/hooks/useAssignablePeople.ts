import { useQuery } from '@apollo/client/react';
import { AssignablePeopleDocument } from '@planbord/web-graphql';

/** Who can get a job on a post: the active media team (liaisons are never assigned), by name. */
export function useAssignablePeople() {
  const { data } = useQuery(AssignablePeopleDocument, { fetchPolicy: 'cache-first' });
  return data?.users.filter((person) => person.role !== 'LIAISON') ?? [];
}
