import { checkRrule } from '@planbord/domain/recurrence';
import { describeRule, englishOrdinal } from './describe-rule';
import { builderIssues, parseRule, switchKind, toRrule, type RuleBuilderState } from './rule-builder';

describe('the rule builder', () => {
  const examples: [string, RuleBuilderState][] = [
    ['FREQ=WEEKLY;BYDAY=TU', { kind: 'weekly', interval: 1, days: ['TU'] }],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', { kind: 'weekly', interval: 2, days: ['MO', 'TH'] }],
    ['FREQ=MONTHLY;BYDAY=1FR', { kind: 'monthlyWeekday', ordinal: 1, day: 'FR' }],
    ['FREQ=MONTHLY;BYDAY=-1FR', { kind: 'monthlyWeekday', ordinal: -1, day: 'FR' }],
    ['FREQ=MONTHLY;BYMONTHDAY=15', { kind: 'monthlyDay', monthDay: 15 }],
    ['FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', { kind: 'lastWorkday' }],
  ];

  it.each(examples)('reads %s into builder state and writes it back unchanged', (rrule, state) => {
    expect(parseRule(rrule)).toEqual(state);
    expect(toRrule(state)).toBe(rrule);
  });

  it('writes only rules the server accepts', () => {
    for (const [, state] of examples) expect(checkRrule(toRrule(state))).toBeNull();
  });

  it('reads other spellings of the same rule and writes them in the canonical one', () => {
    expect(toRrule(parseRule('rrule:freq=weekly;byday=th,mo;interval=1')!)).toBe('FREQ=WEEKLY;BYDAY=MO,TH');
    expect(toRrule(parseRule('FREQ=MONTHLY;BYDAY=FR;BYSETPOS=1')!)).toBe('FREQ=MONTHLY;BYDAY=1FR');
    expect(parseRule('FREQ=MONTHLY;BYSETPOS=-1;BYDAY=FR,TH,WE,TU,MO')).toEqual({ kind: 'lastWorkday' });
  });

  it.each([
    'FREQ=DAILY',
    'FREQ=WEEKLY',
    'FREQ=WEEKLY;BYDAY=TU;COUNT=10',
    'FREQ=WEEKLY;BYDAY=XX',
    'FREQ=MONTHLY;INTERVAL=3;BYDAY=1FR',
    'FREQ=MONTHLY;BYDAY=5FR',
    'FREQ=MONTHLY;BYMONTHDAY=-1',
    'FREQ=MONTHLY;BYMONTHDAY=32',
    'FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1',
    'FREQ=YEARLY;BYMONTH=6',
    'FREQ=WEEKLY;BYDAY=TU;BYDAY=WE',
    'nonsense',
    '',
  ])('leaves %p to the raw field: the builder cannot express it exactly', (rrule) => {
    expect(parseRule(rrule)).toBeNull();
  });

  it('refuses a weekly rule without days, a bad interval or a day of the month out of range', () => {
    expect(builderIssues({ kind: 'weekly', interval: 1, days: [] })).toEqual({ days: 'noDays' });
    expect(builderIssues({ kind: 'weekly', interval: 0, days: ['MO'] })).toEqual({ interval: 'interval' });
    expect(builderIssues({ kind: 'monthlyDay', monthDay: 0 })).toEqual({ monthDay: 'monthDay' });
    expect(builderIssues({ kind: 'lastWorkday' })).toEqual({});
  });

  it('keeps the chosen weekday when switching between weekly and the n-th weekday of the month', () => {
    const friday: RuleBuilderState = { kind: 'weekly', interval: 1, days: ['FR'] };
    expect(switchKind('monthlyWeekday', friday, '2026-03-02')).toEqual({
      kind: 'monthlyWeekday',
      ordinal: 1,
      day: 'FR',
    });
    expect(switchKind('weekly', { kind: 'monthlyWeekday', ordinal: -1, day: 'WE' }, '2026-03-02')).toEqual({
      kind: 'weekly',
      interval: 1,
      days: ['WE'],
    });
  });

  it('proposes the weekday and day of the start date when there is nothing to carry over', () => {
    // 5 June 2026 is a Friday.
    expect(switchKind('weekly', null, '2026-06-05')).toEqual({ kind: 'weekly', interval: 1, days: ['FR'] });
    expect(switchKind('monthlyDay', null, '2026-06-05')).toEqual({ kind: 'monthlyDay', monthDay: 5 });
  });
});

describe('a rule in words', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', 'elke dinsdag om 10:00', 'every Tuesday at 10:00'],
    [
      'FREQ=WEEKLY;BYDAY=MO,WE,FR',
      'elke maandag, woensdag en vrijdag om 10:00',
      'every Monday, Wednesday and Friday at 10:00',
    ],
    [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'om de 2 weken op maandag en donderdag om 10:00',
      'every 2 weeks on Monday and Thursday at 10:00',
    ],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', 'elke werkdag om 10:00', 'every weekday at 10:00'],
    ['FREQ=MONTHLY;BYDAY=1FR', 'eerste vrijdag van de maand om 10:00', 'first Friday of the month at 10:00'],
    ['FREQ=MONTHLY;BYDAY=-1FR', 'laatste vrijdag van de maand om 10:00', 'last Friday of the month at 10:00'],
    ['FREQ=MONTHLY;BYDAY=3WE', 'derde woensdag van de maand om 10:00', 'third Wednesday of the month at 10:00'],
    ['FREQ=MONTHLY;BYMONTHDAY=15', 'elke maand op de 15e om 10:00', 'every month on the 15th at 10:00'],
    [
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'laatste werkdag van de maand om 10:00',
      'last weekday of the month at 10:00',
    ],
  ])('describes %s in Dutch and English', (rrule, dutch, english) => {
    expect(describeRule(rrule, '10:00', 'nl')).toBe(dutch);
    expect(describeRule(rrule, '10:00', 'en')).toBe(english);
  });

  it('leaves out the time when there is none', () => {
    expect(describeRule('FREQ=WEEKLY;BYDAY=TU', null, 'nl')).toBe('elke dinsdag');
  });

  it('has no words for a rule the builder does not know', () => {
    expect(describeRule('FREQ=YEARLY;BYMONTH=6', '10:00', 'nl')).toBeNull();
  });

  it('writes English ordinals correctly', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31].map(englishOrdinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '31st',
    ]);
  });
});
