import fc from 'fast-check';
import { canTransition } from './planning';
import {
  characterCount,
  POST_STATUSES,
  POST_TRANSITIONS,
  postWarnings,
  statusAfterEdit,
  describeWarning,
} from './publishing';

const x = { kind: 'X' as const, name: 'X @gemeente' };

describe('post warnings', () => {
  it.each([
    ['MASTODON', 500],
    ['BLUESKY', 300],
    ['THREADS', 500],
    ['PINTEREST', 500],
  ] as const)('warn when a %s post is longer than %i characters', (kind, limit) => {
    const channel = { kind, name: `Kanaal ${kind}` };
    expect(postWarnings({ body: 'a'.repeat(limit), mediaUrls: [], plannedAt: null, status: 'DRAFT', channel })).toEqual(
      [],
    );
    expect(
      postWarnings({ body: 'a'.repeat(limit + 1), mediaUrls: [], plannedAt: null, status: 'DRAFT', channel }),
    ).toEqual([{ code: 'tooLong', limit, length: limit + 1, channel: channel.name }]);
  });

  it('warn when an X post is longer than 280 characters, counting emoji once', () => {
    expect(
      postWarnings({ body: 'a'.repeat(300), mediaUrls: [], plannedAt: null, status: 'DRAFT', channel: x }),
    ).toEqual([{ code: 'tooLong', limit: 280, length: 300, channel: 'X @gemeente' }]);
    expect(
      postWarnings({ body: '🎉'.repeat(280), mediaUrls: [], plannedAt: null, status: 'DRAFT', channel: x }),
    ).toEqual([]);
    expect(characterCount('café 🎉')).toBe(6);
    expect(describeWarning({ code: 'tooLong', limit: 280, length: 300, channel: 'X' }, 'nl')).toBe(
      'Te lang voor X: 300 van maximaal 280 tekens.',
    );
    expect(describeWarning({ code: 'tooLong', limit: 63206, length: 63300, channel: 'Facebook' }, 'nl')).toBe(
      'Te lang voor Facebook: 63.300 van maximaal 63.206 tekens.',
    );
    expect(describeWarning({ code: 'tooLong', limit: 63206, length: 63300, channel: 'Facebook' }, 'en')).toBe(
      'Too long for Facebook: 63,300 of at most 63,206 characters.',
    );
  });

  it('warn about an image channel without media, a moment outside the event and one in the past', () => {
    const warnings = postWarnings(
      {
        body: 'Kijk!',
        mediaUrls: [],
        plannedAt: new Date('2020-01-01T10:00:00Z'),
        status: 'APPROVED',
        channel: { kind: 'INSTAGRAM', name: 'Instagram' },
        eventDays: { first: '2020-01-03', last: '2020-01-03' },
        plannedDay: '2020-01-01',
      },
      new Date('2026-01-01'),
    );
    expect(warnings.map((w) => w.code)).toEqual(['needsMedia', 'outsideEventDay', 'plannedInPast']);
  });
});

describe('the post state machine', () => {
  it('freezes published posts and lets everything before publication be cancelled', () => {
    expect(POST_TRANSITIONS.PUBLISHED).toEqual([]);
    for (const status of POST_STATUSES.filter((s) => s !== 'PUBLISHED' && s !== 'CANCELLED'))
      expect(canTransition(POST_TRANSITIONS, status, 'CANCELLED')).toBe(true);
  });

  it('sends an edited approved or scheduled post back to review, and only those', () => {
    fc.assert(
      fc.property(fc.constantFrom(...POST_STATUSES), (status) => {
        const next = statusAfterEdit(status);
        return ['APPROVED', 'SCHEDULED'].includes(status)
          ? next === 'IN_REVIEW' && canTransition(POST_TRANSITIONS, status, next)
          : next === status;
      }),
    );
  });

  it('reaches PUBLISHED only through review, approval and scheduling', () => {
    const paths = (from: string, seen: Set<string>): boolean =>
      from === 'PUBLISHED' ||
      (POST_TRANSITIONS[from as keyof typeof POST_TRANSITIONS] ?? []).some(
        (to) => !seen.has(to) && paths(to, new Set([...seen, to])),
      );
    expect(paths('DRAFT', new Set(['DRAFT']))).toBe(true);
    const withoutApproval = { ...POST_TRANSITIONS, IN_REVIEW: ['CHANGES_REQUESTED', 'CANCELLED'] };
    const reach = (from: string, seen: Set<string>): boolean =>
      from === 'PUBLISHED' ||
      (withoutApproval[from as keyof typeof withoutApproval] ?? []).some(
        (to) => !seen.has(to) && reach(to, new Set([...seen, to])),
      );
    expect(reach('DRAFT', new Set(['DRAFT']))).toBe(false);
  });
});
