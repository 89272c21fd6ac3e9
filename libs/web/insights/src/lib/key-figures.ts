import type { ReportsKeyFiguresQuery } from '@planbord/web-graphql';
import type { Formats } from '@planbord/web-ui';
import type { MessageKey, Translate } from '../i18n';
import { inPeriod } from './summaries';
import type { Period } from './period';

export const KEY_FIGURES = [
  'signals',
  'residentsHeard',
  'withinNormShare',
  'posts',
  'reach',
  'interactions',
  'conversations',
] as const;
export type KeyFigure = (typeof KEY_FIGURES)[number];

/** A count, or a share 0–1 (none when there is nothing to take a share of). */
export interface KeyFigureValue {
  key: KeyFigure;
  share: boolean;
  value: number | null;
}

type Participation = ReportsKeyFiguresQuery['current'];
type WebcareRows = ReportsKeyFiguresQuery['currentWebcare'];
type EngagementRows = ReportsKeyFiguresQuery['currentEngagement'];

const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);

/** The period's key figures from its reports: signals from webcare, posts and reach from engagement by channel. */
export function keyFigures(
  participation: Participation,
  webcare: WebcareRows,
  engagement: EngagementRows,
): KeyFigureValue[] {
  const values: Record<KeyFigure, number | null> = {
    signals: sum(webcare, (r) => r.signals),
    residentsHeard: participation.residentsHeard,
    withinNormShare: participation.signalsAnswered
      ? participation.answeredWithinNorm / participation.signalsAnswered
      : null,
    posts: sum(engagement, (r) => r.posts),
    reach: sum(engagement, (r) => r.reach),
    interactions: sum(engagement, (r) => r.interactions),
    conversations: participation.conversations,
  };
  return KEY_FIGURES.map((key) => ({ key, share: key === 'withinNormShare', value: values[key] }));
}

export const keyFigureLabel = (key: KeyFigure): MessageKey => `reports.key.${key}`;

export function formatKeyFigure(figure: KeyFigureValue, t: Translate, f: Formats): string {
  if (figure.value == null) return t('reports.none');
  return figure.share ? f.formatPercent(figure.value) : f.formatNumber(figure.value);
}

/** The difference in words and numbers: "12 meer", "3 procentpunt lager", "gelijk"; none when either is unknown. */
export function describeChange(current: KeyFigureValue, previous: KeyFigureValue, t: Translate): string | null {
  if (current.value == null || previous.value == null) return null;
  if (current.share) {
    const points = Math.round((current.value - previous.value) * 100);
    if (points === 0) return t('reports.key.same');
    return t(points > 0 ? 'reports.key.higher' : 'reports.key.lower', { amount: Math.abs(points) });
  }
  const change = current.value - previous.value;
  if (change === 0) return t('reports.key.same');
  return t(change > 0 ? 'reports.key.more' : 'reports.key.fewer', { amount: Math.abs(change) });
}

/** One sentence: the period's signals and posts beside those of the period before. */
export function keyFiguresSummary(
  current: KeyFigureValue[],
  previous: KeyFigureValue[],
  period: Period,
  previousLabel: string,
  t: Translate,
  f: Formats,
): string {
  const value = (figures: KeyFigureValue[], key: KeyFigure) => figures.find((x) => x.key === key)?.value ?? 0;
  return t('reports.key.summary', {
    inPeriod: inPeriod(period, t, f),
    signals: value(current, 'signals'),
    posts: value(current, 'posts'),
    previous: previousLabel,
    previousSignals: value(previous, 'signals'),
    previousPosts: value(previous, 'posts'),
  });
}
