import { useMutation } from '@apollo/client/react';
import { UpdateWebcareSettingsDocument } from '@planbord/web-graphql';

/** Sets the crisis norm in calendar minutes. */
export function useUpdateWebcareSettings() {
  const [mutate, state] = useMutation(UpdateWebcareSettingsDocument);
  const run = (crisisMinutes: number, expectedVersion: number) =>
    mutate({ variables: { crisisMinutes, expectedVersion } });
  return [run, state] as const;
}
