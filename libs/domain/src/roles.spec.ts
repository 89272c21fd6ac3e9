import { EVENT_STATUSES, eventVisibleTo } from './planning';
import { POST_STATUSES, postVisibleTo } from './publishing';
import { EDITOR_ROLES, isEditor, isTeam, ROLES, TEAM_ROLES } from './roles';

describe('role groups', () => {
  it('count everyone but liaisons as the media team, and editors and administrators as editors', () => {
    expect(ROLES.filter(isTeam)).toEqual(['ADMIN', 'EDITOR', 'MEMBER']);
    expect(ROLES.filter(isEditor)).toEqual(['ADMIN', 'EDITOR']);
    expect(EDITOR_ROLES.every((role) => TEAM_ROLES.includes(role))).toBe(true);
    expect(isTeam(null)).toBe(false);
  });
});

describe('what a liaison sees', () => {
  const liaison = { id: 'l1', role: 'LIAISON' as const };
  const member = { id: 'm1', role: 'MEMBER' as const };

  it('of events: decided ones, and their own requests whatever became of them; the team sees all', () => {
    expect(EVENT_STATUSES.filter((status) => eventVisibleTo(liaison, { status, requestedById: 'other' }))).toEqual([
      'PLANNED',
      'CANCELLED',
      'DONE',
    ]);
    expect(EVENT_STATUSES.every((status) => eventVisibleTo(liaison, { status, requestedById: 'l1' }))).toBe(true);
    expect(EVENT_STATUSES.every((status) => eventVisibleTo(member, { status, requestedById: 'other' }))).toBe(true);
  });

  it('of posts: only published ones; the team sees all', () => {
    expect(POST_STATUSES.filter((status) => postVisibleTo(liaison, { status }))).toEqual(['PUBLISHED']);
    expect(POST_STATUSES.every((status) => postVisibleTo(member, { status }))).toBe(true);
  });
});
