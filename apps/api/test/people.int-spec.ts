import { Client, loggedIn, makeDepartment, makeUser, startApi, TEST_PASSWORD, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

interface Person {
  id: string;
  name: string;
  department: { name: string } | null;
}

describe('what a liaison sees of people', () => {
  it('lists only active people, with their names and departments', async () => {
    const department = await makeDepartment(api);
    const active = await makeUser(api, 'MEMBER', { name: 'Fenna Actief', departmentId: department.id });
    const inactive = await makeUser(api, 'MEMBER', { name: 'Gijs Vertrokken', active: false });
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const { client: member } = await loggedIn(api, 'MEMBER');
    const LIST = 'query($all: Boolean) { users(includeInactive: $all, take: 200) { id name department { name } } }';

    const { users } = await liaison.ok<{ users: Person[] }>(LIST, { all: true });
    expect(users.find((person) => person.id === active.id)).toEqual({
      id: active.id,
      name: 'Fenna Actief',
      department: { name: department.name },
    });
    expect(users.map((person) => person.id)).not.toContain(inactive.id);
    // The team sees inactive people on request.
    expect((await member.ok<{ users: Person[] }>(LIST, { all: true })).users.map((person) => person.id)).toContain(
      inactive.id,
    );
  });

  it('refuses the e-mail address, role, hours, language and active flag of anyone else, wherever a person appears', async () => {
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const { user: memberUser, client: member } = await loggedIn(api, 'MEMBER');
    for (const field of ['email', 'role', 'weeklyHours', 'locale', 'active']) {
      const res = await liaison.gql(`{ users(take: 200) { id ${field} } }`);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const startsAt = new Date(Date.now() + 40 * 86400_000);
    const { createEvent } = await member.ok<{ createEvent: { id: string } }>(
      'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
      {
        i: { title: 'Opening bibliotheek', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) },
      },
    );
    await member.ok('mutation($i: AssignInput!) { assign(input: $i) { id } }', {
      i: { eventId: createEvent.id, userId: memberUser.id, role: 'COVER' },
    });
    const EVENT = (fields: string) => `query($id: ID!) { event(id: $id) { assignments { user { ${fields} } } } }`;
    const names = await liaison.ok<{ event: { assignments: { user: { name: string } }[] } }>(EVENT('name'), {
      id: createEvent.id,
    });
    expect(names.event.assignments.map((assignment) => assignment.user.name)).toEqual([memberUser.name]);
    expect((await liaison.gql(EVENT('email'), { id: createEvent.id })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    // The team sees them.
    expect(
      (
        await member.ok<{ event: { assignments: { user: { email: string } }[] } }>(EVENT('email'), {
          id: createEvent.id,
        })
      ).event.assignments[0].user.email,
    ).toBe(memberUser.email);
  });

  it('finds people by name only, not by e-mail address', async () => {
    const person = await makeUser(api, 'EDITOR', { name: 'Hanna Zoekbaar', email: 'h.verborgen@example.test' });
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const { client: member } = await loggedIn(api, 'MEMBER');
    const SEARCH = 'query($s: String) { users(search: $s) { id } }';
    const found = async (client: Client, search: string) =>
      (await client.ok<{ users: { id: string }[] }>(SEARCH, { s: search })).users.map((user) => user.id);
    expect(await found(liaison, 'Zoekbaar')).toEqual([person.id]);
    expect(await found(liaison, 'verborgen')).toEqual([]);
    expect(await found(member, 'verborgen')).toEqual([person.id]);
  });

  it('shows a liaison everything of themselves, on signing in and in `me`', async () => {
    const user = await makeUser(api, 'LIAISON', { weeklyHours: 2 });
    const FIELDS = 'id email role weeklyHours locale active';
    const client = new Client(api);
    const { login } = await client.ok<{ login: Record<string, unknown> }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { ${FIELDS} } }`,
      { e: user.email, p: TEST_PASSWORD },
    );
    const expected = { id: user.id, email: user.email, role: 'LIAISON', weeklyHours: 2, locale: 'nl', active: true };
    expect(login).toEqual(expected);
    expect((await client.ok<{ me: Record<string, unknown> }>(`{ me { ${FIELDS} } }`)).me).toEqual(expected);
  });
});
