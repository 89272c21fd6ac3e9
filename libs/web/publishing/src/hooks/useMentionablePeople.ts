import { useQuery } from '@apollo/client/react';
import { MentionablePeopleDocument } from '@planbord/web-graphql';

/** The people one can @mention: the active team, by name. */
export function useMentionablePeople() {
  const { data } = useQuery(MentionablePeopleDocument, { variables: { search: null }, fetchPolicy: 'cache-first' });
  return data?.users ?? [];
}
