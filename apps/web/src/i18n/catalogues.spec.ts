import { CATALOGUES, MESSAGES } from './catalogues';

describe.each(Object.entries(CATALOGUES))('the %s message catalogue', (_name, { nl, en }) => {
  it('has exactly the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('has no empty messages', () => {
    for (const [locale, messages] of Object.entries({ nl, en })) {
      const empty = Object.entries(messages)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => `${locale}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(nl)) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(nl[key]) });
    }
  });
});

describe('the message catalogues together', () => {
  it("never define the same key twice, so no feature overwrites another one's text", () => {
    const owners = new Map<string, string[]>();
    for (const [name, { nl }] of Object.entries(CATALOGUES))
      for (const key of Object.keys(nl)) owners.set(key, [...(owners.get(key) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });
});

describe('the words for jobs', () => {
  const dutch = Object.entries(MESSAGES.nl);

  it('name each kind of job once, in the shared catalogue', () => {
    const jobKeys = dutch
      .filter(([key]) => /\.(role|job)\.(COVER|WRITE|PUBLISH|REVIEW)$|^job\./.test(key))
      .map(([key]) => key)
      .sort();
    expect(jobKeys).toEqual(['job.COVER', 'job.PUBLISH', 'job.REVIEW', 'job.WRITE']);
    expect(Object.keys(CATALOGUES.shared.nl)).toEqual(expect.arrayContaining(jobKeys));
  });

  it('never say that someone "defeats" an event (verslaan)', () => {
    expect(dutch.filter(([, text]) => /\bversla(an|at)\b/i.test(text))).toEqual([]);
  });
});
