import { snakeCase, SnakeNamingStrategy } from './naming-strategy';

describe('the naming strategy', () => {
  const naming = new SnakeNamingStrategy();
  it('names tables as snake_case plurals', () => {
    expect(naming.tableName('AuditEntry')).toBe('audit_entries');
    expect(naming.tableName('User')).toBe('users');
    expect(naming.tableName('Session')).toBe('sessions');
  });
  it('names columns in snake_case', () => {
    expect(naming.columnName('passwordHash', undefined, [])).toBe('password_hash');
    expect(snakeCase('weeklyHours')).toBe('weekly_hours');
  });
});
