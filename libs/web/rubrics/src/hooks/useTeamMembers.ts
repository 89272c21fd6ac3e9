import { useQuery } from '@apollo/client/react';
import { UsersDocument } from '@planbord/web-graphql';

/** The media team (everyone but liaisons): the people who can own a rubric. */
export function useTeamMembers() {
  const { data } = useQuery(UsersDocument, { variables: { search: null, includeInactive: false, take: 200 } });
  return data?.users.filter((user) => user.role !== 'LIAISON') ?? null;
}
