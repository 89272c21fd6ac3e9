import { durationParts, slaClock } from './sla';

const at = (iso: string) => Date.parse(iso);
const signal = { receivedAt: '2031-03-03T08:00:00Z', firstReplyDueAt: '2031-03-03T12:00:00Z', firstReplyAt: null };

describe('the SLA clock', () => {
  it('is green while more than a fifth of the norm is left', () => {
    expect(slaClock(signal, at('2031-03-03T10:00:00Z'))).toEqual({ tone: 'ok', minutesLeft: 120 });
  });

  it('turns orange in the last fifth of the norm', () => {
    expect(slaClock(signal, at('2031-03-03T11:12:00Z'))).toEqual({ tone: 'soon', minutesLeft: 48 });
  });

  it('turns red at the due time and counts the minutes overdue', () => {
    expect(slaClock(signal, at('2031-03-03T12:00:00Z'))?.tone).toBe('overdue');
    expect(slaClock(signal, at('2031-03-03T12:30:00Z'))).toEqual({ tone: 'overdue', minutesLeft: -30 });
  });

  it('turns orange when the server says, which counts office minutes', () => {
    const overnight = { ...signal, slaWarnAt: '2031-03-03T09:00:00Z' };
    expect(slaClock(overnight, at('2031-03-03T09:30:00Z'))?.tone).toBe('soon');
    expect(slaClock(overnight, at('2031-03-03T08:30:00Z'))?.tone).toBe('ok');
  });

  it('stops once the first reply is given, and has nothing to say without a due time', () => {
    expect(slaClock({ ...signal, firstReplyAt: '2031-03-03T09:00:00Z' }, at('2031-03-03T13:00:00Z'))).toBeNull();
    expect(slaClock({ ...signal, firstReplyDueAt: null }, at('2031-03-03T13:00:00Z'))).toBeNull();
  });
});

describe('a duration in parts', () => {
  it('splits minutes into days, hours and minutes, whichever side of zero', () => {
    expect(durationParts(1570)).toEqual({ days: 1, hours: 2, minutes: 10 });
    expect(durationParts(-75)).toEqual({ days: 0, hours: 1, minutes: 15 });
  });
});
