import fc from 'fast-check';
import { normaliseHeader } from '@planbord/api-core';
import {
  followersByMonth,
  headerRowIndex,
  matchRow,
  normalisePermalink,
  parseCount,
  parsePlatformTime,
  recogniseFormat,
  resolveRowMapping,
  specOf,
  type PublishedPost,
} from './metrics-import';

const ZONE = 'Europe/Amsterdam';
const FACEBOOK = [
  'Post ID',
  'Page ID',
  'Permalink',
  'Publish time',
  'Views',
  'Reach',
  'Reactions',
  'Comments',
  'Shares',
  'Total clicks',
];

describe('recognising an export by its columns', () => {
  it('knows each platform by a subset of its columns, whatever else the version adds', () => {
    expect(recogniseFormat(FACEBOOK)).toBe('META_FACEBOOK');
    expect(
      recogniseFormat([
        'Post ID',
        'Account username',
        'Permalink',
        'Publish time',
        'Views',
        'Reach',
        'Likes',
        'Shares',
        'Comments',
        'Saves',
      ]),
    ).toBe('META_INSTAGRAM');
    expect(
      recogniseFormat([
        'Post title',
        'Post link',
        'Post type',
        'Created date',
        'Impressions',
        'Clicks',
        'Likes',
        'Comments',
        'Reposts',
      ]),
    ).toBe('LINKEDIN');
    expect(
      recogniseFormat([
        'Post id',
        'Date',
        'Post text',
        'Post Link',
        'Impressions',
        'Likes',
        'Engagements',
        'Shares',
        'Replies',
        'Reposts',
        'URL Clicks',
      ]),
    ).toBe('X');
    expect(recogniseFormat(['Bericht-ID', 'Permalink', 'Publicatietijd', 'Bereik'])).toBeNull();
  });

  it('is not thrown by case, spacing or a byte order mark left on the first header', () => {
    expect(
      recogniseFormat(FACEBOOK.map((h, i) => (i === 0 ? `\ufeff  ${h.toUpperCase()} ` : ` ${h.toLowerCase()}`))),
    ).toBe('META_FACEBOOK');
  });

  it('normalises a header the same way however it is cased and spaced (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FACEBOOK),
        fc.constantFrom('', ' ', '  ', '\t', '\ufeff'),
        fc.boolean(),
        (header, pad, upper) => {
          const written = `${pad}${upper ? header.toUpperCase() : header.toLowerCase()}${pad}`;
          expect(normaliseHeader(written)).toBe(normaliseHeader(header));
          expect(normaliseHeader(normaliseHeader(written))).toBe(normaliseHeader(written));
        },
      ),
    );
  });

  it('maps Dutch Meta headers once the format is chosen, and X reposts as shares rather than DM shares', () => {
    const dutch = [
      'Bericht-ID',
      'Permalink',
      'Publicatietijd',
      'Weergaven',
      'Bereik',
      'Reacties',
      'Opmerkingen',
      'Gedeeld',
      'Klikken in totaal',
    ];
    expect(resolveRowMapping(dutch, specOf('META_FACEBOOK'))).toEqual({
      mapping: {
        permalink: 'Permalink',
        publishedAt: 'Publicatietijd',
        impressions: 'Weergaven',
        reach: 'Bereik',
        reactions: 'Reacties',
        comments: 'Opmerkingen',
        shares: 'Gedeeld',
        clicks: 'Klikken in totaal',
        videoViews: null,
      },
      issues: [],
    });
    const x = resolveRowMapping(['Post id', 'Date', 'Impressions', 'Engagements', 'Shares', 'Reposts'], specOf('X'));
    expect(x.mapping.shares).toBe('Reposts');
  });

  it('names what a mapping lacks: a required field, a column the file does not have, a column taken twice', () => {
    const spec = specOf('META_FACEBOOK');
    expect(resolveRowMapping(['Link', 'Reach'], spec).issues).toEqual([{ field: 'publishedAt', code: 'required' }]);
    expect(resolveRowMapping(['Link', 'Tijd'], spec, { publishedAt: 'Moment' }).issues).toContainEqual({
      field: 'publishedAt',
      code: 'notFound',
    });
    expect(resolveRowMapping(['Link', 'Tijd'], spec, { publishedAt: 'Tijd', reach: 'Tijd' }).issues).toEqual([
      { field: 'reach', code: 'taken' },
    ]);
  });
});

describe('reading the cells of an export', () => {
  it('reads figures with thousands separators, leaves empty ones absent and refuses decimals', () => {
    expect(parseCount('1234')).toBe(1234);
    expect(parseCount('1,234')).toBe(1234);
    expect(parseCount('1.234.567')).toBe(1234567);
    expect(parseCount(' 12 345 ')).toBe(12345);
    expect(parseCount('')).toBeNull();
    expect(parseCount('-')).toBeNull();
    expect(parseCount('12,5')).toBe('invalid');
    expect(parseCount('-3')).toBe('invalid');
    expect(parseCount('veel')).toBe('invalid');
  });

  it('reads publish times as each platform writes them, in the organisation’s zone unless they carry an offset', () => {
    // Meta: month first, page time. 14 June is summer time (+02:00), 14 January winter time (+01:00).
    expect(parsePlatformTime('06/14/2031 09:30', ZONE)).toEqual({
      at: new Date('2031-06-14T07:30:00Z'),
      dateOnly: false,
    });
    expect(parsePlatformTime('01/14/2031 09:30', ZONE)).toEqual({
      at: new Date('2031-01-14T08:30:00Z'),
      dateOnly: false,
    });
    expect(parsePlatformTime('06/14/2031 9:30 PM', ZONE)?.at).toEqual(new Date('2031-06-14T19:30:00Z'));
    // LinkedIn: a day; X: a named month, or an older file's time with its offset.
    expect(parsePlatformTime('06/14/2031', ZONE)).toEqual({ at: new Date('2031-06-13T22:00:00Z'), dateOnly: true });
    expect(parsePlatformTime('Sat, Jun 14, 2031', ZONE)).toEqual({
      at: new Date('2031-06-13T22:00:00Z'),
      dateOnly: true,
    });
    expect(parsePlatformTime('2031-06-14 07:30 +0000', ZONE)?.at).toEqual(new Date('2031-06-14T07:30:00Z'));
    expect(parsePlatformTime('2031-06-14T09:30:00+02:00', ZONE)?.at).toEqual(new Date('2031-06-14T07:30:00Z'));
    // A spreadsheet cell arrives as local wall-clock time.
    expect(parsePlatformTime('2031-06-14 09:30', ZONE)?.at).toEqual(new Date('2031-06-14T07:30:00Z'));
    expect(parsePlatformTime('13/45/2031', ZONE)).toBeNull();
    expect(parsePlatformTime('gisteren', ZONE)).toBeNull();
  });

  it('compares addresses without scheme, www, query, fragment or trailing slash', () => {
    const stored = normalisePermalink('https://www.facebook.com/gemeente/posts/pfbid02Ab');
    expect(normalisePermalink('http://facebook.com/gemeente/posts/pfbid02Ab/?__cft__=x#c')).toBe(stored);
    expect(normalisePermalink('facebook.com/gemeente/posts/pfbid02Ab')).toBe(stored);
    expect(normalisePermalink('https://twitter.com/gemeente/status/1')).toBe(
      normalisePermalink('https://x.com/gemeente/status/1/'),
    );
    expect(normalisePermalink('https://www.instagram.com/p/Abc/')).not.toBe(
      normalisePermalink('https://www.instagram.com/p/abc/'),
    );
    expect(normalisePermalink('')).toBeNull();
    expect(normalisePermalink('geen link')).toBeNull();
  });

  it('takes a LinkedIn sheet’s header from below its title, and the last count of each month from its followers sheet', () => {
    expect(
      headerRowIndex([
        { cells: ['All posts — 1 jan tot 31 mrt'] },
        { cells: ['Post link', 'Created date', 'Impressions'] },
      ]),
    ).toBe(1);
    const rows = [
      { cells: ['Date', 'Organic followers', 'Total followers'] },
      { cells: ['01/30/2031', '3', '1400'] },
      { cells: ['01/31/2031', '2', '1402'] },
      { cells: ['02/01/2031', '5', '1407'] },
    ];
    expect(followersByMonth(rows, ZONE)).toEqual(
      new Map([
        ['2031-01-01', 1402],
        ['2031-02-01', 1407],
      ]),
    );
  });
});

describe('matching a row to a published post', () => {
  const at = (iso: string) => new Date(iso);
  const posts: PublishedPost[] = [
    {
      postId: 'a',
      channelId: 'fb',
      kind: 'FACEBOOK',
      publishedAt: at('2031-06-14T07:30:00Z'),
      publishedUrl: 'https://www.facebook.com/g/posts/1',
    },
    { postId: 'b', channelId: 'fb', kind: 'FACEBOOK', publishedAt: at('2031-06-14T07:45:00Z'), publishedUrl: null },
    { postId: 'c', channelId: 'ig', kind: 'INSTAGRAM', publishedAt: at('2031-06-14T07:31:00Z'), publishedUrl: null },
  ];
  const links = new Map([[normalisePermalink(posts[0].publishedUrl)!, 'a']]);
  const match = (permalink: string, publishedAt: string, kind: 'FACEBOOK' | 'INSTAGRAM' = 'FACEBOOK') =>
    matchRow({ permalink, publishedAt }, kind, posts, links, ZONE);

  it('takes the post with the row’s permalink first', () => {
    expect(match('https://facebook.com/g/posts/1/', '01/01/2031 00:00')).toEqual({ postId: 'a', by: 'permalink' });
  });

  it('else the nearest post of the platform’s kind published within 10 minutes', () => {
    expect(match('', '06/14/2031 09:42')).toEqual({ postId: 'b', by: 'time' });
    expect(match('https://facebook.com/g/posts/unknown', '06/14/2031 09:33')).toEqual({ postId: 'a', by: 'time' });
    expect(match('', '06/14/2031 09:32', 'INSTAGRAM')).toEqual({ postId: 'c', by: 'time' });
    expect(match('', '06/14/2031 10:00')).toEqual({ reason: 'noMatch' });
    expect(match('', '06/14/2031 09:37:30')).toEqual({ reason: 'ambiguous' });
  });

  it('by the day when only a day is written, and only when one post fits', () => {
    expect(match('', '06/14/2031', 'INSTAGRAM')).toEqual({ postId: 'c', by: 'time' });
    expect(match('', '06/14/2031')).toEqual({ reason: 'ambiguous' });
  });

  it('says why when it cannot', () => {
    expect(match('', '')).toEqual({ reason: 'noLinkOrTime' });
    expect(match('', 'gisteren')).toEqual({ reason: 'invalidTime' });
    expect(match('https://facebook.com/g/posts/9', '')).toEqual({ reason: 'noMatch' });
  });
});
