import { planImport } from '@planbord/api-core';
import { signalImportSpec, sourceFromText } from './ingest.import';

const context = { timeZone: 'Europe/Amsterdam', now: new Date('2026-06-01T00:00:00Z') };
const file = (text: string) => new TextEncoder().encode(text);

describe('sourceFromText', () => {
  it('knows the networks by the names exports give them', () => {
    expect(
      ['Facebook', 'X (Twitter)', 'twitter', 'IG', 'E-mail', 'Telefoon', 'Balie', 'news_site', 'Nieuwssite'].map(
        sourceFromText,
      ),
    ).toEqual(['FACEBOOK', 'X', 'X', 'INSTAGRAM', 'EMAIL', 'PHONE', 'COUNTER', 'NEWS_SITE', 'NEWS_SITE']);
    expect(sourceFromText('Postduif')).toBe('OTHER');
  });
});

describe('signalImportSpec', () => {
  it('maps the Dutch headers of a monitoring export and reads each row as a signal', () => {
    const plan = planImport(
      signalImportSpec,
      file(
        'Datum;Auteur;Gebruikersnaam;Bericht;Link;Kanaal;Buurt;Kenmerk\n01-03-2026 14:05;Jan;@jan;Losse tegel;https://fb.example/1;Facebook;Centrum;A-17\n',
      ),
      context,
    );
    expect(plan.mapping).toEqual({
      receivedAt: 'Datum',
      body: 'Bericht',
      authorName: 'Auteur',
      authorHandle: 'Gebruikersnaam',
      url: 'Link',
      source: 'Kanaal',
      neighbourhood: 'Buurt',
      externalId: 'Kenmerk',
    });
    expect(plan.rows[0].record).toEqual({
      source: 'FACEBOOK',
      externalId: 'file:A-17',
      url: 'https://fb.example/1',
      authorName: 'Jan',
      authorHandle: '@jan',
      body: 'Losse tegel',
      receivedAt: new Date('2026-03-01T13:05:00Z'),
      neighbourhood: 'Centrum',
    });
  });

  it('names the problems of a row by field: no date, a date ahead of the clock, no text, a link that is none', () => {
    const plan = planImport(
      signalImportSpec,
      file(
        'datum,bericht,url\n,Zonder datum,\n01-01-2030,Uit de toekomst,\n01-01-2026,,\n01-01-2026,Met link,geen-link\n',
      ),
      context,
    );
    expect(plan.problems.map(({ row, field, issue }) => [row, field, issue.code])).toEqual([
      [2, 'receivedAt', 'required'],
      [3, 'receivedAt', 'notAllowed'],
      [4, 'body', 'required'],
      [5, 'url', 'invalidChoice'],
    ]);
  });
});
