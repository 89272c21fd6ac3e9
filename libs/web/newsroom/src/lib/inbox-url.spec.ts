import { inboxSearchParams, OPEN_STATUSES, parseInboxFilters, signalFilter } from './inbox-url';

const parse = (query: string) => parseInboxFilters(new URLSearchParams(query));

describe('the inbox filters in the address', () => {
  it('show what is still to be handled when nothing is chosen, and keep the address empty for it', () => {
    const filters = parse('');
    expect(filters.status).toEqual(OPEN_STATUSES);
    expect(inboxSearchParams(filters).toString()).toBe('');
  });

  it('come back the same after a round trip through the address', () => {
    const query = 'status=NEW&bron=FACEBOOK%2CX&thema=t1&behandelaar=u1&antwoord=ja&telaat=nee&zoek=fietspad';
    const filters = parse(query);
    expect(filters).toMatchObject({
      status: ['NEW'],
      sources: ['FACEBOOK', 'X'],
      themeIds: ['t1'],
      assigneeId: 'u1',
      needsReply: true,
      overdue: false,
      search: 'fietspad',
    });
    expect(parse(inboxSearchParams(filters).toString())).toEqual(filters);
  });

  it('ignore values that are not the names of statuses or sources', () => {
    expect(parse('status=NEW,GONE&bron=FAX').status).toEqual(['NEW']);
    expect(parse('bron=FAX').sources).toEqual([]);
  });

  it('keep the to-review filter in the address and ask the server for it only when set', () => {
    const filters = parse('nakijken=ja');
    expect(filters.toReview).toBe(true);
    expect(inboxSearchParams(filters).get('nakijken')).toBe('ja');
    expect(signalFilter(filters).toReview).toBe(true);
    expect(signalFilter(parse('')).toReview).toBeNull();
    expect(inboxSearchParams(parse('nakijken=nee')).has('nakijken')).toBe(false);
  });

  it('can show every status', () => {
    const filters = parse('status=alle');
    expect(filters.status).toEqual([]);
    expect(inboxSearchParams(filters).get('status')).toBe('alle');
    expect(signalFilter(filters).status).toBeNull();
  });

  it('ask the server only for the filters that are set', () => {
    expect(signalFilter(parse('zoek=%20%20'))).toMatchObject({ search: null, sources: null, needsReply: null });
  });
});
