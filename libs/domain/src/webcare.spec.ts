import fc from 'fast-check';
import {
  DEFAULT_OFFICE_HOURS,
  calendarMinutesBetween,
  checkOfficeHours,
  checkOnCallShift,
  checkReply,
  checkReplyTemplate,
  checkResponseNorm,
  defaultResponseNorm,
  firstReplyDueAt,
  isOfficeTime,
  isWorkingDay,
  officeMinutesBetween,
  renderReplyTemplate,
  slaClock,
  slaStateAt,
  unknownPlaceholders,
  workingDayMinutes,
  type OfficeCalendar,
  type OfficeDay,
} from './webcare';
import { isSignalOverdue } from './newsroom';
import { atLocalTime } from './time';

const AMS = 'Europe/Amsterdam';
// The Dutch public holidays the examples cross (Christmas 2025, New Year 2026, King's Day 2026).
const NL_HOLIDAYS = new Set(['2025-12-25', '2025-12-26', '2026-01-01', '2026-04-27']);
const office: OfficeCalendar = {
  officeHours: DEFAULT_OFFICE_HOURS,
  isHoliday: (date) => NL_HOLIDAYS.has(date),
  timeZone: AMS,
};
const at = (date: string, time: string) => atLocalTime(date, time, AMS);
const local = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: AMS, dateStyle: 'short', timeStyle: 'short' }).format(instant);
const social = { minutes: 240, businessHoursOnly: true };
const email = defaultResponseNorm('EMAIL', DEFAULT_OFFICE_HOURS);
const phone = defaultResponseNorm('PHONE', DEFAULT_OFFICE_HOURS);
const crisis = { minutes: 30, businessHoursOnly: false };

describe('first reply due time', () => {
  it('carries a Friday 16:00 signal with a 240 office-minute norm over the weekend to Monday 11:30', () => {
    // 19 December 2025 is a Friday.
    expect(local(firstReplyDueAt(at('2025-12-19', '16:00'), social, office))).toBe('2025-12-22 11:30');
  });

  it('skips Christmas: Wednesday 24 December 2025 16:00 is due Monday 29 December 11:30', () => {
    expect(local(firstReplyDueAt(at('2025-12-24', '16:00'), social, office))).toBe('2025-12-29 11:30');
  });

  it('starts counting at the next opening when a signal arrives outside office hours', () => {
    expect(local(firstReplyDueAt(at('2025-12-20', '10:00'), social, office))).toBe('2025-12-22 12:30'); // Saturday
    expect(local(firstReplyDueAt(at('2025-12-22', '07:00'), social, office))).toBe('2025-12-22 12:30'); // before opening
    expect(local(firstReplyDueAt(at('2025-12-23', '18:00'), social, office))).toBe('2025-12-24 12:30'); // after closing
    expect(local(firstReplyDueAt(at('2025-12-25', '09:00'), social, office))).toBe('2025-12-29 12:30'); // Christmas Day
  });

  it('ends at closing time when the norm runs out exactly then, not at the next opening', () => {
    expect(local(firstReplyDueAt(at('2025-12-19', '16:00'), { minutes: 60, businessHoursOnly: true }, office))).toBe(
      '2025-12-19 17:00',
    );
  });

  it('counts office hours in local time across the spring DST weekend', () => {
    // Friday 27 March 2026 16:00 CET; the clocks go forward on Sunday 29 March; due Monday 11:30 CEST.
    const due = firstReplyDueAt(at('2026-03-27', '16:00'), social, office);
    expect(due.toISOString()).toBe('2026-03-30T09:30:00.000Z');
    expect(local(due)).toBe('2026-03-30 11:30');
  });

  it('counts office hours in local time across the autumn DST weekend', () => {
    // Friday 23 October 2026 16:00 CEST; the clocks go back on Sunday 25 October; due Monday 11:30 CET.
    const due = firstReplyDueAt(at('2026-10-23', '16:00'), social, office);
    expect(due.toISOString()).toBe('2026-10-26T10:30:00.000Z');
  });

  it('gives e-mail two working days and phone and counter notes one, at the same time of day', () => {
    expect(email).toEqual({ minutes: 1020, businessHoursOnly: true });
    expect(phone).toEqual({ minutes: 510, businessHoursOnly: true });
    expect(defaultResponseNorm('COUNTER', DEFAULT_OFFICE_HOURS)).toEqual(phone);
    // Monday 22 December 2025 10:00.
    expect(local(firstReplyDueAt(at('2025-12-22', '10:00'), email, office))).toBe('2025-12-24 10:00');
    expect(local(firstReplyDueAt(at('2025-12-22', '10:00'), phone, office))).toBe('2025-12-23 10:00');
    // Friday 16:00: e-mail on Tuesday 16:00.
    expect(local(firstReplyDueAt(at('2025-12-19', '16:00'), email, office))).toBe('2025-12-23 16:00');
  });

  it('does not count public holidays as working days', () => {
    expect(isWorkingDay('2025-12-25', office)).toBe(false);
    expect(isWorkingDay('2025-12-27', office)).toBe(false);
    expect(isWorkingDay('2025-12-29', office)).toBe(true);
    expect(local(firstReplyDueAt(at('2025-12-24', '10:00'), phone, office))).toBe('2025-12-29 10:00');
    expect(local(firstReplyDueAt(at('2025-12-24', '10:00'), email, office))).toBe('2025-12-30 10:00');
  });

  it('gives the crisis norm 30 calendar minutes, at night and across the DST jump', () => {
    expect(local(firstReplyDueAt(at('2025-12-20', '23:50'), crisis, office))).toBe('2025-12-21 00:20');
    // Sunday 29 March 2026 01:45 CET + 30 real minutes is 03:15 CEST.
    expect(local(firstReplyDueAt(at('2026-03-29', '01:45'), crisis, office))).toBe('2026-03-29 03:15');
  });

  it('uses social norms for social sources', () => {
    for (const source of ['FACEBOOK', 'INSTAGRAM', 'X', 'NEWS_SITE']) {
      expect(defaultResponseNorm(source, DEFAULT_OFFICE_HOURS)).toEqual(social);
    }
    expect(defaultResponseNorm('WEBSITE_FORM', DEFAULT_OFFICE_HOURS)).toEqual(email);
  });

  it('counts working days on the calendar when the office is never open', () => {
    const closed: OfficeDay[] = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: null, closes: null }));
    expect(defaultResponseNorm('EMAIL', closed)).toEqual({ minutes: 2880, businessHoursOnly: false });
    const due = firstReplyDueAt(at('2025-12-19', '16:00'), social, { ...office, officeHours: closed });
    expect(local(due)).toBe('2025-12-19 20:00');
  });
});

describe('office time', () => {
  it('is within the opening hours of a working day', () => {
    expect(isOfficeTime(at('2025-12-22', '08:30'), office)).toBe(true);
    expect(isOfficeTime(at('2025-12-22', '16:59'), office)).toBe(true);
    expect(isOfficeTime(at('2025-12-22', '17:00'), office)).toBe(false);
    expect(isOfficeTime(at('2025-12-22', '08:29'), office)).toBe(false);
    expect(isOfficeTime(at('2025-12-20', '12:00'), office)).toBe(false); // Saturday
    expect(isOfficeTime(at('2025-12-25', '12:00'), office)).toBe(false); // Christmas Day
  });
});

describe('working day length', () => {
  it('is the opening time most weekdays have', () => {
    expect(workingDayMinutes(DEFAULT_OFFICE_HOURS)).toBe(510);
    const shortFriday = DEFAULT_OFFICE_HOURS.map((d) => (d.weekday === 5 ? { ...d, closes: '12:30' } : d));
    expect(workingDayMinutes(shortFriday)).toBe(510);
    expect(workingDayMinutes([{ weekday: 1, opens: '09:00', closes: '12:00' }])).toBe(180);
    expect(workingDayMinutes([])).toBe(0);
  });
});

describe('minutes taken', () => {
  it('counts calendar minutes, and office minutes without nights, weekends and holidays', () => {
    const from = at('2025-12-24', '16:00');
    const to = at('2025-12-29', '11:30');
    expect(officeMinutesBetween(from, to, office)).toBe(240);
    expect(calendarMinutesBetween(from, to)).toBe(4 * 1440 + 19 * 60 + 30);
  });

  it('counts real minutes over a DST change', () => {
    const from = at('2026-03-27', '16:00');
    const to = at('2026-03-30', '11:30');
    expect(officeMinutesBetween(from, to, office)).toBe(240);
    // The night of 29 March is an hour short.
    expect(calendarMinutesBetween(from, to)).toBe(2 * 1440 + 19 * 60 + 30 - 60);
  });

  it('counts the real length of opening hours on a DST Sunday', () => {
    const sundays: OfficeCalendar = {
      ...office,
      officeHours: [{ weekday: 7, opens: '01:00', closes: '05:00' }],
    };
    expect(officeMinutesBetween(at('2026-03-29', '00:00'), at('2026-03-29', '06:00'), sundays)).toBe(180);
    expect(officeMinutesBetween(at('2026-10-25', '00:00'), at('2026-10-25', '06:00'), sundays)).toBe(300);
  });

  it('is zero within closed time and when the end does not lie after the start', () => {
    expect(officeMinutesBetween(at('2025-12-20', '09:00'), at('2025-12-21', '18:00'), office)).toBe(0);
    expect(officeMinutesBetween(at('2025-12-22', '12:00'), at('2025-12-22', '10:00'), office)).toBe(0);
    expect(calendarMinutesBetween(at('2025-12-22', '12:00'), at('2025-12-22', '10:00'))).toBe(0);
  });

  it('finds exactly the norm in office minutes between arrival and due time', () => {
    const start = Date.UTC(2025, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * 365 * 1440 }), fc.integer({ min: 1, max: 5000 }), (minute, minutes) => {
        const receivedAt = new Date(start + minute * 60_000);
        const due = firstReplyDueAt(receivedAt, { minutes, businessHoursOnly: true }, office);
        return officeMinutesBetween(receivedAt, due, office) === minutes;
      }),
    );
  });
});

describe('SLA clock', () => {
  it('is green, orange in the last 20 % of an office-hours norm, and red when due', () => {
    const clock = slaClock(at('2025-12-19', '16:00'), social, office);
    // 192 of 240 office minutes: Friday's 60 and Monday from 08:30 to 10:42.
    expect(local(clock.warnAt)).toBe('2025-12-22 10:42');
    expect(local(clock.dueAt)).toBe('2025-12-22 11:30');
    expect(slaStateAt(clock, at('2025-12-20', '12:00'))).toBe('GREEN');
    expect(slaStateAt(clock, at('2025-12-22', '10:41'))).toBe('GREEN');
    expect(slaStateAt(clock, at('2025-12-22', '10:42'))).toBe('ORANGE');
    expect(slaStateAt(clock, at('2025-12-22', '11:29'))).toBe('ORANGE');
    expect(slaStateAt(clock, at('2025-12-22', '11:30'))).toBe('RED');
  });

  it("turns orange after 24 of the crisis norm's 30 minutes", () => {
    const clock = slaClock(at('2025-12-20', '23:50'), crisis, office);
    expect(local(clock.warnAt)).toBe('2025-12-21 00:14');
    expect(slaStateAt(clock, at('2025-12-21', '00:13'))).toBe('GREEN');
    expect(slaStateAt(clock, at('2025-12-21', '00:14'))).toBe('ORANGE');
    expect(slaStateAt(clock, at('2025-12-21', '00:20'))).toBe('RED');
  });
});

describe('overdue', () => {
  const waiting = {
    needsReply: true,
    firstReplyAt: null,
    firstReplyDueAt: at('2025-12-22', '11:30'),
    status: 'NEW' as const,
  };
  it('is a signal past its due time without a reply, as the webcare queue counts it', () => {
    expect(isSignalOverdue(waiting, at('2025-12-22', '11:31'))).toBe(true);
    expect(isSignalOverdue(waiting, at('2025-12-22', '11:29'))).toBe(false);
    expect(isSignalOverdue({ ...waiting, firstReplyAt: at('2025-12-22', '11:00') }, at('2025-12-23', '09:00'))).toBe(
      false,
    );
    expect(isSignalOverdue({ ...waiting, needsReply: false }, at('2025-12-23', '09:00'))).toBe(false);
    expect(isSignalOverdue({ ...waiting, status: 'DONE' }, at('2025-12-23', '09:00'))).toBe(false);
    expect(isSignalOverdue({ ...waiting, status: 'DISMISSED' }, at('2025-12-23', '09:00'))).toBe(false);
  });
});

describe('settings checks', () => {
  it('accepts a week with closed days', () => {
    expect(checkOfficeHours(DEFAULT_OFFICE_HOURS)).toEqual({});
  });

  it('names the field of each mistake', () => {
    expect(
      checkOfficeHours([
        { weekday: 0, opens: '08:30', closes: '17:00' },
        { weekday: 2, opens: '8:30', closes: '17:00' },
        { weekday: 3, opens: '17:00', closes: '08:30' },
        { weekday: 3, opens: '09:00', closes: null },
        { weekday: 4, opens: null, closes: '12:00' },
      ]),
    ).toEqual({
      'days.0.weekday': { code: 'outOfRange', min: 1, max: 7 },
      'days.1.opens': { code: 'invalidTime' },
      'days.2.closes': { code: 'endBeforeStart' },
      'days.3.weekday': { code: 'taken' },
      'days.3.closes': { code: 'required' },
      'days.4.opens': { code: 'required' },
    });
  });

  it('bounds norms and on-call shifts', () => {
    expect(checkResponseNorm({ minutes: 240 })).toEqual({});
    expect(checkResponseNorm({ minutes: 0 })).toEqual({ minutes: { code: 'outOfRange', min: 1, max: 43200 } });
    expect(checkResponseNorm({ minutes: 1.5 })).toHaveProperty('minutes');
    const start = at('2031-01-03', '17:00');
    expect(checkOnCallShift({ startsAt: start, endsAt: at('2031-01-06', '08:30') })).toEqual({});
    expect(checkOnCallShift({ startsAt: start, endsAt: start })).toEqual({ endsAt: { code: 'endBeforeStart' } });
    expect(checkOnCallShift({ startsAt: start, endsAt: at('2031-03-01', '08:30') })).toEqual({
      endsAt: { code: 'rangeTooLong', maxDays: 31 },
    });
  });
});

describe('reply templates', () => {
  const body = 'Beste {naam}, dank voor uw bericht over {onderwerp}. We zoeken het uit.';

  it('fills the name and the subject', () => {
    expect(renderReplyTemplate(body, { naam: 'Fatima', onderwerp: 'de Molenweg' })).toBe(
      'Beste Fatima, dank voor uw bericht over de Molenweg. We zoeken het uit.',
    );
  });

  it('leaves out a placeholder without a value, with the space before it', () => {
    expect(renderReplyTemplate(body, { onderwerp: 'afval' })).toBe(
      'Beste, dank voor uw bericht over afval. We zoeken het uit.',
    );
  });

  it('keeps text in braces it does not know, and names it', () => {
    expect(renderReplyTemplate('Zie {link}', { naam: 'A' })).toBe('Zie {link}');
    expect(unknownPlaceholders('Hoi {naam}, zie {link} en {link} of {url}')).toEqual(['link', 'url']);
    expect(unknownPlaceholders(body)).toEqual([]);
  });
});

describe('reply checks', () => {
  const receivedAt = at('2025-12-19', '16:00');
  const now = at('2025-12-22', '09:00');

  it('accepts a reply given between arrival and now, with or without a link', () => {
    expect(checkReply({ body: 'Dank u!', sentAt: at('2025-12-19', '16:30') }, receivedAt, now)).toEqual({});
    expect(checkReply({ body: 'Dank u!', url: 'https://facebook.com/x/1' }, receivedAt, now)).toEqual({});
  });

  it('refuses an empty text, a reply before the signal came in, one in the future and a link that is none', () => {
    expect(
      checkReply({ body: ' ', url: 'javascript:alert(1)', sentAt: at('2025-12-19', '15:59') }, receivedAt, now),
    ).toEqual({ body: { code: 'required' }, url: { code: 'invalidChoice' }, sentAt: { code: 'beforeSignal' } });
    expect(checkReply({ body: 'Ja', sentAt: at('2025-12-22', '09:05') }, receivedAt, now)).toEqual({
      sentAt: { code: 'inFuture' },
    });
  });

  it('checks template names, bodies and placeholders', () => {
    expect(checkReplyTemplate({ name: 'Dank', body: 'Beste {naam}, over {onderwerp}...' })).toEqual({});
    expect(checkReplyTemplate({ name: '', body: 'Zie {link} en {url}' })).toEqual({
      name: { code: 'required' },
      body: { code: 'unknownPlaceholder', names: '{link}, {url}' },
    });
    expect(checkReplyTemplate({ body: 'Hoi' }, true)).toEqual({});
  });
});
