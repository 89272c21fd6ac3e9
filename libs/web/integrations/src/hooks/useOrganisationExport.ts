import { useQuery } from '@apollo/client/react';
import { OrganisationExportDocument } from '@planbord/web-graphql';

/** What the organisation export holds now: its tables and their rows. */
export function useOrganisationExport() {
  const { data, loading, error, refetch } = useQuery(OrganisationExportDocument, { fetchPolicy: 'network-only' });
  return { organisationExport: data?.organisationExport ?? null, loading, error, refetch };
}
