import { useMutation } from '@apollo/client/react';
import { LoginDocument, MeDocument } from '@planbord/web-graphql';

export function useLogin() {
  const [mutate, state] = useMutation(LoginDocument, {
    // The answer is the signed-in person: make it `me` at once, so the app shell can show without another request.
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeDocument, data: { me: data.login } });
    },
  });
  const login = (email: string, password: string) => mutate({ variables: { email: email.trim(), password } });
  return [login, state] as const;
}
