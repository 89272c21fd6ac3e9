import { initialsOf } from './Initials';

describe('initialsOf', () => {
  it('takes the first letters of the first and the last word', () => {
    expect(initialsOf('Fatima El Amrani')).toBe('FA');
    expect(initialsOf('Joris van Dijk')).toBe('JD');
  });
  it('takes one letter of a single name and a question mark for none', () => {
    expect(initialsOf('eva')).toBe('E');
    expect(initialsOf('  ')).toBe('?');
  });
});
