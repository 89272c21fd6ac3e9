import { Injectable } from '@nestjs/common';
import type { AdsReport, EngagementGroup, EngagementRow, PlanningReport } from './reports.types';

/** The reports about the team's own work: planning, engagement of what it published, and paid reach. */
@Injectable()
export class TeamReports {
  planningReport(from: Date, to: Date): Promise<PlanningReport> {
    throw new Error(`planningReport ${from.toISOString()} ${to.toISOString()}`);
  }
  engagementReport(from: Date, to: Date, groupBy: EngagementGroup): Promise<EngagementRow[]> {
    throw new Error(`engagementReport ${from.toISOString()} ${to.toISOString()} ${groupBy}`);
  }
  adsReport(year: number): Promise<AdsReport> {
    throw new Error(`adsReport ${year}`);
  }
}
