import { translate } from './I18nProvider';

describe('filling in a message', () => {
  const messages = { limit: '{used} van maximaal {max} tekens', name: 'Hallo {name}' };

  it('writes numbers the Dutch way in Dutch and the English way in English', () => {
    expect(translate(messages, 'limit', { used: 63206, max: 63206 }, 'nl')).toBe('63.206 van maximaal 63.206 tekens');
    expect(translate(messages, 'limit', { used: 1234.5, max: 2200 }, 'en')).toBe('1,234.5 van maximaal 2,200 tekens');
  });

  it('leaves text as it is and unknown placeholders in place', () => {
    expect(translate(messages, 'name', { name: '2026' }, 'nl')).toBe('Hallo 2026');
    expect(translate(messages, 'name', {}, 'nl')).toBe('Hallo {name}');
  });
});
