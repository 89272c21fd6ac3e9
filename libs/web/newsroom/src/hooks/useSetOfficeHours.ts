import { useMutation } from '@apollo/client/react';
import { SetOfficeHoursDocument, evictRootFields, type OfficeHoursInput } from '@planbord/web-graphql';

/** Sets the week's office hours at once. */
export function useSetOfficeHours() {
  const [mutate, state] = useMutation(SetOfficeHoursDocument, {
    update: (cache) => evictRootFields(cache, ['officeHours']),
  });
  const run = (days: OfficeHoursInput[]) => mutate({ variables: { days } });
  return [run, state] as const;
}
