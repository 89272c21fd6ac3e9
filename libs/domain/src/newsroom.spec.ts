import {
  canTransitionSignal,
  checkSignal,
  isRising,
  isSignalOverdue,
  normaliseKeywords,
  SIGNAL_STATUSES,
  statusAfterTriage,
} from './newsroom';

describe('the life of a signal', () => {
  it('goes from new through in progress to done, and waits for a department in between', () => {
    expect(canTransitionSignal('NEW', 'IN_PROGRESS')).toBe(true);
    expect(canTransitionSignal('IN_PROGRESS', 'WAITING_FOR_DEPARTMENT')).toBe(true);
    expect(canTransitionSignal('WAITING_FOR_DEPARTMENT', 'IN_PROGRESS')).toBe(true);
    expect(canTransitionSignal('IN_PROGRESS', 'DONE')).toBe(true);
  });

  it('is dismissed only while new or in progress', () => {
    const dismissable = SIGNAL_STATUSES.filter((from) => canTransitionSignal(from, 'DISMISSED'));
    expect(dismissable).toEqual(['NEW', 'IN_PROGRESS']);
  });

  it('is done only when a person marks it so from in progress, and is final when done or dismissed', () => {
    expect(SIGNAL_STATUSES.filter((from) => canTransitionSignal(from, 'DONE'))).toEqual(['IN_PROGRESS']);
    for (const to of SIGNAL_STATUSES) {
      expect(canTransitionSignal('DONE', to)).toBe(false);
      expect(canTransitionSignal('DISMISSED', to)).toBe(false);
    }
    expect(canTransitionSignal('NEW', 'WAITING_FOR_DEPARTMENT')).toBe(false);
  });

  it('is picked up when someone triages a new one, and keeps its status otherwise', () => {
    expect(statusAfterTriage('NEW')).toBe('IN_PROGRESS');
    for (const status of ['IN_PROGRESS', 'WAITING_FOR_DEPARTMENT', 'DONE', 'DISMISSED'] as const)
      expect(statusAfterTriage(status)).toBe(status);
  });
});

describe('an overdue signal', () => {
  const at = new Date('2031-03-05T12:00:00Z');
  const base = {
    needsReply: true,
    firstReplyAt: null,
    firstReplyDueAt: new Date('2031-03-05T11:00:00Z'),
    status: 'NEW' as const,
  };
  it('needs a reply, has none, and is past its due time', () => {
    expect(isSignalOverdue(base, at)).toBe(true);
    expect(isSignalOverdue({ ...base, firstReplyDueAt: new Date('2031-03-05T13:00:00Z') }, at)).toBe(false);
    expect(isSignalOverdue({ ...base, firstReplyAt: new Date('2031-03-05T11:30:00Z') }, at)).toBe(false);
    expect(isSignalOverdue({ ...base, needsReply: false }, at)).toBe(false);
    expect(isSignalOverdue({ ...base, firstReplyDueAt: null }, at)).toBe(false);
  });
  it('is not overdue once dismissed or done', () => {
    expect(isSignalOverdue({ ...base, status: 'DISMISSED' }, at)).toBe(false);
    expect(isSignalOverdue({ ...base, status: 'DONE' }, at)).toBe(false);
  });
});

describe('a rising topic', () => {
  it('has at least three signals in the last day and at least twice as many as the day before', () => {
    expect(isRising(3, 0)).toBe(true);
    expect(isRising(10, 5)).toBe(true);
    expect(isRising(9, 5)).toBe(false);
    expect(isRising(2, 0)).toBe(false);
    expect(isRising(0, 0)).toBe(false);
  });
});

describe('an incoming signal', () => {
  const now = new Date('2031-03-05T12:00:00Z');
  it('needs a known source and a text', () => {
    expect(checkSignal({ source: 'FACEBOOK', body: 'Hallo' }, now)).toEqual({});
    expect(checkSignal({ source: 'FAX', body: 'Hallo' }, now)).toEqual({ source: { code: 'invalidChoice' } });
    expect(checkSignal({ source: 'PHONE', body: ' ' }, now)).toEqual({ body: { code: 'required' } });
  });
  it('may not be received in the future, beyond a minute of clock difference', () => {
    expect(checkSignal({ source: 'X', body: 'a', receivedAt: '2031-03-05T12:00:30Z' }, now)).toEqual({});
    expect(checkSignal({ source: 'X', body: 'a', receivedAt: '2031-03-05T12:02:00Z' }, now)).toEqual({
      receivedAt: { code: 'notAllowed' },
    });
    expect(checkSignal({ source: 'X', body: 'a', receivedAt: 'gisteren' }, now)).toEqual({
      receivedAt: { code: 'invalidDate' },
    });
  });
  it('links only to web addresses', () => {
    expect(checkSignal({ source: 'X', body: 'a', url: 'https://x.com/1' }, now)).toEqual({});
    expect(checkSignal({ source: 'X', body: 'a', url: 'javascript:alert(1)' }, now)).toEqual({
      url: { code: 'invalidChoice' },
    });
  });
});

describe('theme rule keywords', () => {
  it('are trimmed, without empties or duplicates whatever their case', () => {
    expect(normaliseKeywords([' container ', 'Container', '', 'losse  stoeptegel'])).toEqual([
      'container',
      'losse stoeptegel',
    ]);
  });
});
