import { addWorkingDays } from '@planbord/domain';
import { isPublicHoliday } from './working-days';

describe('public holidays for answering requests', () => {
  it('know the Dutch and the Belgian calendars apart', () => {
    expect(isPublicHoliday('NL', '2026-04-27')).toBe(true); // Koningsdag
    expect(isPublicHoliday('BE', '2026-04-27')).toBe(false);
    expect(isPublicHoliday('BE', '2026-07-21')).toBe(true); // Nationale feestdag
    expect(isPublicHoliday('NL', '2026-07-21')).toBe(false);
    expect(isPublicHoliday('NL', '2026-12-25')).toBe(true);
  });

  it('push a three-working-day answer past Christmas and the weekend', () => {
    // Wednesday 23 December: Thursday 24 counts, Friday 25 and Saturday 26 and Sunday 27 do not.
    expect(addWorkingDays('2026-12-23', 3, (d) => isPublicHoliday('NL', d))).toBe('2026-12-29');
    // Before Koningsdag (Monday 27 April 2026) in the Netherlands, not in Belgium.
    expect(addWorkingDays('2026-04-24', 1, (d) => isPublicHoliday('NL', d))).toBe('2026-04-28');
    expect(addWorkingDays('2026-04-24', 1, (d) => isPublicHoliday('BE', d))).toBe('2026-04-27');
  });
});
