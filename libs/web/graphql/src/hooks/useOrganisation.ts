import { useQuery } from '@apollo/client/react';
import { OrganisationDocument } from '../generated';

/** The organisation's settings, such as its time zone: the shell loads them once after sign-in. */
export function useOrganisation() {
  const { data, loading, error, refetch } = useQuery(OrganisationDocument, { fetchPolicy: 'cache-first' });
  return { organisation: data?.organisation ?? null, loading: loading && !data, error, refetch };
}
