import { useMutation } from '@apollo/client/react';
import { ChangePasswordDocument } from '@planbord/web-graphql';

export function useChangePassword() {
  const [mutate, state] = useMutation(ChangePasswordDocument);
  const changePassword = (current: string, next: string) => mutate({ variables: { current, next } });
  return [changePassword, state] as const;
}
