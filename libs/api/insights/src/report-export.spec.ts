import { toCsv } from '@planbord/api-core';
import { reportSheet } from './report-export';

const csv = (sheet: ReturnType<typeof reportSheet>, locale: 'nl' | 'en' = 'nl') =>
  toCsv(sheet, locale).toString('utf8').slice(1).split('\r\n').filter(Boolean);

describe('the reports as tables', () => {
  it('writes the theme balance with its shares and gap as percentages', () => {
    const sheet = reportSheet(
      'themeBalance',
      [{ theme: { name: 'Afval' }, signals: 30, signalShare: 0.6, posts: 2, postShare: 0.125, gap: 0.475 }],
      'nl',
    );
    expect(csv(sheet)).toEqual([
      'Thema;Signalen;Aandeel signalen (%);Berichten;Aandeel berichten (%);Verschil (procentpunt)',
      'Afval;30;60;2;12,5;47,5',
    ]);
  });

  it('writes webcare per source with minutes as numbers and a column per reply bucket', () => {
    const sheet = reportSheet(
      'webcareReport',
      [
        {
          source: 'FACEBOOK',
          signals: 10,
          answered: 8,
          withinNorm: 6,
          withinNormShare: 0.75,
          medianMinutes: 95.5,
          medianOfficeMinutes: 60,
          p90Minutes: null,
          outOfHoursShare: 0.2,
          buckets: ['0-1h', '1-4h', '4-8h', '8-24h', '24h+'].map((label, i) => ({ label, count: i })),
        },
      ],
      'en',
    );
    expect(csv(sheet, 'en')).toEqual([
      'Source;Signals;Answered;Within the norm;Within the norm (%);Median first reply (minutes);Median in office hours (minutes);90th percentile (minutes);Outside office hours (%);0-1h;1-4h;4-8h;8-24h;24h+',
      'FACEBOOK;10;8;6;75;95.5;60;;20;0;1;2;3;4',
    ]);
  });

  it('writes participation as measures with the formula, and the growth model per indicator', () => {
    expect(
      csv(
        reportSheet(
          'participationReport',
          {
            residentsHeard: 12,
            signalsAnswered: 9,
            answeredWithinNorm: 7,
            conversations: 40,
            signalsActedOn: 3,
            teamHours: 12.5,
            returnOnParticipation: 5.04,
            formula: '(gehoord + beantwoord) / uren',
          },
          'nl',
        ),
      ),
    ).toEqual([
      'Onderdeel;Waarde',
      'Inwoners gehoord;12',
      'Signalen beantwoord;9',
      'Binnen de norm beantwoord;7',
      'Gesprekken (reacties en shares);40',
      'Signalen waarop actie volgde;3',
      'Uren van het team;12,5',
      'Return on Participation;5,04',
      'Berekening;(gehoord + beantwoord) / uren',
    ]);
    expect(
      csv(
        reportSheet(
          'growthModel',
          {
            phase: 'EXPERIMENTS',
            indicators: [
              { key: 'posts', label: 'Berichten per week', value: 3, threshold: 2, met: true, phase: 'DISCOVERS' },
            ],
          },
          'nl',
        ),
      ),
    ).toEqual([
      'Fase;Indicator;Waarde;Drempel;Gehaald',
      'Experimenteert;Huidige fase;;;',
      'Ontdekt;Berichten per week;3;2;ja',
    ]);
  });
});
