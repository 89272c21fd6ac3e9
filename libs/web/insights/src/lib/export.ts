/** The reports the server exports, by the name in `GET /export/report/<name>.<csv|xlsx>`. */
export type ReportName =
  | 'themeBalance'
  | 'webcareReport'
  | 'planningReport'
  | 'engagementReport'
  | 'adsReport'
  | 'participationReport'
  | 'growthModel';

export type ExportFormat = 'csv' | 'xlsx';

/** Where a report's table downloads: the period's instants, and the grouping or year where the report takes one. */
export function reportExportHref(
  name: ReportName,
  format: ExportFormat,
  params: { from?: string; to?: string; groupBy?: string; year?: number },
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value != null) query.set(key, String(value));
  const search = query.toString();
  return `/export/report/${name}.${format}${search ? `?${search}` : ''}`;
}
