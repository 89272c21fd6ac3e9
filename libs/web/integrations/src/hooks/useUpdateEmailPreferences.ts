import { useMutation } from '@apollo/client/react';
import {
  EmailPreferencesDocument,
  UpdateEmailPreferencesDocument,
  type EmailPreferencesInput,
} from '@planbord/web-graphql';

export function useUpdateEmailPreferences() {
  const [mutate, state] = useMutation(UpdateEmailPreferencesDocument, {
    // The preferences have no id of their own: what the server saved becomes the answer of the query.
    update(cache, { data }) {
      if (data)
        cache.writeQuery({ query: EmailPreferencesDocument, data: { emailPreferences: data.updateEmailPreferences } });
    },
  });
  const updateEmailPreferences = (input: EmailPreferencesInput, expectedVersion: number) =>
    mutate({ variables: { input, expectedVersion } });
  return [updateEmailPreferences, state] as const;
}
