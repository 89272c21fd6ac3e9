import { atLocalTime, DEFAULT_OFFICE_HOURS } from '@planbord/domain';
import type { Signal } from './signal.entity';
import { WebcareService, type WebcareRules } from './webcare.service';

const AMS = 'Europe/Amsterdam';
const at = (date: string, time: string) => atLocalTime(date, time, AMS);
const rules: WebcareRules = {
  calendar: { officeHours: DEFAULT_OFFICE_HOURS, isHoliday: () => false, timeZone: AMS },
  norms: new Map([['FACEBOOK', { minutes: 240, businessHoursOnly: true }]]),
  crisis: { minutes: 30, businessHoursOnly: false },
};
const signal = (fields: Partial<Signal>): Signal =>
  ({
    source: 'FACEBOOK',
    crisis: false,
    needsReply: true,
    status: 'NEW',
    firstReplyAt: null,
    receivedAt: at('2025-12-19', '16:00'),
    firstReplyDueAt: at('2025-12-22', '11:30'),
    ...fields,
  }) as Signal;

describe('a signal’s clock', () => {
  it('turns orange in the last 20 % of its norm and red at its due time', () => {
    const waiting = signal({});
    expect(WebcareService.clockOf(rules, waiting)?.warnAt).toEqual(at('2025-12-22', '10:42'));
    expect(WebcareService.slaStateOf(rules, waiting, at('2025-12-22', '09:00'))).toBe('GREEN');
    expect(WebcareService.slaStateOf(rules, waiting, at('2025-12-22', '11:00'))).toBe('ORANGE');
    expect(WebcareService.slaStateOf(rules, waiting, at('2025-12-22', '11:30'))).toBe('RED');
  });

  it('counts a crisis signal with the crisis norm', () => {
    const crisis = signal({
      crisis: true,
      receivedAt: at('2025-12-20', '22:10'),
      firstReplyDueAt: at('2025-12-20', '22:40'),
    });
    expect(WebcareService.clockOf(rules, crisis)?.warnAt).toEqual(at('2025-12-20', '22:34'));
  });

  it('keeps the due time fixed on arrival, and never turns orange after it when the norm has grown since', () => {
    const before = signal({ firstReplyDueAt: at('2025-12-19', '16:30') });
    expect(WebcareService.clockOf(rules, before)).toEqual({
      warnAt: at('2025-12-19', '16:30'),
      dueAt: at('2025-12-19', '16:30'),
    });
  });

  it('stops once answered, and has none when no reply is needed or the signal is closed', () => {
    for (const fields of [
      { firstReplyAt: at('2025-12-22', '09:00') },
      { needsReply: false },
      { status: 'DONE' as const },
      { status: 'DISMISSED' as const },
      { firstReplyDueAt: null },
    ]) {
      expect(WebcareService.slaStateOf(rules, signal(fields), at('2025-12-23', '09:00'))).toBeNull();
    }
  });
});
