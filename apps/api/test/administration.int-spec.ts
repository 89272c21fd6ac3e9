import type { Role } from '@planbord/domain';
import {
  Client,
  loggedIn,
  makeAudience,
  makeChannel,
  makeDepartment,
  makeTheme,
  makeUser,
  startApi,
  type TestApi,
} from './harness';

let api: TestApi;
const clients = {} as Record<Role, Client>;
beforeAll(async () => {
  api = await startApi();
  for (const role of ['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'] as Role[])
    clients[role] = (await loggedIn(api, role)).client;
});
afterAll(async () => {
  await api.close();
});

/** Every administration mutation with valid variables, made fresh for each call. */
const adminMutations: Record<string, () => Promise<[string, Record<string, unknown>]>> = {
  createUser: async () => [
    'mutation($i: UserInput!) { createUser(input: $i) { id } }',
    { i: { name: 'Nieuw', email: `n${Math.random()}@example.test`, role: 'MEMBER', password: 'een goed wachtwoord' } },
  ],
  updateUser: async () => [
    'mutation($id: ID!) { updateUser(id: $id, input: { name: "Anders" }) { id } }',
    { id: (await makeUser(api, 'MEMBER')).id },
  ],
  setUserActive: async () => [
    'mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }',
    { id: (await makeUser(api, 'MEMBER')).id },
  ],
  createDepartment: async () => [
    'mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }',
    { i: { name: `Afd ${Math.random()}`, color: '#112233' } },
  ],
  updateDepartment: async () => [
    'mutation($id: ID!, $i: DepartmentInput!) { updateDepartment(id: $id, input: $i) { id } }',
    { id: (await makeDepartment(api)).id, i: { name: `Afd ${Math.random()}`, color: '#112233' } },
  ],
  createTheme: async () => [
    'mutation($i: ThemeInput!) { createTheme(input: $i) { id } }',
    { i: { name: `Thema ${Math.random()}`, color: '#112233' } },
  ],
  updateTheme: async () => [
    'mutation($id: ID!, $i: ThemeInput!) { updateTheme(id: $id, input: $i) { id } }',
    { id: (await makeTheme(api)).id, i: { name: `Thema ${Math.random()}`, color: '#445566' } },
  ],
  createAudience: async () => [
    'mutation($i: AudienceInput!) { createAudience(input: $i) { id } }',
    { i: { name: `Doelgroep ${Math.random()}` } },
  ],
  updateAudience: async () => [
    'mutation($id: ID!, $i: AudienceInput!) { updateAudience(id: $id, input: $i) { id } }',
    { id: (await makeAudience(api)).id, i: { name: `Doelgroep ${Math.random()}` } },
  ],
  createChannel: async () => [
    'mutation($i: ChannelInput!) { createChannel(input: $i) { id } }',
    { i: { name: `Kanaal ${Math.random()}`, kind: 'INSTAGRAM' } },
  ],
  updateChannel: async () => [
    'mutation($id: ID!) { updateChannel(id: $id, input: { active: false }) { id } }',
    { id: (await makeChannel(api)).id },
  ],
};

describe('administration permissions', () => {
  for (const [name, make] of Object.entries(adminMutations)) {
    it(`${name}: allowed for ADMIN, FORBIDDEN for EDITOR, MEMBER and LIAISON, UNAUTHENTICATED anonymously`, async () => {
      for (const role of ['EDITOR', 'MEMBER', 'LIAISON'] as Role[]) {
        const res = await clients[role].gql(...(await make()));
        expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
      }
      const anonymous = await new Client(api).gql(...(await make()));
      expect(anonymous.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
      const res = await clients.ADMIN.gql(...(await make()));
      expect(res.errors).toBeUndefined();
    });
  }

  it('lets every role read the reference data, and only admins read history', async () => {
    for (const role of ['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'] as Role[]) {
      expect(
        (await clients[role].gql('{ departments { id } channels { id } themes { id } audiences { id } users { id } }'))
          .errors,
      ).toBeUndefined();
    }
    const dept = await makeDepartment(api);
    const history = '{ auditTrail(entityType: "Department", entityId: "' + dept.id + '") { id } }';
    expect((await clients.EDITOR.gql(history)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await clients.ADMIN.gql(history)).errors).toBeUndefined();
  });
});

describe('people', () => {
  const CREATE =
    'mutation($i: UserInput!) { createUser(input: $i) { id name email role locale weeklyHours active department { name } version } }';

  it('creates a person who can then log in, with the e-mail address in lower case', async () => {
    const dept = await makeDepartment(api, 'Bibliotheek test');
    const { createUser } = await clients.ADMIN.ok<{ createUser: Record<string, unknown> }>(CREATE, {
      i: {
        name: ' Sem de Wit ',
        email: 'Sem.deWit@Example.test',
        role: 'LIAISON',
        password: 'bibliotheek-2026',
        departmentId: dept.id,
        weeklyHours: 4,
        locale: 'en',
      },
    });
    expect(createUser).toMatchObject({
      name: 'Sem de Wit',
      email: 'sem.dewit@example.test',
      role: 'LIAISON',
      locale: 'en',
      weeklyHours: 4,
      active: true,
      department: { name: 'Bibliotheek test' },
      version: 1,
    });
    const sem = await new Client(api).login('SEM.DEWIT@example.test', 'bibliotheek-2026');
    expect((await sem.ok<{ me: { name: string } }>('{ me { name } }')).me.name).toBe('Sem de Wit');
  });

  it('names every bad field, in the language of the admin', async () => {
    const res = await clients.ADMIN.gql(CREATE, {
      i: {
        name: '',
        email: 'geen-adres',
        role: 'MEMBER',
        password: 'kort',
        weeklyHours: 99,
        locale: 'fr',
        departmentId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        name: 'Vul dit veld in.',
        email: 'Dit is geen geldig e-mailadres.',
        password: 'Minimaal 10 tekens.',
        weeklyHours: 'Kies een getal van 0 tot en met 60.',
        locale: 'Kies een van de mogelijkheden.',
        departmentId: 'Dit bestaat niet (meer).',
      },
    });
    const english = await loggedIn(api, 'ADMIN', { locale: 'en' });
    const en = await english.client.gql(CREATE, {
      i: { name: 'x'.repeat(121), email: 'a@b.nl', role: 'MEMBER', password: 'lang genoeg wachtwoord' },
    });
    expect(en.errors?.[0].extensions.fields).toEqual({ name: 'At most 120 characters.' });
  });

  it('refuses an e-mail address that is taken, whatever its case', async () => {
    const existing = await makeUser(api, 'MEMBER');
    const res = await clients.ADMIN.gql(CREATE, {
      i: { name: 'Dubbel', email: existing.email.toUpperCase(), role: 'MEMBER', password: 'een goed wachtwoord' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { email: 'Deze waarde is al in gebruik.' },
    });
  });

  it('gives an unknown enum value BAD_USER_INPUT with the field, not a server error', async () => {
    const res = await clients.ADMIN.gql(CREATE, {
      i: { name: 'Koning', email: 'koning@example.test', role: 'KING', password: 'een goed wachtwoord' },
    });
    expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions.fields).toHaveProperty('role');
  });

  it('detects concurrent edits: the second save with a stale version gets VERSION_CONFLICT and changes nothing', async () => {
    const person = await makeUser(api, 'MEMBER', { name: 'Origineel' });
    const UPDATE =
      'mutation($id: ID!, $v: Int, $name: String) { updateUser(id: $id, expectedVersion: $v, input: { name: $name }) { name version } }';
    expect(
      (await clients.ADMIN.ok<{ updateUser: { version: number } }>(UPDATE, { id: person.id, v: 1, name: 'Eerste' }))
        .updateUser.version,
    ).toBe(2);
    const second = await clients.ADMIN.gql(UPDATE, { id: person.id, v: 1, name: 'Tweede' });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 2 });
    const users = await clients.ADMIN.ok<{ users: { id: string; name: string }[] }>('{ users(take: 200) { id name } }');
    expect(users.users.find((u) => u.id === person.id)?.name).toBe('Eerste');
  });

  it('answers NOT_FOUND for an unknown id, and BAD_USER_INPUT naming the field for one that is no id at all', async () => {
    const unknown = await clients.ADMIN.gql(
      'mutation { updateUser(id: "00000000-0000-4000-8000-000000000000", input: { name: "X" }) { id } }',
    );
    expect(unknown.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const malformed = await clients.ADMIN.gql('mutation { setUserActive(id: "not-a-uuid", active: false) { id } }');
    expect(malformed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { id: 'Dit is geen geldige verwijzing.' },
    });
  });

  it('never deletes: deactivated people disappear from lists but stay available on request', async () => {
    const person = await makeUser(api, 'MEMBER', { name: 'Zzz Vertrokken' });
    await clients.ADMIN.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', {
      id: person.id,
    });
    const active = await clients.ADMIN.ok<{ users: { id: string }[] }>('{ users(take: 200) { id } }');
    expect(active.users.map((u) => u.id)).not.toContain(person.id);
    const all = await clients.ADMIN.ok<{ users: { id: string; active: boolean }[] }>(
      '{ users(take: 200, includeInactive: true, search: "vertrokken") { id active } }',
    );
    expect(all.users).toEqual([{ id: person.id, active: false }]);
  });

  it('keeps at least one active administrator and does not let admins deactivate themselves', async () => {
    const solo = await startApi();
    try {
      const { user, client } = await loggedIn(solo, 'ADMIN');
      const self = await client.gql('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', {
        id: user.id,
      });
      expect(self.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { active: expect.any(String) },
      });
      const demote = await client.gql('mutation($id: ID!) { updateUser(id: $id, input: { role: MEMBER }) { id } }', {
        id: user.id,
      });
      expect(demote.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { role: expect.any(String) },
      });
    } finally {
      await solo.close();
    }
  });

  it('bounds list sizes', async () => {
    const res = await clients.ADMIN.gql('{ users(take: 5000) { id } }');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { take: expect.any(String) } });
  });
});

describe('reference data', () => {
  it('validates colours, names and uniqueness', async () => {
    const existing = await makeTheme(api, 'Afval test');
    const res = await clients.ADMIN.gql(
      'mutation { createTheme(input: { name: "AFVAL TEST", color: "groen" }) { id } }',
    );
    expect(res.errors?.[0].extensions.fields).toEqual({
      name: 'Deze waarde is al in gebruik.',
      color: 'Gebruik een kleur als #1a6b8f.',
    });
    const ok = await clients.ADMIN.ok<{ updateTheme: { name: string; color: string } }>(
      `mutation { updateTheme(id: "${existing.id}", input: { name: "Afval test", color: "#AABBCC" }) { name color } }`,
    );
    expect(ok.updateTheme).toEqual({ name: 'Afval test', color: '#aabbcc' });
  });

  it('creates a channel with its owner and audiences, and changes them', async () => {
    const owner = await makeDepartment(api);
    const [youth, seniors] = [await makeAudience(api), await makeAudience(api)];
    const FIELDS = '{ id name kind handle active version ownerDepartment { id } audiences { id } }';
    const { createChannel } = await clients.ADMIN.ok<{ createChannel: { id: string; audiences: { id: string }[] } }>(
      `mutation($i: ChannelInput!) { createChannel(input: $i) ${FIELDS} }`,
      {
        i: {
          name: 'TikTok test',
          kind: 'TIKTOK',
          handle: '@lindeveld',
          ownerDepartmentId: owner.id,
          audienceIds: [youth.id],
        },
      },
    );
    expect(createChannel).toMatchObject({
      kind: 'TIKTOK',
      handle: '@lindeveld',
      ownerDepartment: { id: owner.id },
      audiences: [{ id: youth.id }],
      active: true,
    });
    const { updateChannel } = await clients.ADMIN.ok<{
      updateChannel: { audiences: { id: string }[]; active: boolean; version: number };
    }>(`mutation($id: ID!, $i: ChannelPatch!) { updateChannel(id: $id, input: $i, expectedVersion: 1) ${FIELDS} }`, {
      id: createChannel.id,
      i: { audienceIds: [seniors.id], active: false },
    });
    expect(updateChannel).toMatchObject({ audiences: [{ id: seniors.id }], active: false, version: 2 });
    const bad = await clients.ADMIN.gql('mutation($i: ChannelInput!) { createChannel(input: $i) { id } }', {
      i: {
        name: 'Ander kanaal',
        kind: 'X',
        handle: 'h'.repeat(201),
        audienceIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(Object.keys(bad.errors?.[0].extensions.fields as object).sort()).toEqual(['audienceIds', 'handle']);
  });
});

describe('audit', () => {
  it('records every administration change with actor, before and after, readable by admins', async () => {
    const { user: admin, client } = await loggedIn(api, 'ADMIN', { name: 'Auditor Admin' });
    const { createDepartment } = await client.ok<{ createDepartment: { id: string } }>(
      'mutation { createDepartment(input: { name: "Audit afdeling", color: "#123456" }) { id } }',
    );
    await client.ok(
      `mutation { updateDepartment(id: "${createDepartment.id}", expectedVersion: 1, input: { name: "Audit afdeling 2", color: "#123456" }) { id } }`,
    );
    const { auditTrail } = await client.ok<{
      auditTrail: { action: string; actorId: string; actorName: string; before: string | null; after: string }[];
    }>(
      `{ auditTrail(entityType: "Department", entityId: "${createDepartment.id}") { action actorId actorName before after } }`,
    );
    expect(auditTrail.map((e) => e.action)).toEqual(['update', 'create']);
    expect(auditTrail[0]).toMatchObject({ actorId: admin.id, actorName: 'Auditor Admin' });
    expect(JSON.parse(auditTrail[0].before!).name).toBe('Audit afdeling');
    expect(JSON.parse(auditTrail[0].after).name).toBe('Audit afdeling 2');
  });

  it('never stores password hashes in history', async () => {
    const { client } = await loggedIn(api, 'ADMIN');
    const { createUser } = await client.ok<{ createUser: { id: string } }>(
      'mutation { createUser(input: { name: "Geheim", email: "geheim@example.test", role: MEMBER, password: "een goed wachtwoord" }) { id } }',
    );
    const rows: { after: object }[] = await api.db.query('SELECT after FROM audit_entries WHERE entity_id = $1', [
      createUser.id,
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/password|argon2/i);
  });

  it('writes nothing when a change is refused', async () => {
    const before: { n: string }[] = await api.db.query('SELECT count(*) AS n FROM audit_entries');
    await clients.MEMBER.gql('mutation { createTheme(input: { name: "Geweigerd", color: "#000000" }) { id } }');
    await clients.ADMIN.gql('mutation { createTheme(input: { name: "", color: "#000000" }) { id } }');
    const after: { n: string }[] = await api.db.query('SELECT count(*) AS n FROM audit_entries');
    expect(after[0].n).toBe(before[0].n);
  });
});

describe('input', () => {
  const THEME = 'mutation($id: ID!, $i: ThemeInput!) { updateTheme(id: $id, input: $i) { id name } }';

  it('refuses an id that is no UUID, also inside a list and when empty, before anything reads the database', async () => {
    const theme = await makeTheme(api);
    const updateTheme = await clients.ADMIN.gql(THEME, { id: 'abc', i: { name: 'Afval', color: '#112233' } });
    expect(updateTheme.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { id: 'Dit is geen geldige verwijzing.' },
    });
    const inList = await clients.ADMIN.gql('mutation($i: ChannelInput!) { createChannel(input: $i) { id } }', {
      i: { name: 'Lijst', kind: 'X', audienceIds: [(await makeAudience(api)).id, ''] },
    });
    expect(inList.errors?.[0].extensions.fields).toEqual({ audienceIds: 'Dit is geen geldige verwijzing.' });
    const literal = await clients.ADMIN.gql(
      'mutation { updateTheme(id: "", input: { name: "Afval", color: "#112233" }) { id } }',
    );
    expect(literal.errors?.[0].extensions.fields).toEqual({ id: 'Dit is geen geldige verwijzing.' });
    const asNumber = await clients.ADMIN.gql(THEME, { id: 12, i: { name: 'Afval', color: '#112233' } });
    expect(asNumber.errors?.[0].extensions.fields).toEqual({ id: 'Dit is geen geldige verwijzing.' });
    expect(
      (await clients.ADMIN.ok<{ themes: { id: string; name: string }[] }>('{ themes(take: 200) { id name } }')).themes,
    ).toContainEqual({ id: theme.id, name: theme.name });
  });

  it('refuses NUL characters, lone surrogates and overlong texts in any field, in the language of the person', async () => {
    const english = (await loggedIn(api, 'ADMIN', { locale: 'en' })).client;
    const department = 'mutation($i: DepartmentInput!) { createDepartment(input: $i) { id } }';
    expect(
      (await english.gql(department, { i: { name: 'Afval\u0000', color: '#112233' } })).errors?.[0].extensions.fields,
    ).toEqual({ name: 'This text contains characters that are not allowed.' });
    expect(
      (await clients.ADMIN.gql(department, { i: { name: 'x\uD800y', color: '#112233' } })).errors?.[0].extensions
        .fields,
    ).toEqual({ name: 'Deze tekst bevat tekens die niet zijn toegestaan.' });
    expect((await clients.ADMIN.gql('{ users(search: "\\u0000") { id } }')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { search: 'Deze tekst bevat tekens die niet zijn toegestaan.' },
    });
    expect(
      (await clients.ADMIN.gql(department, { i: { name: 'x'.repeat(100_001), color: '#112233' } })).errors?.[0]
        .extensions.fields,
    ).toEqual({ name: 'Maximaal 100000 tekens.' });
    const written: { n: number }[] = await api.db.query(
      "SELECT count(*)::int AS n FROM departments WHERE name LIKE 'Afval%' OR name LIKE 'x%'",
    );
    expect(written[0].n).toBe(0);
  });

  it('needs an offset on every instant and keeps instants and dates between 1900 and 2200', async () => {
    const event =
      'mutation($s: DateTime!, $e: DateTime!) { createEvent(input: { title: "Markt", startsAt: $s, endsAt: $e }) { id startsAt } }';
    expect(
      (await clients.MEMBER.gql(event, { s: '2031-05-06T10:00:00', e: '2031-05-06T12:00:00+02:00' })).errors?.[0]
        .extensions.fields,
    ).toEqual({ startsAt: 'Geef een tijdstip met tijdzone, zoals 2027-03-01T09:30:00+01:00.' });
    expect(
      (await clients.MEMBER.gql(event, { s: '0000-01-01T00:00:00Z', e: '+275760-09-13T00:00:00Z' })).errors?.[0]
        .extensions.fields,
    ).toEqual({ startsAt: 'Kies een datum tussen 1900 en 2200.', endsAt: 'Dit is geen geldige datum of tijd.' });
    const offset = await clients.MEMBER.ok<{ createEvent: { startsAt: string } }>(event, {
      s: '2031-05-06T10:00:00+02:00',
      e: '2031-05-06T12:00:00+02:00',
    });
    expect(offset.createEvent.startsAt).toBe('2031-05-06T08:00:00.000Z');
    const channel = await makeChannel(api);
    const rubric =
      'mutation($c: [ID!]!, $s: Date!) { createRubric(input: { name: "Oud", channelIds: $c, rrule: "FREQ=WEEKLY", startsOn: $s, time: "10:00" }) { id } }';
    expect(
      (await clients.MEMBER.gql(rubric, { c: [channel.id], s: '0000-01-01' })).errors?.[0].extensions.fields,
    ).toEqual({ startsOn: 'Kies een datum tussen 1900 en 2200.' });
    expect(
      (await clients.MEMBER.gql(rubric, { c: [channel.id], s: '+275760-09-13' })).errors?.[0].extensions.fields,
    ).toEqual({ startsOn: 'Dit is geen geldige datum of tijd.' });
    const inline = await clients.MEMBER.gql(
      '{ calendar(from: "2031-05-06T00:00:00", to: "2031-05-07T00:00:00Z") { from } }',
    );
    expect(inline.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(inline.errors?.[0].message).toMatch(/time zone/);
  });

  it('turns a name that the database finds taken into a field error', async () => {
    // A removed theme still holds its name in the unique index, though no list shows it.
    const removed = await makeTheme(api, 'Verwijderd thema');
    await api.db.query('UPDATE themes SET deleted_at = now() WHERE id = $1', [removed.id]);
    const res = await clients.ADMIN.gql(
      'mutation { createTheme(input: { name: "verwijderd THEMA", color: "#112233" }) { id } }',
    );
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { name: 'Deze waarde is al in gebruik.' },
    });
  });

  it('gives one of two simultaneous creations of the same name the name, and the other a field error', async () => {
    const create = () => clients.ADMIN.gql('mutation { createAudience(input: { name: "Tegelijk" }) { id } }');
    const results = await Promise.all([create(), create(), create(), create()]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    for (const refused of results.filter((r) => r.errors))
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { name: 'Deze waarde is al in gebruik.' },
      });
  });
});

describe('errors', () => {
  it('never leak internals: an unexpected failure reaches the client only as an id', async () => {
    await api.db.query('ALTER TABLE audiences RENAME TO audiences_elsewhere');
    try {
      const res = await clients.ADMIN.gql('{ audiences { id } }');
      const error = res.errors?.[0];
      expect(error?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      expect(error?.extensions.errorId).toMatch(/^[0-9a-f-]{36}$/);
      expect(JSON.stringify(res)).not.toMatch(
        /stack|SELECT|QueryFailedError|audiences_elsewhere|relation|does not exist/i,
      );
    } finally {
      await api.db.query('ALTER TABLE audiences_elsewhere RENAME TO audiences');
    }
  });
});
