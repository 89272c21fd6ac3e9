import { en } from './en';
import { nl } from './nl';

describe('the message catalogues', () => {
  it('have exactly the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  it('have no empty messages', () => {
    for (const [locale, messages] of Object.entries({ nl, en })) {
      const empty = Object.entries(messages).filter(([, text]) => text.trim() === '').map(([key]) => `${locale}:${key}`);
      expect(empty).toEqual([]);
    }
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(nl[key]) });
    }
  });
});
