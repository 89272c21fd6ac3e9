import type { nl } from './nl';

/** English: the same keys as nl.ts. */
export const en: Record<keyof typeof nl, string> = {
  // reports
  // metrics and their import
  // campaigns and the ads budget
  // evaluations
};
