import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useLocale } from '../i18n/I18nProvider';
import { formats, type Formats } from './formats';
import { orgTime, type OrgTime } from './org-time';

const OrgTimeContext = createContext<OrgTime | null>(null);

/** Holds the organisation's clock for everything below; the app renders it once the server has told the zone. */
export function OrgTimeProvider({ zone, children }: { zone: string; children: ReactNode }) {
  const value = useMemo(() => orgTime(zone), [zone]);
  return <OrgTimeContext.Provider value={value}>{children}</OrgTimeContext.Provider>;
}

/** The organisation's clock: days and times in its zone. */
export function useOrgTime(): OrgTime {
  const value = useContext(OrgTimeContext);
  // No guessed zone: a time shown before the server said which zone would be shown wrong.
  if (!value) throw new Error('useOrgTime and useFormat need an <OrgTimeProvider> with the zone the server reports.');
  return value;
}

/** Dates, times and numbers in the interface's language, times on the organisation's clock. */
export function useFormat(): Formats {
  const locale = useLocale();
  const { zone } = useOrgTime();
  return useMemo(() => formats(locale, zone), [locale, zone]);
}
