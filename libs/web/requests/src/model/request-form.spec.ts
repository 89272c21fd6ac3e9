import {
  checkRequestForm,
  emptyRequest,
  formFieldOf,
  isShortNotice,
  requestInput,
  valuesFromRequest,
  type RequestFormValues,
} from './request-form';
import { isOverdue, triageOrder } from './request-status';

const AMS = 'Europe/Amsterdam';

function filled(overrides: Partial<RequestFormValues> = {}): RequestFormValues {
  return {
    ...emptyRequest('dep-1'),
    title: 'Opening skatepark',
    startDate: '2026-06-14',
    startTime: '14:00',
    endDate: '2026-06-14',
    endTime: '16:00',
    ...overrides,
  };
}

describe('the request form', () => {
  it('starts with the liaison’s own department', () => {
    expect(emptyRequest('dep-1').departmentId).toBe('dep-1');
    expect(emptyRequest(null).departmentId).toBe('');
  });

  it('accepts a complete timed request', () => {
    expect(checkRequestForm(filled())).toEqual({});
  });

  it('requires a title, as the server does', () => {
    expect(checkRequestForm(filled({ title: '   ' }))).toEqual({ title: { code: 'required' } });
  });

  it('refuses an end before or at the start', () => {
    expect(checkRequestForm(filled({ endTime: '13:00' }))).toEqual({ endTime: { code: 'endBeforeStart' } });
    expect(checkRequestForm(filled({ endTime: '14:00' }))).toEqual({ endTime: { code: 'endBeforeStart' } });
    expect(checkRequestForm(filled({ allDay: true, startDate: '2026-06-14', endDate: '2026-06-13' }))).toEqual({
      endDate: { code: 'endBeforeStart' },
    });
  });

  it('accepts a one-day all-day request without times', () => {
    expect(checkRequestForm(filled({ allDay: true, startTime: '', endTime: '', endDate: '2026-06-14' }))).toEqual({});
  });

  it('asks for missing dates and times', () => {
    expect(checkRequestForm(filled({ startDate: '', endTime: '' }))).toEqual({
      startDate: { code: 'required' },
      endTime: { code: 'required' },
    });
  });

  it('sends a timed request as Amsterdam wall-clock instants', () => {
    const input = requestInput(filled(), AMS);
    expect(input.startsAt).toBe('2026-06-14T12:00:00.000Z');
    expect(input.endsAt).toBe('2026-06-14T14:00:00.000Z');
    expect(input.departmentId).toBe('dep-1');
  });

  it('sends an all-day request from midnight of the first day to midnight after the last', () => {
    const input = requestInput(filled({ allDay: true, startDate: '2026-06-14', endDate: '2026-06-15' }), AMS);
    expect(input.startsAt).toBe('2026-06-13T22:00:00.000Z');
    expect(input.endsAt).toBe('2026-06-15T22:00:00.000Z');
  });

  it('shows a stored request again as it was entered', () => {
    const timed = {
      ...requestInput(filled(), AMS),
      startDate: null,
      endDate: null,
      department: { id: 'dep-1' },
      themes: [],
      audiences: [],
      wishedChannels: [],
      requestNote: null,
    };
    expect(valuesFromRequest(timed, AMS)).toMatchObject({
      startDate: '2026-06-14',
      startTime: '14:00',
      endDate: '2026-06-14',
      endTime: '16:00',
    });
    const allDay = {
      ...timed,
      ...requestInput(filled({ allDay: true, endDate: '2026-06-15' }), AMS),
      startDate: '2026-06-14',
      endDate: '2026-06-16',
    };
    expect(valuesFromRequest(allDay, AMS)).toMatchObject({
      allDay: true,
      startDate: '2026-06-14',
      endDate: '2026-06-15',
    });
  });

  it('puts the server’s time errors at the date and time fields', () => {
    expect(formFieldOf('startsAt', false)).toBe('startDate');
    expect(formFieldOf('endsAt', false)).toBe('endTime');
    expect(formFieldOf('endsAt', true)).toBe('endDate');
    expect(formFieldOf('title', false)).toBe('title');
  });

  it('warns when the start is within the minimum lead time', () => {
    const now = new Date('2026-06-05T10:00:00Z');
    expect(isShortNotice(filled({ startDate: '2026-06-14' }), now, 10, AMS)).toBe(true);
    expect(isShortNotice(filled({ startDate: '2026-06-16' }), now, 10, AMS)).toBe(false);
    expect(isShortNotice(filled({ startDate: '' }), now, 10, AMS)).toBe(false);
  });
});

describe('the triage queue', () => {
  const now = new Date('2026-06-10T12:00:00Z');
  const request = (
    id: string,
    status: 'REQUESTED' | 'PLANNED',
    responseDueAt: string | null,
    requestedAt = '2026-06-01T00:00:00Z',
  ) => ({ id, status, responseDueAt, requestedAt });

  it('calls a request overdue only while it is still open after its due date', () => {
    expect(isOverdue(request('a', 'REQUESTED', '2026-06-09T12:00:00Z'), now)).toBe(true);
    expect(isOverdue(request('b', 'REQUESTED', '2026-06-11T12:00:00Z'), now)).toBe(false);
    expect(isOverdue(request('c', 'PLANNED', '2026-06-09T12:00:00Z'), now)).toBe(false);
  });

  it('puts overdue requests on top, then open ones by due date, then decided ones', () => {
    const list = [
      request('decided', 'PLANNED', '2026-06-01T12:00:00Z'),
      request('later', 'REQUESTED', '2026-06-12T12:00:00Z'),
      request('overdue', 'REQUESTED', '2026-06-08T12:00:00Z'),
      request('soon', 'REQUESTED', '2026-06-11T12:00:00Z'),
    ];
    expect(triageOrder(list, now).map((r) => r.id)).toEqual(['overdue', 'soon', 'later', 'decided']);
  });
});
