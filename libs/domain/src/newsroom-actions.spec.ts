import { checkDecision, ERASED, redactAuthor } from './newsroom-actions';

const now = new Date('2031-03-03T10:00:00Z');
const later = new Date('2031-03-04T10:00:00Z');
const earlier = new Date('2031-03-02T10:00:00Z');

describe('checkDecision', () => {
  it('needs a channel and a time for a post', () => {
    expect(checkDecision({ signalId: 's', kind: 'SOCIAL_POST' }, now)).toEqual({
      channelId: { code: 'required' },
      plannedAt: { code: 'required' },
    });
    expect(checkDecision({ signalId: 's', kind: 'SOCIAL_POST', channelId: 'c', plannedAt: later }, now)).toEqual({});
  });

  it('needs a department, the question and a due time ahead for a question to colleagues', () => {
    expect(checkDecision({ signalId: 's', kind: 'INFORM_COLLEAGUE', dueAt: earlier }, now)).toEqual({
      departmentId: { code: 'required' },
      note: { code: 'required' },
      dueAt: { code: 'notAllowed' },
    });
    expect(
      checkDecision(
        { topicId: 't', kind: 'INFORM_COLLEAGUE', departmentId: 'd', note: 'Klopt dit?', dueAt: later },
        now,
      ),
    ).toEqual({});
  });

  it('needs a moment ahead to look again when watching', () => {
    expect(checkDecision({ signalId: 's', kind: 'MONITOR' }, now)).toEqual({ reviewAt: { code: 'required' } });
    expect(checkDecision({ signalId: 's', kind: 'MONITOR', reviewAt: new Date('x') }, now)).toEqual({
      reviewAt: { code: 'invalidDate' },
    });
    expect(checkDecision({ signalId: 's', kind: 'MONITOR', reviewAt: later }, now)).toEqual({});
  });

  it('needs an owner and a due time for every task', () => {
    for (const kind of ['REQUEST_DATA', 'ENVIRONMENT_ANALYSIS', 'UPDATE_WEBSITE'])
      expect(checkDecision({ signalId: 's', kind }, now)).toEqual({
        ownerId: { code: 'required' },
        dueAt: { code: 'required' },
      });
  });

  it('is on a signal or a topic, never neither or both, and knows its kinds', () => {
    expect(checkDecision({ kind: 'MONITOR', reviewAt: later }, now)).toEqual({ signalId: { code: 'required' } });
    expect(checkDecision({ signalId: 's', topicId: 't', kind: 'MONITOR', reviewAt: later }, now)).toEqual({
      topicId: { code: 'notAllowed' },
    });
    expect(checkDecision({ signalId: 's', kind: 'CALL_BACK' }, now)).toEqual({ kind: { code: 'invalidChoice' } });
  });
});

describe('redactAuthor', () => {
  it('removes a name and a handle wherever they stand, in any case', () => {
    expect(
      redactAuthor('Beste Jan de Vries, dank voor je melding. @jdevries zie DM. JAN DE VRIES!', [
        'Jan de Vries',
        '@jdevries',
      ]),
    ).toBe(`Beste ${ERASED}, dank voor je melding. ${ERASED} zie DM. ${ERASED}!`);
  });

  it('leaves words that only contain the name alone', () => {
    expect(redactAuthor('Janssen en Jan', ['Jan'])).toBe(`Janssen en ${ERASED}`);
    expect(redactAuthor('Tekst', [null, '', 'x'])).toBe('Tekst');
  });

  it('treats the name as text, not as a pattern', () => {
    expect(redactAuthor('Hallo a.b (c)', ['a.b (c)'])).toBe(`Hallo ${ERASED}`);
    expect(redactAuthor('Hallo axb (c)', ['a.b (c)'])).toBe('Hallo axb (c)');
  });
});
