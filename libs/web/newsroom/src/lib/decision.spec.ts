import { decisionInput, decisionIssues, EMPTY_DECISION } from './decision';

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
      note: 'Bericht over de omleiding',
      dueAt: null,
      reviewAt: null,
      plannedAt: '2031-03-04T09:00:00Z',
    });
  });
});
