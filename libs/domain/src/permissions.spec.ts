import {
  can,
  IDENTITY_PERMISSIONS,
  INSIGHTS_PERMISSIONS,
  INTEGRATIONS_PERMISSIONS,
  isPublic,
  NEWSROOM_PERMISSIONS,
  NOTIFICATIONS_PERMISSIONS,
  PERMISSIONS,
  PLANNING_PERMISSIONS,
  PUBLISHING_PERMISSIONS,
} from './permissions';

describe('the permission table', () => {
  it('is the sum of one section per feature, each operation in exactly one', () => {
    const sections = [
      IDENTITY_PERMISSIONS,
      PLANNING_PERMISSIONS,
      PUBLISHING_PERMISSIONS,
      NOTIFICATIONS_PERMISSIONS,
      NEWSROOM_PERMISSIONS,
      INTEGRATIONS_PERMISSIONS,
      INSIGHTS_PERMISSIONS,
    ].map((section) => Object.keys(section));
    const all = sections.flat();
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  it('lets only administrators manage people and reference data', () => {
    for (const op of ['Mutation.createUser', 'Mutation.updateChannel', 'Mutation.setUserActive']) {
      expect(can('ADMIN', op)).toBe(true);
      expect(can('EDITOR', op)).toBe(false);
      expect(can('MEMBER', op)).toBe(false);
      expect(can('LIAISON', op)).toBe(false);
    }
  });

  it('denies what it does not declare, whatever the role', () => {
    expect(can('ADMIN', 'Mutation.dropDatabase')).toBe(false);
  });

  it('lets nobody signed in only log in, log out and ask who they are', () => {
    const open = Object.keys(PERMISSIONS).filter(isPublic).sort();
    expect(open).toEqual(['Mutation.login', 'Mutation.logout', 'Query.me']);
    expect(can(null, 'Query.users')).toBe(false);
  });

  it('shows liaisons only the name and department of other people, and everything of themselves', () => {
    for (const field of ['User.email', 'User.role', 'User.active', 'User.weeklyHours', 'User.locale']) {
      expect(can('LIAISON', field)).toBe(false);
      expect(can('LIAISON', field, true)).toBe(true);
      expect(can('MEMBER', field)).toBe(true);
      expect(can(null, field, true)).toBe(false);
    }
    expect(can('LIAISON', 'Query.users')).toBe(true);
  });

  it('keeps signals, which hold personal data of residents, from liaisons', () => {
    for (const op of ['Query.signals', 'Query.signal', 'Mutation.recordSignal']) {
      for (const role of ['ADMIN', 'EDITOR', 'MEMBER'] as const) expect(can(role, op)).toBe(true);
      expect(can('LIAISON', op)).toBe(false);
    }
  });
});
