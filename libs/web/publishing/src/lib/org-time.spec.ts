import { fromLocalInput, localDayOf, toLocalInput } from './org-time';

describe('the organisation clock in the editor', () => {
  it('shows an instant in Amsterdam summer time', () => {
    expect(toLocalInput('2026-06-14T08:00:00.000Z')).toBe('2026-06-14T10:00');
  });

  it('shows an instant in Amsterdam winter time', () => {
    expect(toLocalInput('2026-01-10T08:30:00.000Z')).toBe('2026-01-10T09:30');
  });

  it('reads a field value back as the same instant', () => {
    expect(fromLocalInput('2026-06-14T10:00')).toBe('2026-06-14T08:00:00.000Z');
  });

  it('gives nothing for an empty or broken value', () => {
    expect(toLocalInput(null)).toBe('');
    expect(fromLocalInput('')).toBeNull();
    expect(fromLocalInput('14-06-2026 10:00')).toBeNull();
  });

  it('puts a late-evening UTC instant on the next Amsterdam day', () => {
    expect(localDayOf('2026-06-14T22:30:00.000Z')).toBe('2026-06-15');
  });
});
