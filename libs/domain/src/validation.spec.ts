import {
  checkUser,
  checkChannel,
  checkNamedColor,
  describeIssue,
  describeIssues,
  LIMITS,
  parseInstant,
  SCALAR_RULES,
} from './validation';

describe('user validation', () => {
  it('accepts a complete, sensible person', () => {
    expect(
      checkUser({
        name: 'Fatima el Amrani',
        email: 'f.elamrani@gemeente.nl',
        role: 'MEMBER',
        password: 'lang-genoeg-wachtwoord',
        weeklyHours: 16,
        locale: 'nl',
      }),
    ).toEqual({});
  });

  it('names every bad field and why', () => {
    const issues = checkUser({
      name: ' ',
      email: 'not-an-address',
      role: 'KING',
      password: 'short',
      weeklyHours: 90,
      locale: 'fr',
    });
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
    expect(checkUser({ password: 'x'.repeat(LIMITS.passwordMax + 1) }, true)).toEqual({
      password: { code: 'tooLong', max: LIMITS.passwordMax },
    });
  });

  it('checks only the fields a patch carries', () => {
    expect(checkUser({ name: 'Nieuwe naam' }, true)).toEqual({});
    expect(checkUser({ email: null }, true)).toEqual({ email: { code: 'required' } });
  });

  it('refuses an empty language, and a change cannot take the language away', () => {
    expect(checkUser({ locale: '' }, true)).toEqual({ locale: { code: 'required' } });
    expect(checkUser({ locale: null }, true)).toEqual({ locale: { code: 'required' } });
    expect(
      checkUser({
        name: 'Sem',
        email: 's@gemeente.nl',
        role: 'MEMBER',
        password: 'lang-genoeg-wachtwoord',
        locale: '',
      }),
    ).toEqual({ locale: { code: 'invalidChoice' } });
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
    expect(describeIssues({ email: { code: 'invalidEmail' } }, 'en')).toEqual({
      email: 'This is not a valid e-mail address.',
    });
  });
});

describe('the rules of every scalar value', () => {
  it('takes only UUIDs as ids', () => {
    expect(SCALAR_RULES.ID('5f0c2b1e-8d3a-4c5b-9e7f-0a1b2c3d4e5f')).toBeNull();
    for (const bad of ['', 'abc', '5f0c2b1e-8d3a-4c5b-9e7f-0a1b2c3d4e5', ' 5f0c2b1e-8d3a-4c5b-9e7f-0a1b2c3d4e5f', 42])
      expect(SCALAR_RULES.ID(bad)).toEqual({ code: 'invalidId' });
  });

  it('refuses NUL characters, lone surrogates and texts beyond the global maximum, and keeps whole emoji', () => {
    expect(SCALAR_RULES.String('Opening 🛹 De Hoven')).toBeNull();
    expect(SCALAR_RULES.String('x\u0000y')).toEqual({ code: 'invalidText' });
    expect(SCALAR_RULES.String('x\uD800y')).toEqual({ code: 'invalidText' });
    expect(SCALAR_RULES.String('\uDC00')).toEqual({ code: 'invalidText' });
    expect(SCALAR_RULES.String('x'.repeat(LIMITS.text))).toBeNull();
    expect(SCALAR_RULES.String('x'.repeat(LIMITS.text + 1))).toEqual({ code: 'tooLong', max: LIMITS.text });
  });

  it('reads instants with an offset, and refuses times without a zone and instants outside 1900–2200', () => {
    expect(parseInstant('2027-03-28T03:30:00+02:00')).toEqual(new Date('2027-03-28T01:30:00Z'));
    expect(parseInstant('2027-03-28T01:30:00.123456Z')).toEqual(new Date('2027-03-28T01:30:00.123Z'));
    expect(parseInstant('2027-03-28T09:30-05:30')).toEqual(new Date('2027-03-28T15:00:00Z'));
    expect(parseInstant('2027-03-28T02:30:00')).toEqual({ code: 'missingOffset' });
    expect(parseInstant('2027-02-29T10:00:00Z')).toEqual({ code: 'invalidDate' });
    expect(parseInstant('2028-02-29T10:00:00Z')).toEqual(new Date('2028-02-29T10:00:00Z'));
    expect(parseInstant('2027-03-28T24:00:00Z')).toEqual({ code: 'invalidDate' });
    expect(parseInstant('2027-03-28')).toEqual({ code: 'invalidDate' });
    expect(parseInstant('+275760-09-13T00:00:00Z')).toEqual({ code: 'invalidDate' });
    expect(parseInstant('0000-01-01T00:00:00Z')).toEqual({ code: 'dateOutOfRange', from: 1900, to: 2200 });
    expect(parseInstant('0050-01-01T00:00:00Z')).toEqual({ code: 'dateOutOfRange', from: 1900, to: 2200 });
    expect(parseInstant('1899-12-31T23:59:59Z')).toEqual({ code: 'dateOutOfRange', from: 1900, to: 2200 });
    expect(parseInstant('1899-12-31T23:30:00-01:00')).toEqual(new Date('1900-01-01T00:30:00Z'));
    expect(parseInstant('2200-01-01T00:00:00Z')).toEqual({ code: 'dateOutOfRange', from: 1900, to: 2200 });
    expect(SCALAR_RULES.DateTime('2027-03-28T02:30:00')).toEqual({ code: 'missingOffset' });
    expect(SCALAR_RULES.DateTime(1700000000000)).toEqual({ code: 'invalidDate' });
  });

  it('takes calendar dates from 1900 up to 2200', () => {
    expect(SCALAR_RULES.Date('2028-02-29')).toBeNull();
    expect(SCALAR_RULES.Date('2199-12-31')).toBeNull();
    expect(SCALAR_RULES.Date('0000-01-01')).toEqual({ code: 'dateOutOfRange', from: 1900, to: 2200 });
    expect(SCALAR_RULES.Date('+275760-09-13')).toEqual({ code: 'invalidDate' });
    expect(SCALAR_RULES.Date('2027-02-29')).toEqual({ code: 'invalidDate' });
  });

  it('explain themselves in Dutch and English', () => {
    expect(describeIssue({ code: 'missingOffset' }, 'nl')).toBe(
      'Geef een tijdstip met tijdzone, zoals 2027-03-01T09:30:00+01:00.',
    );
    expect(describeIssue({ code: 'dateOutOfRange', from: 1900, to: 2200 }, 'en')).toBe(
      'Choose a date between 1900 and 2200.',
    );
  });
});
