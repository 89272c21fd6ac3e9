import fc from 'fast-check';
import { decodeText, detectDelimiter, parseCsv } from './csv';
import { guessMapping, normaliseHeader, resolveMapping } from './columns';
import { parseImportInstant } from './cells';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 with a byte order mark as without one, with every line ending as \\n', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('datum;bericht\r\n1;café\r\n')]);
    expect(decodeText(withBom)).toBe('datum;bericht\n1;café\n');
    expect(decodeText(bytes('datum;bericht\n1;café\n'))).toBe('datum;bericht\n1;café\n');
  });

  it('reads a file that is not UTF-8 as Windows-1252, as a Dutch Excel saves it', () => {
    expect(decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x93, 0x9f]))).toBe('café €“Ÿ');
  });

  it('reads UTF-16 with its byte order mark, little- and big-endian, as Meta writes its page exports', () => {
    const text = 'Post ID\tBereik\r\n1\tcafé €\r\n';
    const le = [0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...[...text].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(decodeText(new Uint8Array(le))).toBe('Post ID\tBereik\n1\tcafé €\n');
    expect(decodeText(new Uint8Array(be))).toBe('Post ID\tBereik\n1\tcafé €\n');
  });
});

describe('parseCsv', () => {
  it('finds a semicolon or a comma as the delimiter from the header line, outside quotes', () => {
    expect(detectDelimiter('datum;auteur;bericht\n1,5;a;b')).toBe(';');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('naam\tbericht\n')).toBe('\t');
    expect(detectDelimiter('bericht\n')).toBe(',');
  });

  it('reads quoted fields with delimiters, doubled quotes and line breaks inside them', () => {
    const table = parseCsv('bericht;url\n"Hij zei ""kom""; nu";https://x.nl\n"twee\nregels";\n');
    expect(table.delimiter).toBe(';');
    expect(table.records).toEqual([
      { row: 2, cells: ['Hij zei "kom"; nu', 'https://x.nl'] },
      { row: 3, cells: ['twee\nregels', ''] },
    ]);
  });

  it('skips empty lines, fills cells a line leaves out, and names a line with extra fields or an open quote', () => {
    const table = parseCsv('a,b,c\n1,2\n\n,,\n1,2,3,4\n5,6,7,,\n"open,8\n');
    expect(table.records.map((record) => record.cells)).toEqual([
      ['1', '2', ''],
      ['5', '6', '7'],
    ]);
    expect(table.malformed).toEqual([
      { row: 5, reason: 'wrongFieldCount' },
      { row: 7, reason: 'unclosedQuote' },
    ]);
  });

  it('gives back any table that is written with quotes where needed', () => {
    const cell = fc.string({ maxLength: 12 }).map((text) => text.replace(/\r/g, ''));
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';'),
        fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { maxLength: 8 }),
        (delimiter, rows) => {
          const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
          const text = [['x', 'y', 'z'], ...rows].map((row) => row.map(quote).join(delimiter)).join('\n');
          const table = parseCsv(text, delimiter);
          const kept = rows.filter((row) => row.some((value) => value.trim() !== ''));
          expect(table.records.map((record) => record.cells)).toEqual(kept);
          expect(table.malformed).toEqual([]);
        },
      ),
    );
  });
});

describe('column mapping', () => {
  const fields = [
    { key: 'receivedAt', synonyms: ['datum', 'date', 'tijdstip', 'publicatiedatum'], required: true },
    { key: 'authorName', synonyms: ['auteur', 'author', 'naam', 'afzender'] },
    { key: 'body', synonyms: ['bericht', 'tekst', 'message', 'inhoud'], required: true },
    { key: 'url', synonyms: ['link', 'permalink'] },
  ];

  it('compares headers without case, accents or separators', () => {
    expect(normaliseHeader('  Publicatie_Datum ')).toBe('publicatie datum');
    expect(normaliseHeader('Bérícht')).toBe('bericht');
    expect(normaliseHeader('URL:')).toBe('url');
  });

  it('guesses fields from Dutch and English headers, each column once, exact names first', () => {
    expect(guessMapping(['Datum', 'Auteur', 'Bericht', 'URL', 'Bron'], fields)).toEqual({
      receivedAt: 'Datum',
      authorName: 'Auteur',
      body: 'Bericht',
      url: 'URL',
    });
    expect(guessMapping(['naam', 'body', 'tekst'], fields)).toEqual({
      receivedAt: null,
      authorName: 'naam',
      body: 'body',
      url: null,
    });
  });

  it('takes a person’s changes and says what is wrong with the mapping', () => {
    const headers = ['Datum', 'Tekst', 'Opmerking'];
    expect(resolveMapping(headers, fields, { body: 'Opmerking' })).toEqual({
      mapping: { receivedAt: 'Datum', authorName: null, body: 'Opmerking', url: null },
      issues: [],
    });
    expect(
      resolveMapping(headers, fields, { receivedAt: null, url: 'Tekst', body: 'Tekst', colour: 'Datum' }).issues,
    ).toEqual([
      { field: 'colour', code: 'notFound' },
      { field: 'receivedAt', code: 'required' },
      { field: 'url', code: 'taken' },
    ]);
    expect(resolveMapping(headers, fields, { url: 'Link' }).issues).toEqual([{ field: 'url', code: 'notFound' }]);
  });
});

describe('parseImportInstant', () => {
  const zone = 'Europe/Amsterdam';
  const at = (text: string) => {
    const parsed = parseImportInstant(text, zone);
    return parsed instanceof Date ? parsed.toISOString() : parsed;
  };

  it('reads the ways Dutch tools write a moment, as local time in the organisation’s zone', () => {
    expect(at('2031-06-14 09:30')).toBe('2031-06-14T07:30:00.000Z');
    expect(at('14-06-2031 09:30:15')).toBe('2031-06-14T07:30:15.000Z');
    expect(at('14/6/2031')).toBe('2031-06-13T22:00:00.000Z');
    expect(at('14.01.2031 9.05')).toBe('2031-01-14T08:05:00.000Z');
    expect(at('14 juni 2031 om 09:30')).toBe('2031-06-14T07:30:00.000Z');
    expect(at('za 14 jun. 2031')).toBe('2031-06-13T22:00:00.000Z');
    expect(at('2031-06-14T09:30:00+02:00')).toBe('2031-06-14T07:30:00.000Z');
    expect(at('2031-06-14T07:30:00Z')).toBe('2031-06-14T07:30:00.000Z');
  });

  it('refuses what is no moment', () => {
    expect(at('31-02-2031')).toEqual({ code: 'invalidDate' });
    expect(at('14 juno 2031')).toEqual({ code: 'invalidDate' });
    expect(at('gisteren')).toEqual({ code: 'invalidDate' });
    expect(at('2031-06-14 25:00')).toEqual({ code: 'invalidDate' });
    expect(at('01-01-1800')).toEqual({ code: 'dateOutOfRange', from: 1900, to: 2200 });
  });
});
