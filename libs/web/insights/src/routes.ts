/** Where the insights' pages live; the app and the overview link here. */
export const INSIGHTS_ROUTES = {
  reports: '/rapportages',
  monthReport: '/rapportages/maand/:month',
  // metrics and their import
  importMetrics: '/rapportages/importeren',
  followers: '/rapportages/volgers',
  // campaigns and the ads budget
  campaigns: '/rapportages/campagnes',
  // evaluations
  evaluations: '/rapportages/evaluaties',
} as const;

/** The print view of one month (`YYYY-MM`) for the council. */
export const monthReportHref = (month: string) => `/rapportages/maand/${month}`;
