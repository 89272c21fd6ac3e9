import { fillTemplate, openPlaceholders } from './templates';

describe('a reply template', () => {
  it('gets the resident name and the subject filled in', () => {
    expect(
      fillTemplate('Beste {naam}, dank voor uw melding over {onderwerp}.', { naam: 'Fatima', onderwerp: 'afval' }),
    ).toBe('Beste Fatima, dank voor uw melding over afval.');
  });

  it('keeps a placeholder it has no value for, so the writer sees what is left', () => {
    const text = fillTemplate('Beste {naam}, over {onderwerp}: {onderwerp}.', { naam: '  ' });
    expect(text).toBe('Beste {naam}, over {onderwerp}: {onderwerp}.');
    expect(openPlaceholders(text)).toEqual(['{naam}', '{onderwerp}']);
  });
});
