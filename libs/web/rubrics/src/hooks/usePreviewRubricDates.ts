import { useEffect, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { PreviewRubricDatesDocument } from '@planbord/web-graphql';

export interface PreviewRule {
  rrule: string;
  startsOn: string;
  time: string;
  endsOn: string | null;
}

const DELAY_MS = 400;

/**
 * The next ten dates of a rule, asked of the server (the one place recurrence is expanded) a moment after the person
 * stops typing. `null` asks nothing (the rule is not complete yet).
 */
export function usePreviewRubricDates(rule: PreviewRule | null) {
  const key = rule ? JSON.stringify(rule) : null;
  const [settled, setSettled] = useState<string | null>(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), DELAY_MS);
    return () => clearTimeout(timer);
  }, [key]);
  const variables = settled ? { ...(JSON.parse(settled) as PreviewRule), count: 10 } : undefined;
  const { data, previousData, loading, error } = useQuery(PreviewRubricDatesDocument, {
    variables: variables ?? { rrule: '', startsOn: '', time: '', endsOn: null, count: 10 },
    skip: !variables,
  });
  const pending = key !== settled || loading;
  return {
    dates: variables ? ((data ?? previousData)?.previewRubricDates ?? null) : null,
    pending,
    error: variables ? error : undefined,
  };
}
