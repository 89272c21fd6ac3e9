import { signalTimeline } from './timeline';

const person = (name: string) => ({ id: name, name });

describe('a signal’s history', () => {
  it('lists its arrival, the answers and the decisions oldest first', () => {
    const entries = signalTimeline({
      receivedAt: '2031-03-03T08:00:00Z',
      replies: [
        {
          id: 'r',
          body: 'Dank',
          author: person('Sanne'),
          sentAt: '2031-03-03T10:00:00Z',
          url: null,
          minutes: 120,
          officeMinutes: 90,
        },
      ],
      actions: [
        {
          id: 'a',
          version: 2,
          kind: 'INFORM_COLLEAGUE',
          status: 'DONE',
          owner: null,
          department: { id: 'd', name: 'Openbare Ruimte' },
          dueAt: null,
          reviewAt: null,
          note: 'Wanneer wordt de stoep hersteld?',
          result: null,
          post: null,
          answer: 'Donderdag',
          answeredBy: person('Liaison'),
          answeredAt: '2031-03-03T11:00:00Z',
          createdBy: person('Sanne'),
          createdAt: '2031-03-03T09:00:00Z',
        },
      ],
    });
    expect(entries.map((entry) => entry.kind)).toEqual(['received', 'decision', 'reply', 'answer']);
  });
});
