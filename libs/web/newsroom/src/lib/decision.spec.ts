import { decisionInput, EMPTY_DECISION, missingDecisionFields } from './decision';

describe('a decision', () => {
  it('asks a question to a department with a due time and the question itself', () => {
    expect(missingDecisionFields('INFORM_COLLEAGUE', EMPTY_DECISION)).toEqual(['departmentId', 'dueAt', 'note']);
    expect(missingDecisionFields('MONITOR', { ...EMPTY_DECISION, reviewAt: '2031-03-04T09:00' })).toEqual([]);
  });

  it('sends only the fields of its kind, with times as instants', () => {
    const values = {
      ...EMPTY_DECISION,
      channelId: 'c1',
      plannedAt: '2031-03-04T09:00',
      departmentId: 'left over from another kind',
      note: '  Bericht over de omleiding ',
    };
    expect(decisionInput('SOCIAL_POST', values, { signalId: 's1' }, (local) => `${local}:00Z`)).toEqual({
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
