import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import { HolidaysDocument } from '../generated';

/**
 * The public holidays of the planning country from `from` to `to` (`YYYY-MM-DD`, inclusive), by date. Empty while
 * loading or without a range: a missing mark is never mistaken for a missing day.
 */
export function useHolidays(from: string | null, to: string | null): ReadonlyMap<string, string> {
  const { data, previousData } = useQuery(HolidaysDocument, {
    variables: { from: from ?? '', to: to ?? '' },
    skip: !from || !to,
    fetchPolicy: 'cache-first',
  });
  const holidays = (data ?? previousData)?.holidays;
  return useMemo(() => new Map((holidays ?? []).map((holiday) => [holiday.date, holiday.name])), [holidays]);
}
