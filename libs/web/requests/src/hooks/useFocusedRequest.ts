import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router-dom';

export const requestAnchorId = (id: string) => `aanvraag-${id}`;

/**
 * `?aanvraag=<id>` (from the overview or a notification): once that request is on screen, bring it into view and move
 * focus to it, once.
 */
export function useFocusedRequest(ids: readonly string[] | null): string | null {
  const [params] = useSearchParams();
  const wanted = params.get('aanvraag');
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted || done.current === wanted || !ids?.includes(wanted)) return;
    done.current = wanted;
    const element = document.getElementById(requestAnchorId(wanted));
    element?.scrollIntoView({ block: 'start' });
    element?.focus();
  }, [wanted, ids]);
  return wanted;
}
