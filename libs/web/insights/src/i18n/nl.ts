/** Dutch, the default language: the insights' messages. en.ts has the same keys. */
export const nl = {
  // reports
  // metrics and their import
  // campaigns and the ads budget
  // evaluations
} as const;
