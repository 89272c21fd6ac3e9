import { useApolloClient, useMutation } from '@apollo/client/react';
import { LogoutDocument, MeDocument } from '@planbord/web-graphql';

/** Ends the session and forgets everything cached for this person. */
export function useLogout() {
  const client = useApolloClient();
  const [mutate, state] = useMutation(LogoutDocument);
  const logout = async () => {
    try {
      await mutate();
    } finally {
      await client.clearStore();
      client.writeQuery({ query: MeDocument, data: { me: null } });
    }
  };
  return [logout, state] as const;
}
