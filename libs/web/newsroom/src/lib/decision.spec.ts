import { decisionInput, decisionIssues, EMPTY_DECISION, freeAdHocSlots, slotsForChannel } from './decision';

const toInstant = (local: string) => `${local}:00Z`;

describe('a decision', () => {
  it('asks a question to a department with a due time and the question itself', () => {
    const now = new Date('2031-03-01T09:00:00Z');
    const empty = decisionInput('INFORM_COLLEAGUE', EMPTY_DECISION, { signalId: 's1' }, toInstant);
    expect(Object.keys(decisionIssues(empty, now)).sort()).toEqual(['departmentId', 'dueAt', 'note']);
    const watching = decisionInput(
      'MONITOR',
      { ...EMPTY_DECISION, reviewAt: '2031-03-04T09:00' },
      { signalId: 's1' },
      toInstant,
    );
    expect(decisionIssues(watching, now)).toEqual({});
  });

  it('sends only the fields of its kind, with times as instants', () => {
    const values = {
      ...EMPTY_DECISION,
      channelId: 'c1',
      slotId: 'slot1',
      plannedAt: '2031-03-04T09:00',
      departmentId: 'left over from another kind',
      note: '  Bericht over de omleiding ',
    };
    expect(decisionInput('SOCIAL_POST', values, { signalId: 's1' }, toInstant)).toEqual({
      signalId: 's1',
      kind: 'SOCIAL_POST',
      ownerId: null,
      departmentId: null,
      channelId: 'c1',
      slotId: 'slot1',
      note: 'Bericht over de omleiding',
      dueAt: null,
      reviewAt: null,
      plannedAt: '2031-03-04T09:00:00Z',
    });
  });

  it('offers open ad-hoc room, soonest first, on the post’s channel or on none', () => {
    const slot = (id: string, startsAt: string, extra: Record<string, unknown> = {}) => ({
      id,
      kind: 'AD_HOC',
      status: 'OPEN',
      startsAt,
      title: null,
      channel: null,
      ...extra,
    });
    const free = freeAdHocSlots([
      slot('later', '2031-03-05T09:00:00Z'),
      slot('filled', '2031-03-04T08:00:00Z', { status: 'FILLED' }),
      slot('rubric', '2031-03-04T08:30:00Z', { kind: 'RUBRIC' }),
      slot('other-channel', '2031-03-04T10:00:00Z', { channel: { id: 'c2' } }),
      slot('sooner', '2031-03-04T09:00:00Z', { channel: { id: 'c1' }, title: 'Ruimte' }),
    ]);
    expect(free.map((s) => s.id)).toEqual(['sooner', 'other-channel', 'later']);
    expect(slotsForChannel(free, 'c1').map((s) => s.id)).toEqual(['sooner', 'later']);
  });
});
