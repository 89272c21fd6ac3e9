import { useState } from 'react';
import { ToggleGroup, useFormat, type Formats } from '@planbord/web-ui';
import type { EngagementGroup, ReportedPostFragment } from '@planbord/web-graphql';
import { useT, type Translate } from '../i18n';
import { useAdsReport } from '../hooks/useAdsReport';
import { useEngagementReport } from '../hooks/useEngagementReport';
import { useGrowthModel } from '../hooks/useGrowthModel';
import { useKeyFigures } from '../hooks/useKeyFigures';
import { useParticipationReport } from '../hooks/useParticipationReport';
import { usePostPerformance } from '../hooks/usePostPerformance';
import { usePlanningReport } from '../hooks/usePlanningReport';
import { useThemeBalance } from '../hooks/useThemeBalance';
import { useWebcareReport } from '../hooks/useWebcareReport';
import {
  describeChange,
  formatKeyFigure,
  keyFigureLabel,
  keyFigures,
  keyFiguresSummary,
  type KeyFigureValue,
} from '../lib/key-figures';
import type { Period } from '../lib/period';
import {
  adsSummary,
  engagementGroupName,
  engagementInOrder,
  engagementSummary,
  formatEuros,
  formatRatio,
  growthSummary,
  participationSummary,
  inPeriod,
  periodLabel,
  planningSummary,
  themeBalanceSummary,
  webcareSummary,
  type EngagementRow,
  type GrowthModel,
  type ThemeBalanceRow,
  type WebcareRow,
} from '../lib/summaries';
import { BarChart, ChartLegend, type ChartSeries } from './BarChart';
import { ReportSection, summaryId } from './ReportSection';
import { ReportTable, type Column } from './ReportTable';

export interface ReportProps {
  period: Period;
  range: { from: string; to: string };
}

/** The chart, its legend and its table: kept together on screen and on paper. */
function ChartAndTable({
  id,
  chart,
  series,
  table,
  note,
  tableApart = false,
}: {
  id: string;
  chart: React.ReactNode;
  series?: readonly ChartSeries[];
  table: React.ReactNode;
  note?: string;
  /** A table longer than a chart's page of its own: printed after the chart, each row kept whole. */
  tableApart?: boolean;
}) {
  return (
    <>
      <div className="planbord-report__block" data-block={id}>
        {series ? <ChartLegend series={series} /> : null}
        {chart}
        {note ? <p className="utrecht-paragraph planbord-muted">{note}</p> : null}
        {tableApart ? null : table}
      </div>
      {tableApart ? (
        <div className="planbord-report__block planbord-report__block--long" data-block={`${id}-table`}>
          {table}
        </div>
      ) : null}
    </>
  );
}

function chartProps(id: string, label: string, t: Translate, f: Formats) {
  return {
    id: `chart-${id}`,
    label,
    describedBy: summaryId(id),
    hint: t('reports.chartHint', { name: label }),
    noValue: t('reports.none'),
    formatValue: (v: number) => f.formatNumber(v),
  };
}

const percentOrNone = (value: number | null | undefined, t: Translate, f: Formats) =>
  value == null ? t('reports.none') : f.formatPercent(value);

/** Minutes as "45 min" below two hours, else as hours with one decimal: "3,5 uur". */
function formatMinutes(value: number | null, t: Translate, f: Formats): string {
  if (value == null) return t('reports.none');
  if (value < 120) return t('reports.minutes', { minutes: Math.round(value) });
  return t('reports.hours', { hours: f.formatNumber(Math.round(value / 6) / 10) });
}

export function KeyFiguresReport({
  period,
  range,
  previous,
  previousRange,
}: ReportProps & { previous: Period; previousRange: { from: string; to: string } }) {
  const t = useT();
  const f = useFormat();
  const { data, error, refetch } = useKeyFigures({
    from: range.from,
    to: range.to,
    previousFrom: previousRange.from,
    previousTo: previousRange.to,
  });
  const current = data ? keyFigures(data.current, data.currentWebcare, data.currentEngagement) : [];
  const before = data ? keyFigures(data.previous, data.previousWebcare, data.previousEngagement) : [];
  const previousName = periodLabel(previous, t, f);
  const columns: Column<{ now: KeyFigureValue; then: KeyFigureValue }>[] = [
    { key: 'figure', header: t('reports.key.figure'), cell: (r) => t(keyFigureLabel(r.now.key)) },
    { key: 'current', header: t('reports.key.current'), cell: (r) => formatKeyFigure(r.now, t, f), numeric: true },
    { key: 'previous', header: t('reports.key.previous'), cell: (r) => formatKeyFigure(r.then, t, f), numeric: true },
    {
      key: 'difference',
      header: t('reports.key.difference'),
      cell: (r) => describeChange(r.now, r.then, t) ?? t('reports.none'),
    },
  ];
  return (
    <ReportSection
      id="key"
      title={t('reports.key.title')}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={data ? keyFiguresSummary(current, before, period, previousName, t, f) : null}
      empty=""
    >
      <div className="planbord-report__block" data-block="key">
        <ReportTable
          caption={t('reports.key.caption', { period: periodLabel(period, t, f), previous: previousName })}
          columns={columns}
          rows={current.map((now, i) => ({ now, then: before[i] }))}
          rowKey={(r) => r.now.key}
        />
      </div>
    </ReportSection>
  );
}

export function ThemeBalanceReport({ period, range }: ReportProps) {
  const t = useT();
  const f = useFormat();
  const { data, error, refetch } = useThemeBalance(range);
  const rows: ThemeBalanceRow[] = [...(data?.themeBalance ?? [])].sort(
    (a, b) => b.signalShare - a.signalShare || b.postShare - a.postShare || a.theme.name.localeCompare(b.theme.name),
  );
  const title = t('reports.themes.title');
  const label = t('reports.themes.chart');
  const series: ChartSeries[] = [
    { key: 'signals', label: t('reports.themes.seriesSignals'), values: rows.map((r) => r.signalShare) },
    { key: 'posts', label: t('reports.themes.seriesPosts'), values: rows.map((r) => r.postShare) },
  ];
  const columns: Column<ThemeBalanceRow>[] = [
    { key: 'theme', header: t('reports.themes.theme'), cell: (r) => r.theme.name },
    { key: 'signals', header: t('reports.themes.signals'), cell: (r) => f.formatNumber(r.signals), numeric: true },
    {
      key: 'signalShare',
      header: t('reports.themes.signalShare'),
      cell: (r) => f.formatPercent(r.signalShare),
      numeric: true,
    },
    { key: 'posts', header: t('reports.themes.posts'), cell: (r) => f.formatNumber(r.posts), numeric: true },
    {
      key: 'postShare',
      header: t('reports.themes.postShare'),
      cell: (r) => f.formatPercent(r.postShare),
      numeric: true,
    },
    {
      key: 'gap',
      header: t('reports.themes.gap'),
      cell: (r) => f.formatNumber(Math.round(r.gap * 100)),
      numeric: true,
    },
  ];
  return (
    <ReportSection
      id="themes"
      title={title}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={data ? themeBalanceSummary(rows, period, t, f) : null}
      empty={t('reports.themes.empty')}
      download={{ name: 'themeBalance', params: range }}
    >
      <ChartAndTable
        id="themes"
        series={series}
        chart={
          <BarChart
            {...chartProps('themes', label, t, f)}
            formatValue={(v) => f.formatPercent(v)}
            categories={rows.map((r) => ({ key: r.theme.id, label: r.theme.name }))}
            series={series}
          />
        }
        table={
          <ReportTable
            caption={t('reports.tableOf', { report: title, period: periodLabel(period, t, f) })}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.theme.id}
          />
        }
      />
    </ReportSection>
  );
}

const BUCKETS = ['0-1h', '1-4h', '4-8h', '8-24h', '24h+'] as const;

export function WebcareReport({ period, range }: ReportProps) {
  const t = useT();
  const f = useFormat();
  const { data, error, refetch } = useWebcareReport(range);
  const rows: WebcareRow[] = data?.webcareReport ?? [];
  const title = t('reports.webcare.title');
  const label = t('reports.webcare.chart');
  const bucketName = (bucket: string) =>
    (BUCKETS as readonly string[]).includes(bucket)
      ? t(`reports.webcare.bucket.${bucket as (typeof BUCKETS)[number]}`)
      : bucket;
  const perBucket = BUCKETS.map((bucket) =>
    rows.reduce((total, row) => total + (row.buckets.find((b) => b.label === bucket)?.count ?? 0), 0),
  );
  // Sources come from the newsroom; its catalogue names them, and the app loads every feature's messages.
  const sourceName = (source: string) => (t as Translate & ((key: string) => string))(`newsroom.source.${source}`);
  const columns: Column<WebcareRow>[] = [
    { key: 'source', header: t('reports.webcare.source'), cell: (r) => sourceName(r.source) },
    { key: 'signals', header: t('reports.webcare.signals'), cell: (r) => f.formatNumber(r.signals), numeric: true },
    { key: 'answered', header: t('reports.webcare.answered'), cell: (r) => f.formatNumber(r.answered), numeric: true },
    {
      key: 'withinNorm',
      header: t('reports.webcare.withinNorm'),
      cell: (r) => `${f.formatNumber(r.withinNorm)} (${percentOrNone(r.withinNormShare, t, f)})`,
      numeric: true,
    },
    {
      key: 'median',
      header: t('reports.webcare.median'),
      cell: (r) => formatMinutes(r.medianMinutes, t, f),
      numeric: true,
    },
    {
      key: 'medianOffice',
      header: t('reports.webcare.medianOffice'),
      cell: (r) => formatMinutes(r.medianOfficeMinutes, t, f),
      numeric: true,
    },
    { key: 'p90', header: t('reports.webcare.p90'), cell: (r) => formatMinutes(r.p90Minutes, t, f), numeric: true },
    {
      key: 'outOfHours',
      header: t('reports.webcare.outOfHours'),
      cell: (r) => percentOrNone(r.outOfHoursShare, t, f),
      numeric: true,
    },
    ...BUCKETS.map((bucket) => ({
      key: bucket,
      header: bucketName(bucket),
      cell: (r: WebcareRow) => f.formatNumber(r.buckets.find((b) => b.label === bucket)?.count ?? 0),
      numeric: true,
    })),
  ];
  const series: ChartSeries[] = [{ key: 'answers', label: t('reports.webcare.seriesAnswers'), values: perBucket }];
  return (
    <ReportSection
      id="webcare"
      title={title}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={data ? webcareSummary(rows, period, t, f) : null}
      empty={t('reports.webcare.empty')}
      download={{ name: 'webcareReport', params: range }}
    >
      <ChartAndTable
        id="webcare"
        chart={
          <BarChart
            {...chartProps('webcare', label, t, f)}
            categories={BUCKETS.map((bucket) => ({ key: bucket, label: bucketName(bucket) }))}
            series={series}
          />
        }
        table={
          <ReportTable
            caption={t('reports.tableOf', { report: title, period: periodLabel(period, t, f) })}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.source}
          />
        }
      />
    </ReportSection>
  );
}

export function PlanningReport({ period, range }: ReportProps) {
  const t = useT();
  const f = useFormat();
  const { data, error, refetch } = usePlanningReport(range);
  const report = data?.planningReport ?? null;
  const title = t('reports.planning.title');
  const label = t('reports.planning.chart');
  const measures = report
    ? [
        {
          key: 'covered',
          label: t('reports.planning.covered'),
          count: t('reports.planning.ofTotal', { part: report.eventsCovered, total: report.eventsPlanned }),
          share: report.coveredShare,
        },
        {
          key: 'filled',
          label: t('reports.planning.filled'),
          count: t('reports.planning.ofTotal', { part: report.slotsFilled, total: report.rubricSlots }),
          share: report.filledShare,
        },
        {
          key: 'freeRoom',
          label: t('reports.planning.freeRoom', { target: f.formatPercent(report.freeRoomTargetShare) }),
          count: '',
          share: report.freeRoomShare,
        },
        {
          key: 'inTime',
          label: t('reports.planning.inTime'),
          count: t('reports.planning.ofTotal', { part: report.requestsAnsweredInTime, total: report.requests }),
          share: report.answeredInTimeShare,
        },
      ]
    : [];
  type Measure = (typeof measures)[number];
  const columns: Column<Measure>[] = [
    { key: 'measure', header: t('reports.planning.measure'), cell: (m) => m.label },
    { key: 'count', header: t('reports.planning.count'), cell: (m) => m.count, numeric: true },
    { key: 'share', header: t('reports.planning.share'), cell: (m) => percentOrNone(m.share, t, f), numeric: true },
  ];
  const departments = report?.departments ?? [];
  const series: ChartSeries[] = [
    { key: 'share', label: t('reports.planning.seriesShare'), values: measures.map((m) => m.share) },
  ];
  const periodName = periodLabel(period, t, f);
  return (
    <ReportSection
      id="planning"
      title={title}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={report ? planningSummary(report, period, t, f) : null}
      empty={t('reports.planning.empty')}
      download={{ name: 'planningReport', params: range }}
    >
      <ChartAndTable
        id="planning"
        chart={
          <BarChart
            {...chartProps('planning', label, t, f)}
            formatValue={(v) => f.formatPercent(v)}
            max={1}
            categories={measures.map((m) => ({ key: m.key, label: m.label }))}
            series={series}
          />
        }
        table={
          <>
            <ReportTable
              caption={t('reports.tableOf', { report: title, period: periodName })}
              columns={columns}
              rows={measures}
              rowKey={(m) => m.key}
            />
            {departments.length ? (
              <ReportTable
                caption={t('reports.planning.departments')}
                columns={[
                  { key: 'department', header: t('reports.planning.department'), cell: (d) => d.department.name },
                  {
                    key: 'requests',
                    header: t('reports.planning.requests'),
                    cell: (d) => f.formatNumber(d.requests),
                    numeric: true,
                  },
                  {
                    key: 'late',
                    header: t('reports.planning.late'),
                    cell: (d) => f.formatNumber(d.late),
                    numeric: true,
                  },
                ]}
                rows={departments}
                rowKey={(d) => d.department.id}
              />
            ) : null}
          </>
        }
      />
    </ReportSection>
  );
}

const ENGAGEMENT_GROUPS: readonly EngagementGroup[] = ['CHANNEL', 'THEME', 'RUBRIC', 'AUDIENCE', 'WEEKDAY_HOUR'];
/** More bars than this would not fit a phone or a page; the table keeps every group. */
const ENGAGEMENT_CHART_ROWS = 12;

export function EngagementReport({
  period,
  range,
  fixedGroup,
}: ReportProps & {
  /** The print view shows one grouping and no switch. */
  fixedGroup?: EngagementGroup;
}) {
  const t = useT();
  const f = useFormat();
  const [chosen, setGroupBy] = useState<EngagementGroup>('CHANNEL');
  const groupBy = fixedGroup ?? chosen;
  const { data, error, refetch } = useEngagementReport({ ...range, groupBy });
  const rows: EngagementRow[] = data ? engagementInOrder(data.engagementReport, t, f) : [];
  const shown = rows.slice(0, ENGAGEMENT_CHART_ROWS);
  const title = t('reports.engagement.title');
  const label = t('reports.engagement.chart', { group: t(`reports.engagement.groupWord.${groupBy}`) });
  const series: ChartSeries[] = [
    {
      key: 'interactions',
      label: t('reports.engagement.seriesInteractions'),
      values: shown.map((r) => r.interactions),
    },
  ];
  const columns: Column<EngagementRow>[] = [
    { key: 'group', header: t(`reports.engagement.group.${groupBy}`), cell: (r) => engagementGroupName(r, t, f) },
    { key: 'posts', header: t('reports.engagement.posts'), cell: (r) => f.formatNumber(r.posts), numeric: true },
    {
      key: 'withMetrics',
      header: t('reports.engagement.postsWithMetrics'),
      cell: (r) => f.formatNumber(r.postsWithMetrics),
      numeric: true,
    },
    { key: 'reach', header: t('reports.engagement.reach'), cell: (r) => f.formatNumber(r.reach), numeric: true },
    {
      key: 'interactions',
      header: t('reports.engagement.interactions'),
      cell: (r) => f.formatNumber(r.interactions),
      numeric: true,
    },
    {
      key: 'perPost',
      header: t('reports.engagement.perPost'),
      cell: (r) => (r.interactionsPerPost == null ? t('reports.none') : formatRatio(r.interactionsPerPost, f)),
      numeric: true,
    },
  ];
  return (
    <ReportSection
      id="engagement"
      title={title}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={data ? engagementSummary(rows, period, t, f) : null}
      empty={t('reports.engagement.empty')}
      download={{ name: 'engagementReport', params: { ...range, groupBy } }}
      controls={
        fixedGroup ? null : (
          <ToggleGroup
            label={t('reports.engagement.groupBy')}
            options={ENGAGEMENT_GROUPS.map((value) => ({ value, label: t(`reports.engagement.group.${value}`) }))}
            value={groupBy}
            onChange={setGroupBy}
          />
        )
      }
    >
      <ChartAndTable
        id="engagement"
        note={
          rows.length > ENGAGEMENT_CHART_ROWS
            ? t('reports.engagement.top', { count: ENGAGEMENT_CHART_ROWS })
            : undefined
        }
        chart={
          <BarChart
            {...chartProps('engagement', label, t, f)}
            categories={shown.map((r) => ({ key: r.key, label: engagementGroupName(r, t, f) }))}
            series={series}
          />
        }
        table={
          <ReportTable
            caption={t('reports.tableOf', { report: title, period: periodLabel(period, t, f) })}
            columns={columns}
            rows={rows}
            rowKey={(r) => r.key}
          />
        }
      />
    </ReportSection>
  );
}

export function AdsReport({ period }: { period: Period }) {
  const t = useT();
  const f = useFormat();
  const year = Number(period.first.slice(0, 4));
  const { data, error, refetch } = useAdsReport({ year });
  const report = data?.adsReport ?? null;
  const title = t('reports.ads.title', { year: String(year) });
  const label = t('reports.ads.chart', { year: String(year) });
  const amounts = report
    ? [
        { key: 'spent', label: t('reports.ads.spent'), cents: report.spentCents },
        { key: 'committed', label: t('reports.ads.committed'), cents: report.committedCents },
        { key: 'planned', label: t('reports.ads.planned'), cents: report.plannedCents },
      ]
    : [];
  type Amount = (typeof amounts)[number];
  const rows: Amount[] = report
    ? [...amounts, { key: 'budget', label: t('reports.ads.budget'), cents: report.budgetCents ?? -1 }]
    : [];
  const euros = (cents: number) => (cents < 0 ? t('reports.ads.noBudget') : formatEuros(cents, f));
  const series: ChartSeries[] = [
    { key: 'amount', label: t('reports.ads.seriesAmount'), values: amounts.map((a) => a.cents) },
  ];
  return (
    <ReportSection
      id="ads"
      title={title}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={report ? adsSummary(report, t, f) : null}
      empty={t('reports.ads.empty', { year: String(year) })}
      download={{ name: 'adsReport', params: { year } }}
    >
      {report && report.warning !== 'NONE' ? (
        <p className="utrecht-paragraph planbord-report__warning">
          {t(report.warning === 'OVER_LIMIT' ? 'reports.ads.warning.OVER_LIMIT' : 'reports.ads.warning.NEAR_LIMIT')}
        </p>
      ) : null}
      {period.kind !== 'year' ? <p className="utrecht-paragraph planbord-muted">{t('reports.ads.yearNote')}</p> : null}
      <ChartAndTable
        id="ads"
        chart={
          <BarChart
            {...chartProps('ads', label, t, f)}
            formatValue={(cents) => formatEuros(cents, f)}
            categories={amounts.map((a) => ({ key: a.key, label: a.label }))}
            series={series}
            reference={
              report?.budgetCents
                ? {
                    value: report.budgetCents,
                    label: `${t('reports.ads.budget')} ${formatEuros(report.budgetCents, f)}`,
                  }
                : undefined
            }
          />
        }
        table={
          <>
            <ReportTable
              caption={t('reports.tableOf', { report: title, period: String(year) })}
              columns={[
                { key: 'measure', header: t('reports.ads.measure'), cell: (a: Amount) => a.label },
                { key: 'amount', header: t('reports.ads.amount'), cell: (a: Amount) => euros(a.cents), numeric: true },
              ]}
              rows={rows}
              rowKey={(a) => a.key}
            />
            {report?.channels.length ? (
              <ReportTable
                caption={t('reports.ads.perChannel')}
                columns={[
                  { key: 'channel', header: t('reports.ads.channel'), cell: (c) => c.channel.name },
                  {
                    key: 'campaigns',
                    header: t('reports.ads.campaigns'),
                    cell: (c) => f.formatNumber(c.campaigns),
                    numeric: true,
                  },
                  {
                    key: 'budget',
                    header: t('reports.ads.channelBudget'),
                    cell: (c) => formatEuros(c.budgetCents, f),
                    numeric: true,
                  },
                  {
                    key: 'spent',
                    header: t('reports.ads.channelSpent'),
                    cell: (c) => formatEuros(c.spentCents, f),
                    numeric: true,
                  },
                ]}
                rows={report.channels}
                rowKey={(c) => c.channel.id}
              />
            ) : null}
          </>
        }
      />
    </ReportSection>
  );
}

export function ParticipationReport({ period, range }: ReportProps) {
  const t = useT();
  const f = useFormat();
  const { data, error, refetch } = useParticipationReport(range);
  const report = data?.participationReport ?? null;
  const title = t('reports.participation.title');
  const label = t('reports.participation.chart');
  const counts = report
    ? (
        [
          ['residentsHeard', report.residentsHeard],
          ['signalsAnswered', report.signalsAnswered],
          ['answeredWithinNorm', report.answeredWithinNorm],
          ['conversations', report.conversations],
          ['signalsActedOn', report.signalsActedOn],
        ] as const
      ).map(([key, value]) => ({ key, label: t(`reports.participation.${key}`), value }))
    : [];
  type Count = { key: string; label: string; value: string };
  const rows: Count[] = report
    ? [
        ...counts.map((c) => ({ ...c, value: f.formatNumber(c.value) })),
        {
          key: 'teamHours',
          label: t('reports.participation.teamHours'),
          value: f.formatNumber(Math.round(report.teamHours * 10) / 10),
        },
        {
          key: 'ratio',
          label: t('reports.participation.ratio'),
          value:
            report.returnOnParticipation == null
              ? t('reports.participation.noHours')
              : formatRatio(report.returnOnParticipation, f),
        },
      ]
    : [];
  const series: ChartSeries[] = [
    { key: 'count', label: t('reports.participation.seriesCount'), values: counts.map((c) => c.value) },
  ];
  return (
    <ReportSection
      id="participation"
      title={title}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={report ? participationSummary(report, period, t, f) : null}
      empty={t('reports.participation.empty')}
      download={{ name: 'participationReport', params: range }}
    >
      <ChartAndTable
        id="participation"
        chart={
          <BarChart
            {...chartProps('participation', label, t, f)}
            categories={counts.map((c) => ({ key: c.key, label: c.label }))}
            series={series}
          />
        }
        table={
          <>
            <ReportTable
              caption={t('reports.tableOf', { report: title, period: periodLabel(period, t, f) })}
              columns={[
                { key: 'measure', header: t('reports.participation.measure'), cell: (c: Count) => c.label },
                { key: 'count', header: t('reports.participation.count'), cell: (c: Count) => c.value, numeric: true },
              ]}
              rows={rows}
              rowKey={(c) => c.key}
            />
            {report ? (
              <p className="utrecht-paragraph planbord-report__formula">
                {t('reports.participation.formula', { formula: report.formula })}
              </p>
            ) : null}
          </>
        }
      />
    </ReportSection>
  );
}

const PHASES = ['DISCOVERS', 'EXPERIMENTS', 'CONVERSES', 'NETWORKS'] as const;

/** A threshold or value as the table shows it: shares as percentages when the indicator is one (0–1, key …Share). */
function formatIndicator(key: string, value: number | null, t: Translate, f: Formats) {
  if (value == null) return t('reports.none');
  return /share/i.test(key) ? f.formatPercent(value) : f.formatNumber(Math.round(value * 100) / 100);
}

export function GrowthReport() {
  const t = useT();
  const f = useFormat();
  const { data, error, refetch } = useGrowthModel();
  const model: GrowthModel | null = data?.growthModel ?? null;
  const title = t('reports.growth.title');
  const label = t('reports.growth.chart');
  const shares = PHASES.map((phase) => {
    const of = model?.indicators.filter((i) => i.phase === phase) ?? [];
    return of.length ? of.filter((i) => i.met).length / of.length : null;
  });
  const series: ChartSeries[] = [{ key: 'met', label: t('reports.growth.seriesMet'), values: shares }];
  type Indicator = GrowthModel['indicators'][number];
  return (
    <ReportSection
      id="growth"
      title={title}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={model ? growthSummary(model, t) : null}
      empty=""
      download={{ name: 'growthModel', params: {} }}
    >
      <p className="utrecht-paragraph planbord-muted">{t('reports.growth.intro')}</p>
      <ChartAndTable
        id="growth"
        tableApart
        chart={
          <BarChart
            {...chartProps('growth', label, t, f)}
            formatValue={(v) => f.formatPercent(v)}
            max={1}
            categories={PHASES.map((phase) => ({
              key: phase,
              label: t(`reports.growth.phase.${phase}`),
              note: model?.phase === phase ? t('reports.growth.current') : undefined,
            }))}
            series={series}
          />
        }
        table={
          <ReportTable
            caption={t('reports.growth.tableCaption')}
            columns={[
              { key: 'label', header: t('reports.growth.indicator'), cell: (i: Indicator) => i.label },
              {
                key: 'phase',
                header: t('reports.growth.phaseColumn'),
                cell: (i: Indicator) => t(`reports.growth.phase.${i.phase}`),
              },
              {
                key: 'value',
                header: t('reports.growth.value'),
                cell: (i: Indicator) => formatIndicator(i.key, i.value, t, f),
                numeric: true,
              },
              {
                key: 'threshold',
                header: t('reports.growth.threshold'),
                cell: (i: Indicator) => formatIndicator(i.key, i.threshold, t, f),
                numeric: true,
              },
              {
                key: 'met',
                header: t('reports.growth.met'),
                cell: (i: Indicator) => t(i.met ? 'reports.growth.yes' : 'reports.growth.no'),
              },
            ]}
            rows={model?.indicators ?? []}
            rowKey={(i) => i.key}
          />
        }
      />
    </ReportSection>
  );
}

function ReportedPosts({ title, posts }: { title: string; posts: readonly ReportedPostFragment[] }) {
  const t = useT();
  const f = useFormat();
  return (
    <div className="planbord-report__block" data-block={title}>
      <h3 className="utrecht-heading-3">{title}</h3>
      <ol className="planbord-reported-posts">
        {posts.map((item) => (
          <li key={item.post.id}>
            <p className="utrecht-paragraph">
              <strong>{item.post.title}</strong>
              <br />
              {t('reports.posts.facts', {
                channel: item.post.channel.name,
                date: f.formatDate(item.publishedAt, { weekday: false }),
                interactions: item.interactions,
                reach: item.reach == null ? t('reports.none') : f.formatNumber(item.reach),
              })}
            </p>
            {item.evaluations.length ? (
              <dl className="planbord-details">
                {item.evaluations.map((evaluation) => (
                  <div key={evaluation.id}>
                    {evaluation.worked ? (
                      <>
                        <dt>{t('reports.posts.worked')}</dt>
                        <dd>{evaluation.worked}</dd>
                      </>
                    ) : null}
                    {evaluation.different ? (
                      <>
                        <dt>{t('reports.posts.different')}</dt>
                        <dd>{evaluation.different}</dd>
                      </>
                    ) : null}
                  </div>
                ))}
              </dl>
            ) : (
              <p className="utrecht-paragraph planbord-muted">{t('reports.posts.noEvaluation')}</p>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The period's best and worst posts, with what the team wrote down about them. */
export function PostPerformanceReport({ period, range }: ReportProps) {
  const t = useT();
  const f = useFormat();
  const { data, error, refetch } = usePostPerformance(range);
  const list = data?.postPerformance ?? null;
  const best = list?.best[0];
  return (
    <ReportSection
      id="posts"
      title={t('reports.posts.title')}
      loading={!data}
      error={error}
      onRetry={() => void refetch()}
      summary={
        best
          ? t('reports.posts.summary', {
              inPeriod: inPeriod(period, t, f),
              title: best.post.title,
              interactions: best.interactions,
            })
          : null
      }
      empty={t('reports.posts.empty')}
    >
      {list ? (
        <>
          <ReportedPosts title={t('reports.posts.best')} posts={list.best} />
          <ReportedPosts title={t('reports.posts.worst')} posts={list.worst} />
        </>
      ) : null}
    </ReportSection>
  );
}
