/** The planning queries that show what `calendarChanged` reports: a change elsewhere may have made them stale. */
export const PLANNING_QUERIES = ['Calendar', 'PlanningEvent', 'Workload', 'PlanningBalance'];
