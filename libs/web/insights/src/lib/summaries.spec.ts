import { formats } from '@planbord/web-ui';
import { en } from '../i18n/en';
import { nl } from '../i18n/nl';
import type { Translate } from '../i18n';
import { describeChange, keyFigures, keyFiguresSummary } from './key-figures';
import { monthPeriod, previousPeriod, quarterPeriod } from './period';
import {
  adsSummary,
  engagementSummary,
  growthSummary,
  participationSummary,
  periodLabel,
  planningSummary,
  themeBalanceSummary,
  webcareSummary,
  type EngagementRow,
  type ThemeBalanceRow,
} from './summaries';

const translator =
  (messages: Record<string, string>, locale: 'nl' | 'en'): Translate =>
  (key, params) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (match, name: string) => {
      const value = params?.[name];
      if (value == null) return match;
      return typeof value === 'number' ? formats(locale, 'UTC').formatNumber(value) : value;
    });
const t = translator(nl, 'nl');
const f = formats('nl', 'Europe/Amsterdam');
const november = monthPeriod(2034, 11);

const theme = (id: string, name: string, signals: number, signalShare: number, posts: number, postShare: number) =>
  ({
    __typename: 'ThemeBalanceRow',
    theme: { __typename: 'Theme', id, name },
    signals,
    signalShare,
    posts,
    postShare,
    gap: signalShare - postShare,
  }) as ThemeBalanceRow;

const engagement = (key: string, name: string, posts: number, interactions: number) =>
  ({
    __typename: 'EngagementRow',
    key,
    channel: { __typename: 'Channel', id: key, name },
    theme: null,
    rubric: null,
    audience: null,
    weekday: null,
    hour: null,
    posts,
    postsWithMetrics: posts,
    reach: interactions * 10,
    interactions,
    interactionsPerPost: posts ? interactions / posts : null,
  }) as EngagementRow;

describe('the reports’ summaries in plain language', () => {
  it('names the theme residents reported most and our share of posts about it', () => {
    const rows = [theme('a', 'Afval', 10, 0.2, 5, 0.5), theme('v', 'Verkeer', 31, 0.31, 1, 0.09)];
    expect(themeBalanceSummary(rows, november, t, f)).toBe(
      'In november 2034 ging 31% van wat inwoners meldden over Verkeer, en 9% van onze berichten.',
    );
    expect(themeBalanceSummary(rows, november, translator(en, 'en'), formats('en', 'UTC'))).toBe(
      'In November 2034, 31% of what residents reported was about Verkeer, and 9% of our posts.',
    );
  });

  it('speaks of our posts when no signal had a theme, and says nothing when there was nothing', () => {
    expect(themeBalanceSummary([theme('a', 'Afval', 0, 0, 4, 1)], november, t, f)).toBe(
      'In november 2034 kwamen geen signalen met een thema binnen; 100% van onze berichten ging over Afval.',
    );
    expect(themeBalanceSummary([theme('a', 'Afval', 0, 0, 0, 0)], november, t, f)).toBeNull();
  });

  it('counts webcare over every source', () => {
    const row = (signals: number, answered: number, withinNorm: number) =>
      ({ signals, answered, withinNorm }) as Parameters<typeof webcareSummary>[0][number];
    expect(webcareSummary([row(30, 20, 15), row(1200, 1000, 900)], quarterPeriod(2034, 1), t, f)).toBe(
      'In het 1e kwartaal van 2034 kwamen 1.230 signalen binnen; we beantwoordden er 1.020, waarvan 915 binnen de norm.',
    );
    expect(webcareSummary([], november, t, f)).toBeNull();
  });

  it('names the group with the most interactions', () => {
    const rows = [engagement('f', 'Facebook', 4, 120), engagement('i', 'Instagram', 2, 300)];
    expect(engagementSummary(rows, november, t, f)).toBe(
      'In november 2034 kreeg Instagram de meeste interacties: 300 op 2 berichten.',
    );
    expect(engagementSummary([], november, t, f)).toBeNull();
    expect(engagementSummary([engagement('f', 'Facebook', 2, 0)], november, t, f)).toBe(
      'In november 2034 publiceerden we 2 berichten; van geen ervan zijn interacties bekend.',
    );
  });

  it('sums up planning, ads, participation and the growth model', () => {
    const planning = {
      eventsPlanned: 12,
      eventsCovered: 9,
      rubricSlots: 8,
      slotsFilled: 8,
      requests: 0,
    } as Parameters<typeof planningSummary>[0];
    expect(planningSummary(planning, november, t, f)).toBe(
      'In november 2034 waren 9 van de 12 activiteiten gedekt en 8 van de 8 rubriekplekken gevuld.',
    );
    const ads = { year: 2034, budgetCents: 500000, spentCents: 125000, committedCents: 50000, plannedCents: 0 };
    expect(adsSummary(ads as Parameters<typeof adsSummary>[0], t, f)).toBe(
      'Van het advertentiebudget voor 2034 (€ 5.000) is € 1.250 uitgegeven (25%) en € 500 vastgelegd.',
    );
    const participation = {
      residentsHeard: 40,
      conversations: 12,
      signalsAnswered: 30,
      teamHours: 16,
      returnOnParticipation: 1.25,
    } as Parameters<typeof participationSummary>[0];
    expect(participationSummary(participation, november, t, f)).toBe(
      'In november 2034 hoorden we 40 inwoners en voerden we 12 gesprekken; dat is 1,25 per teamuur.',
    );
    expect(
      participationSummary({ ...participation, teamHours: 0, returnOnParticipation: null }, november, t, f),
    ).toMatch(/zonder teamuren is er nog geen Return on Participation/);
    const model = {
      phase: 'EXPERIMENTS',
      indicators: [{ met: true }, { met: true }, { met: false }],
    } as Parameters<typeof growthSummary>[0];
    expect(growthSummary(model, t)).toBe(
      'Het team zit in de fase ‘Experimenteert’: 2 van de 3 kenmerken van het groeimodel zijn gehaald.',
    );
  });

  it('compares key figures with the period before, in words and numbers', () => {
    const participation = { residentsHeard: 5, signalsAnswered: 4, answeredWithinNorm: 3, conversations: 2 };
    const now = keyFigures(participation as never, [{ signals: 12 }] as never, [engagement('f', 'F', 3, 30)]);
    const before = keyFigures({ ...participation, answeredWithinNorm: 2 } as never, [{ signals: 15 }] as never, [
      engagement('f', 'F', 3, 10),
    ]);
    const figure = (list: typeof now, key: string) => list.find((x) => x.key === key)!;
    expect(describeChange(figure(now, 'signals'), figure(before, 'signals'), t)).toBe('3 minder');
    expect(describeChange(figure(now, 'interactions'), figure(before, 'interactions'), t)).toBe('20 meer');
    expect(describeChange(figure(now, 'posts'), figure(before, 'posts'), t)).toBe('gelijk');
    expect(describeChange(figure(now, 'withinNormShare'), figure(before, 'withinNormShare'), t)).toBe(
      '25 procentpunt hoger',
    );
    expect(keyFiguresSummary(now, before, november, periodLabel(previousPeriod(november), t, f), t, f)).toBe(
      'In november 2034 kwamen 12 signalen binnen en publiceerden we 3 berichten; in de vorige periode (oktober 2034) waren dat er 15 en 3.',
    );
  });

  it('names own dates in words', () => {
    expect(periodLabel({ kind: 'custom', first: '2034-03-01', last: '2034-03-15' }, t, f)).toBe(
      '1 maart 2034 tot en met 15 maart 2034',
    );
  });
});
