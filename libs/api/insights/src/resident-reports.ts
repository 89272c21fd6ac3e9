import { Injectable } from '@nestjs/common';
import type { Locale } from '@planbord/domain';
import type { GrowthModel, ParticipationReport, ThemeBalanceRow, WebcareRow } from './reports.types';

/** The reports about residents: what they talk about, how fast we answer, and what came of it. */
@Injectable()
export class ResidentReports {
  themeBalance(from: Date, to: Date): Promise<ThemeBalanceRow[]> {
    throw new Error(`themeBalance ${from.toISOString()} ${to.toISOString()}`);
  }
  webcareReport(from: Date, to: Date): Promise<WebcareRow[]> {
    throw new Error(`webcareReport ${from.toISOString()} ${to.toISOString()}`);
  }
  participationReport(from: Date, to: Date, locale: Locale): Promise<ParticipationReport> {
    throw new Error(`participationReport ${from.toISOString()} ${to.toISOString()} ${locale}`);
  }
  growthModel(locale: Locale): Promise<GrowthModel> {
    throw new Error(`growthModel ${locale}`);
  }
}
