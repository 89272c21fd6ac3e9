import { checkUser, checkChannel, checkNamedColor, describeIssue, describeIssues, LIMITS } from './validation';

describe('user validation', () => {
  it('accepts a complete, sensible person', () => {
    expect(checkUser({ name: 'Fatima el Amrani', email: 'f.elamrani@gemeente.nl', role: 'MEMBER', password: 'lang-genoeg-wachtwoord', weeklyHours: 16, locale: 'nl' })).toEqual({});
  });

  it('names every bad field and why', () => {
    const issues = checkUser({ name: ' ', email: 'not-an-address', role: 'KING', password: 'short', weeklyHours: 90, locale: 'fr' });
    expect(issues).toEqual({
      name: { code: 'required' },
      email: { code: 'invalidEmail' },
      role: { code: 'invalidChoice' },
      password: { code: 'tooShort', min: 10 },
      weeklyHours: { code: 'outOfRange', min: 0, max: LIMITS.weeklyHoursMax },
      locale: { code: 'invalidChoice' },
    });
  });

  it('accepts a 64-character passphrase and refuses one beyond the maximum', () => {
    expect(checkUser({ password: 'x'.repeat(64) }, true)).toEqual({});
    expect(checkUser({ password: 'x'.repeat(LIMITS.passwordMax + 1) }, true)).toEqual({ password: { code: 'tooLong', max: LIMITS.passwordMax } });
  });

  it('checks only the fields a patch carries', () => {
    expect(checkUser({ name: 'Nieuwe naam' }, true)).toEqual({});
    expect(checkUser({ email: null }, true)).toEqual({ email: { code: 'required' } });
  });
});

describe('reference data validation', () => {
  it('requires a hex colour for departments and themes', () => {
    expect(checkNamedColor({ name: 'Verkeer', color: 'red' })).toEqual({ color: { code: 'invalidColor' } });
    expect(checkNamedColor({ name: 'Verkeer', color: '#c0392b' })).toEqual({});
  });

  it('refuses an unknown channel kind and an overlong handle', () => {
    expect(checkChannel({ name: 'Fax', kind: 'FAX', handle: 'x'.repeat(201) })).toEqual({
      kind: { code: 'invalidChoice' },
      handle: { code: 'tooLong', max: LIMITS.handle },
    });
  });
});

describe('messages', () => {
  it('speak Dutch by default and English on request', () => {
    expect(describeIssue({ code: 'tooLong', max: 80 }, 'nl')).toBe('Maximaal 80 tekens.');
    expect(describeIssue({ code: 'tooLong', max: 80 }, 'en')).toBe('At most 80 characters.');
    expect(describeIssues({ email: { code: 'invalidEmail' } }, 'en')).toEqual({ email: 'This is not a valid e-mail address.' });
  });
});
