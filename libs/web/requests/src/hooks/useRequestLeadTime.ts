import { useQuery } from '@apollo/client/react';
import { PLANNING_DEFAULTS } from '@planbord/domain';
import { RequestLeadTimeDocument } from '@planbord/web-graphql';

/**
 * The minimum lead time in days. The team reads the organisation's setting; liaisons may not read the settings, so
 * they see the default the server also starts from.
 */
export function useRequestLeadTime(canReadSettings: boolean): number {
  const { data } = useQuery(RequestLeadTimeDocument, { skip: !canReadSettings });
  return data?.planningSettings.minimumLeadDays ?? PLANNING_DEFAULTS.minimumLeadDays;
}
