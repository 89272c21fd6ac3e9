import type { Locale } from '@planbord/domain';
import type { Sheet, SheetColumn, SheetFormat, SheetValue } from '@planbord/api-core';

/** What a report's download needs besides its name: none, a period, a period and a grouping, or a year. */
export type ReportArguments = 'none' | 'period' | 'periodAndGroup' | 'year';

interface Named {
  name: string;
}
type Data = Record<string, unknown>;

/** Every report of DESIGN §8: its own GraphQL query (so the permission table and validation apply) and its table. */
export const REPORT_EXPORTS = {
  themeBalance: {
    args: 'period',
    query: `query($from: DateTime!, $to: DateTime!) { report: themeBalance(from: $from, to: $to) {
      theme { name } signals signalShare posts postShare gap } }`,
  },
  webcareReport: {
    args: 'period',
    query: `query($from: DateTime!, $to: DateTime!) { report: webcareReport(from: $from, to: $to) {
      source signals answered withinNorm withinNormShare medianMinutes medianOfficeMinutes p90Minutes outOfHoursShare
      buckets { label count } } }`,
  },
  planningReport: {
    args: 'period',
    query: `query($from: DateTime!, $to: DateTime!) { report: planningReport(from: $from, to: $to) {
      eventsPlanned eventsCovered coveredShare rubricSlots slotsFilled slotsSkipped filledShare publications
      freeRoomSlots freeRoomShare freeRoomTargetShare requests requestsAnsweredInTime requestsPending
      answeredInTimeShare departments { department { name } requests late } } }`,
  },
  engagementReport: {
    args: 'periodAndGroup',
    query: `query($from: DateTime!, $to: DateTime!, $groupBy: EngagementGroup!) {
      report: engagementReport(from: $from, to: $to, groupBy: $groupBy) {
        key channel { name } theme { name } rubric { name } audience { name } weekday hour
        posts postsWithMetrics reach interactions interactionsPerPost } }`,
  },
  adsReport: {
    args: 'year',
    query: `query($year: Int!) { report: adsReport(year: $year) {
      year budgetCents plannedCents committedCents spentCents warning
      channels { channel { name } campaigns budgetCents spentCents }
      campaigns { name startsOn endsOn budgetCents spentCents } } }`,
  },
  participationReport: {
    args: 'period',
    query: `query($from: DateTime!, $to: DateTime!) { report: participationReport(from: $from, to: $to) {
      residentsHeard signalsAnswered answeredWithinNorm conversations signalsActedOn teamHours returnOnParticipation
      formula } }`,
  },
  growthModel: {
    args: 'none',
    query: `query { report: growthModel { phase indicators { key label value threshold met phase } } }`,
  },
} as const satisfies Record<string, { args: ReportArguments; query: string }>;
export type ReportName = keyof typeof REPORT_EXPORTS;

const TEXT: Record<Locale, Record<string, string>> = {
  nl: {
    theme: 'Thema',
    signals: 'Signalen',
    signalShare: 'Aandeel signalen (%)',
    posts: 'Berichten',
    postShare: 'Aandeel berichten (%)',
    gap: 'Verschil (procentpunt)',
    source: 'Bron',
    answered: 'Beantwoord',
    withinNorm: 'Binnen de norm',
    withinNormShare: 'Binnen de norm (%)',
    medianMinutes: 'Mediaan eerste reactie (minuten)',
    medianOfficeMinutes: 'Mediaan in kantoortijd (minuten)',
    p90Minutes: '90e percentiel (minuten)',
    outOfHoursShare: 'Buiten kantoortijd (%)',
    measure: 'Onderdeel',
    count: 'Aantal',
    of: 'Van',
    share: 'Aandeel (%)',
    'planning.covered': 'Activiteiten gedekt',
    'planning.filled': 'Rubriekplekken gevuld (overgeslagen niet meegeteld)',
    'planning.skipped': 'Rubriekplekken overgeslagen',
    'planning.freeRoom': 'Vrije ruimte',
    'planning.freeRoomTarget': 'Doel vrije ruimte',
    'planning.inTime': 'Aanvragen op tijd beantwoord',
    'planning.pending': 'Aanvragen nog open, niet te laat',
    'planning.late': 'Te late aanvragen: {department}',
    group: 'Groep',
    weekday: 'Weekdag',
    hour: 'Uur',
    postsWithMetrics: 'Berichten met cijfers',
    reach: 'Bereik',
    interactions: 'Interacties',
    interactionsPerPost: 'Interacties per bericht met cijfers',
    none: '(geen)',
    kind: 'Soort',
    name: 'Naam',
    startsOn: 'Begin',
    endsOn: 'Einde',
    campaigns: 'Campagnes',
    budget: 'Budget (€)',
    spent: 'Besteed (€)',
    'ads.budget': 'Jaarbudget',
    'ads.planned': 'Gepland',
    'ads.committed': 'Vastgelegd',
    'ads.spent': 'Besteed',
    'ads.warning': 'Waarschuwing',
    'ads.channel': 'Kanaal',
    'ads.campaign': 'Campagne',
    'warning.NONE': 'geen',
    'warning.NEAR_LIMIT': 'bijna op (80 %)',
    'warning.OVER_LIMIT': 'op of over het budget',
    value: 'Waarde',
    residentsHeard: 'Inwoners gehoord',
    signalsAnswered: 'Signalen beantwoord',
    answeredWithinNorm: 'Binnen de norm beantwoord',
    conversations: 'Gesprekken (reacties en shares)',
    signalsActedOn: 'Signalen waarop actie volgde',
    teamHours: 'Uren van het team',
    returnOnParticipation: 'Return on Participation',
    formula: 'Berekening',
    phase: 'Fase',
    indicator: 'Indicator',
    threshold: 'Drempel',
    met: 'Gehaald',
    currentPhase: 'Huidige fase',
    'phase.DISCOVERS': 'Ontdekt',
    'phase.EXPERIMENTS': 'Experimenteert',
    'phase.CONVERSES': 'Converseert',
    'phase.NETWORKS': 'Netwerkt',
    yes: 'ja',
    no: 'nee',
    'weekday.1': 'maandag',
    'weekday.2': 'dinsdag',
    'weekday.3': 'woensdag',
    'weekday.4': 'donderdag',
    'weekday.5': 'vrijdag',
    'weekday.6': 'zaterdag',
    'weekday.7': 'zondag',
    'sheet.themeBalance': 'Themabalans',
    'sheet.webcareReport': 'Webcare',
    'sheet.planningReport': 'Planning',
    'sheet.engagementReport': 'Betrokkenheid',
    'sheet.adsReport': 'Advertenties',
    'sheet.participationReport': 'Participatie',
    'sheet.growthModel': 'Groeimodel',
  },
  en: {
    theme: 'Theme',
    signals: 'Signals',
    signalShare: 'Share of signals (%)',
    posts: 'Posts',
    postShare: 'Share of posts (%)',
    gap: 'Gap (percentage points)',
    source: 'Source',
    answered: 'Answered',
    withinNorm: 'Within the norm',
    withinNormShare: 'Within the norm (%)',
    medianMinutes: 'Median first reply (minutes)',
    medianOfficeMinutes: 'Median in office hours (minutes)',
    p90Minutes: '90th percentile (minutes)',
    outOfHoursShare: 'Outside office hours (%)',
    measure: 'Measure',
    count: 'Count',
    of: 'Of',
    share: 'Share (%)',
    'planning.covered': 'Events covered',
    'planning.filled': 'Rubric slots filled (skipped ones not counted)',
    'planning.skipped': 'Rubric slots skipped',
    'planning.freeRoom': 'Free room',
    'planning.freeRoomTarget': 'Free room target',
    'planning.inTime': 'Requests answered in time',
    'planning.pending': 'Requests still open, not yet due',
    'planning.late': 'Late requests: {department}',
    group: 'Group',
    weekday: 'Weekday',
    hour: 'Hour',
    postsWithMetrics: 'Posts with figures',
    reach: 'Reach',
    interactions: 'Interactions',
    interactionsPerPost: 'Interactions per post with figures',
    none: '(none)',
    kind: 'Kind',
    name: 'Name',
    startsOn: 'Start',
    endsOn: 'End',
    campaigns: 'Campaigns',
    budget: 'Budget (€)',
    spent: 'Spent (€)',
    'ads.budget': 'Year budget',
    'ads.planned': 'Planned',
    'ads.committed': 'Committed',
    'ads.spent': 'Spent',
    'ads.warning': 'Warning',
    'ads.channel': 'Channel',
    'ads.campaign': 'Campaign',
    'warning.NONE': 'none',
    'warning.NEAR_LIMIT': 'near the limit (80 %)',
    'warning.OVER_LIMIT': 'at or over the budget',
    value: 'Value',
    residentsHeard: 'Residents heard',
    signalsAnswered: 'Signals answered',
    answeredWithinNorm: 'Answered within the norm',
    conversations: 'Conversations (comments and shares)',
    signalsActedOn: 'Signals acted on',
    teamHours: 'Team hours',
    returnOnParticipation: 'Return on Participation',
    formula: 'Formula',
    phase: 'Phase',
    indicator: 'Indicator',
    threshold: 'Threshold',
    met: 'Met',
    currentPhase: 'Current phase',
    'phase.DISCOVERS': 'Discovers',
    'phase.EXPERIMENTS': 'Experiments',
    'phase.CONVERSES': 'Converses',
    'phase.NETWORKS': 'Networks',
    yes: 'yes',
    no: 'no',
    'weekday.1': 'Monday',
    'weekday.2': 'Tuesday',
    'weekday.3': 'Wednesday',
    'weekday.4': 'Thursday',
    'weekday.5': 'Friday',
    'weekday.6': 'Saturday',
    'weekday.7': 'Sunday',
    'sheet.themeBalance': 'Theme balance',
    'sheet.webcareReport': 'Webcare',
    'sheet.planningReport': 'Planning',
    'sheet.engagementReport': 'Engagement',
    'sheet.adsReport': 'Ads',
    'sheet.participationReport': 'Participation',
    'sheet.growthModel': 'Growth model',
  },
};

const BUCKETS = ['0-1h', '1-4h', '4-8h', '8-24h', '24h+'];

/** A report's answer as one table, with headers in the reader's language; shares as percentages, money in euros. */
export function reportSheet(name: ReportName, report: unknown, locale: Locale, groupBy?: string): Sheet {
  const t = TEXT[locale];
  const column = (key: string, format: SheetFormat = 'integer', header = t[key]): SheetColumn => ({
    key,
    header,
    format,
  });
  const sheet = (columns: SheetColumn[], rows: Record<string, SheetValue>[]): Sheet => ({
    name: t[`sheet.${name}`],
    columns,
    rows,
  });
  const measures = (rows: [string, number | null, number | null, number | null][]) =>
    sheet(
      [column('measure', 'text'), column('count'), column('of'), column('share', 'percent')],
      rows.map(([measure, count, of, share]) => ({ measure, count, of, share })),
    );
  switch (name) {
    case 'themeBalance':
      return sheet(
        [
          column('theme', 'text'),
          column('signals'),
          column('signalShare', 'percent'),
          column('posts'),
          column('postShare', 'percent'),
          column('gap', 'percent'),
        ],
        (report as (Data & { theme: Named })[]).map((row) => ({
          ...(row as Record<string, number>),
          theme: row.theme.name,
        })),
      );
    case 'webcareReport':
      return sheet(
        [
          column('source', 'text'),
          column('signals'),
          column('answered'),
          column('withinNorm'),
          column('withinNormShare', 'percent'),
          column('medianMinutes', 'decimal'),
          column('medianOfficeMinutes', 'decimal'),
          column('p90Minutes', 'decimal'),
          column('outOfHoursShare', 'percent'),
          ...BUCKETS.map((label) => column(`bucket.${label}`, 'integer', label)),
        ],
        (report as (Data & { buckets: { label: string; count: number }[] })[]).map(({ buckets, ...row }) => ({
          ...(row as Record<string, SheetValue>),
          ...Object.fromEntries(buckets.map((b) => [`bucket.${b.label}`, b.count])),
        })),
      );
    case 'planningReport': {
      const r = report as Record<string, number | null> & {
        departments: { department: Named; requests: number; late: number }[];
      };
      const notSkipped = r.rubricSlots! - r.slotsSkipped!;
      const due = r.requests! - r.requestsPending!;
      return measures([
        [t['planning.covered'], r.eventsCovered, r.eventsPlanned, r.coveredShare],
        [t['planning.filled'], r.slotsFilled, notSkipped, r.filledShare],
        [t['planning.skipped'], r.slotsSkipped, r.rubricSlots, r.rubricSlots ? r.slotsSkipped! / r.rubricSlots : null],
        [t['planning.freeRoom'], r.freeRoomSlots, r.publications, r.freeRoomShare],
        [t['planning.freeRoomTarget'], null, null, r.freeRoomTargetShare],
        [t['planning.inTime'], r.requestsAnsweredInTime, due, r.answeredInTimeShare],
        [t['planning.pending'], r.requestsPending, r.requests, r.requests ? r.requestsPending! / r.requests : null],
        ...r.departments.map((d): [string, number, number, number | null] => [
          t['planning.late'].replace('{department}', d.department.name),
          d.late,
          d.requests,
          d.requests ? d.late / d.requests : null,
        ]),
      ]);
    }
    case 'engagementReport': {
      const byHour = groupBy === 'WEEKDAY_HOUR';
      return sheet(
        [
          ...(byHour ? [column('weekday', 'text'), column('hour')] : [column('group', 'text')]),
          column('posts'),
          column('postsWithMetrics'),
          column('reach'),
          column('interactions'),
          column('interactionsPerPost', 'decimal'),
        ],
        (report as (Data & Record<'channel' | 'theme' | 'rubric' | 'audience', Named | null>)[]).map((row) => ({
          ...(byHour
            ? { weekday: t[`weekday.${row.weekday}`], hour: row.hour as number }
            : { group: (row.channel ?? row.theme ?? row.rubric ?? row.audience)?.name ?? t.none }),
          posts: row.posts as number,
          postsWithMetrics: row.postsWithMetrics as number,
          reach: row.reach as number,
          interactions: row.interactions as number,
          interactionsPerPost: row.interactionsPerPost as number | null,
        })),
      );
    }
    case 'adsReport': {
      const r = report as Record<string, number | null> & {
        warning: string;
        channels: { channel: Named; campaigns: number; budgetCents: number; spentCents: number }[];
        campaigns: { name: string; startsOn: string; endsOn: string; budgetCents: number; spentCents: number }[];
      };
      const day = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00:00Z`);
      return sheet(
        [
          column('kind', 'text'),
          column('name', 'text'),
          column('startsOn', 'date'),
          column('endsOn', 'date'),
          column('campaigns'),
          column('budget', 'euro'),
          column('spent', 'euro'),
        ],
        [
          { kind: t['ads.budget'], name: String(r.year), budget: r.budgetCents },
          { kind: t['ads.planned'], budget: r.plannedCents },
          { kind: t['ads.committed'], budget: r.committedCents },
          { kind: t['ads.spent'], spent: r.spentCents },
          { kind: t['ads.warning'], name: t[`warning.${r.warning}`] },
          ...r.channels.map((c) => ({
            kind: t['ads.channel'],
            name: c.channel.name,
            campaigns: c.campaigns,
            budget: c.budgetCents,
            spent: c.spentCents,
          })),
          ...r.campaigns.map((c) => ({
            kind: t['ads.campaign'],
            name: c.name,
            startsOn: day(c.startsOn),
            endsOn: day(c.endsOn),
            budget: c.budgetCents,
            spent: c.spentCents,
          })),
        ],
      );
    }
    case 'participationReport': {
      const r = report as Record<string, number | string | null>;
      const keys = ['residentsHeard', 'signalsAnswered', 'answeredWithinNorm', 'conversations', 'signalsActedOn'];
      return sheet(
        [column('measure', 'text'), column('value', 'decimal')],
        [
          ...keys.map((key) => ({ measure: t[key], value: r[key] })),
          { measure: t.teamHours, value: r.teamHours },
          { measure: t.returnOnParticipation, value: r.returnOnParticipation },
          { measure: t.formula, value: r.formula },
        ],
      );
    }
    case 'growthModel': {
      const r = report as {
        phase: string;
        indicators: {
          label: string;
          value: number | null;
          threshold: number | null;
          met: boolean;
          phase: string;
        }[];
      };
      return sheet(
        [
          column('phase', 'text'),
          column('indicator', 'text'),
          column('value', 'decimal'),
          column('threshold', 'decimal'),
          column('met', 'text'),
        ],
        [
          { phase: t[`phase.${r.phase}`], indicator: t.currentPhase },
          ...r.indicators.map((i) => ({
            phase: t[`phase.${i.phase}`],
            indicator: i.label,
            value: i.value,
            threshold: i.threshold,
            met: i.met ? t.yes : t.no,
          })),
        ],
      );
    }
  }
}
