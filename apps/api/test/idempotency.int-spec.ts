import { randomBytes, randomUUID } from 'node:crypto';
import { Client, loggedIn, makeChannel, makeUser, startApi, type GraphQLResponse, type TestApi } from './harness';

let api: TestApi;
let admin: Client;

beforeAll(async () => {
  api = await startApi();
  ({ client: admin } = await loggedIn(api, 'ADMIN'));
});
afterAll(() => api.close());

const unique = () => randomBytes(4).toString('hex');
const START = '2031-03-11T09:00:00.000Z';
const END = '2031-03-11T11:00:00.000Z';

async function anEvent(): Promise<string> {
  const res = await admin.ok<{ createEvent: { id: string } }>(
    'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
    { i: { title: `Evenement ${unique()}`, startsAt: START, endsAt: END } },
  );
  return res.createEvent.id;
}

async function aPost(channelId: string): Promise<string> {
  const res = await admin.ok<{ createPost: { id: string } }>(
    'mutation($i: PostInput!) { createPost(input: $i) { id } }',
    { i: { title: 'Bericht', body: 'Tekst', channelId } },
  );
  return res.createPost.id;
}

interface Creation {
  table: string;
  field: string;
  request: () => Promise<{ query: string; variables: Record<string, unknown> }>;
}

/** Every creating mutation, with fresh input each time it is asked for one. */
const CREATIONS: Record<string, Creation> = {
  createDepartment: {
    table: 'departments',
    field: 'createDepartment',
    request: async () => ({
      query: 'mutation($i: DepartmentInput!, $k: String) { createDepartment(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { name: `Afdeling ${unique()}`, color: '#336699' } },
    }),
  },
  createTheme: {
    table: 'themes',
    field: 'createTheme',
    request: async () => ({
      query: 'mutation($i: ThemeInput!, $k: String) { createTheme(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { name: `Thema ${unique()}`, color: '#993366' } },
    }),
  },
  createAudience: {
    table: 'audiences',
    field: 'createAudience',
    request: async () => ({
      query: 'mutation($i: AudienceInput!, $k: String) { createAudience(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { name: `Doelgroep ${unique()}` } },
    }),
  },
  createChannel: {
    table: 'channels',
    field: 'createChannel',
    request: async () => ({
      query: 'mutation($i: ChannelInput!, $k: String) { createChannel(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { name: `Kanaal ${unique()}`, kind: 'FACEBOOK' } },
    }),
  },
  createUser: {
    table: 'users',
    field: 'createUser',
    request: async () => ({
      query: 'mutation($i: UserInput!, $k: String) { createUser(input: $i, idempotencyKey: $k) { id } }',
      variables: {
        i: { name: 'Nieuw', email: `nieuw-${unique()}@example.test`, role: 'MEMBER', password: 'een goed wachtwoord' },
      },
    }),
  },
  createEvent: {
    table: 'events',
    field: 'createEvent',
    request: async () => ({
      query: 'mutation($i: EventInput!, $k: String) { createEvent(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { title: 'Opening', startsAt: START, endsAt: END } },
    }),
  },
  submitEventRequest: {
    table: 'events',
    field: 'submitEventRequest',
    request: async () => ({
      query:
        'mutation($i: EventRequestInput!, $k: String) { submitEventRequest(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { title: 'Aanvraag', startsAt: START, endsAt: END, note: 'Graag' } },
    }),
  },
  createRubric: {
    table: 'rubrics',
    field: 'createRubric',
    request: async () => ({
      query: 'mutation($i: RubricInput!, $k: String) { createRubric(input: $i, idempotencyKey: $k) { id } }',
      variables: {
        i: {
          name: `Rubriek ${unique()}`,
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          startsOn: '2031-01-01',
          endsOn: '2031-03-01',
          time: '10:00',
          channelIds: [(await makeChannel(api)).id],
        },
      },
    }),
  },
  createAdHocSlot: {
    table: 'slots',
    field: 'createAdHocSlot',
    request: async () => ({
      query: 'mutation($i: AdHocSlotInput!, $k: String) { createAdHocSlot(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { startsAt: START, title: 'Vrije ruimte' } },
    }),
  },
  assign: {
    table: 'assignments',
    field: 'assign',
    request: async () => ({
      query: 'mutation($i: AssignInput!, $k: String) { assign(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { role: 'COVER', userId: (await makeUser(api, 'MEMBER')).id, eventId: await anEvent() } },
    }),
  },
  createPost: {
    table: 'posts',
    field: 'createPost',
    request: async () => ({
      query: 'mutation($i: PostInput!, $k: String) { createPost(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { title: 'Bericht', body: 'Tekst', channelId: (await makeChannel(api)).id } },
    }),
  },
  createSiblingPost: {
    table: 'posts',
    field: 'createSiblingPost',
    request: async () => ({
      query:
        'mutation($id: ID!, $c: ID!, $k: String) { createSiblingPost(id: $id, channelId: $c, idempotencyKey: $k) { id } }',
      variables: { id: await aPost((await makeChannel(api)).id), c: (await makeChannel(api)).id },
    }),
  },
  addComment: {
    table: 'comments',
    field: 'addComment',
    request: async () => ({
      query: 'mutation($i: CommentInput!, $k: String) { addComment(input: $i, idempotencyKey: $k) { id } }',
      variables: { i: { body: 'Goed plan', eventId: await anEvent() } },
    }),
  },
};

async function rows(table: string): Promise<number> {
  const [{ n }] = await api.db.query(`SELECT count(*)::int AS n FROM ${table}`);
  return n;
}

function createdId(res: GraphQLResponse, field: string): string {
  if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return (res.data as Record<string, { id: string }>)[field].id;
}

describe('an idempotency key on a creating mutation', () => {
  it.each(Object.keys(CREATIONS))(
    'makes two concurrent %s requests and a later retry create one thing, answered three times',
    async (name) => {
      const creation = CREATIONS[name];
      const { query, variables } = await creation.request();
      const before = await rows(creation.table);
      const key = randomUUID();
      const [first, twin] = await Promise.all([
        admin.gql(query, { ...variables, k: key }),
        admin.gql(query, { ...variables, k: key }),
      ]);
      const retry = await admin.gql(query, { ...variables, k: key });
      const id = createdId(first, creation.field);
      expect(createdId(twin, creation.field)).toBe(id);
      expect(createdId(retry, creation.field)).toBe(id);
      expect(await rows(creation.table)).toBe(before + 1);
      const [{ n }] = await api.db.query('SELECT count(*)::int AS n FROM idempotency_keys WHERE key = $1', [key]);
      expect(n).toBe(1);
    },
  );

  it('creates again with another key, and belongs to one person: the same key from someone else is theirs', async () => {
    const { query, variables } = await CREATIONS.createEvent.request();
    const key = randomUUID();
    const mine = createdId(await admin.gql(query, { ...variables, k: key }), 'createEvent');
    const again = createdId(await admin.gql(query, { ...variables, k: randomUUID() }), 'createEvent');
    const { client: colleague } = await loggedIn(api, 'MEMBER');
    const theirs = createdId(await colleague.gql(query, { ...variables, k: key }), 'createEvent');
    expect(new Set([mine, again, theirs]).size).toBe(3);
  });

  it('refuses a key used before for another mutation, an empty key and a key of more than 200 characters', async () => {
    const key = randomUUID();
    const department = await CREATIONS.createDepartment.request();
    createdId(await admin.gql(department.query, { ...department.variables, k: key }), 'createDepartment');
    const theme = await CREATIONS.createTheme.request();
    for (const k of [key, ' ', 'k'.repeat(201)]) {
      const res = await admin.gql(theme.query, { ...theme.variables, k });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { idempotencyKey: expect.any(String) },
      });
    }
  });

  it('does not keep the key of a request that failed, so its corrected retry creates', async () => {
    const key = randomUUID();
    const bad = await admin.gql(
      'mutation($i: DepartmentInput!, $k: String) { createDepartment(input: $i, idempotencyKey: $k) { id } }',
      { i: { name: '', color: '#336699' }, k: key },
    );
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const good = await CREATIONS.createDepartment.request();
    expect(createdId(await admin.gql(good.query, { ...good.variables, k: key }), 'createDepartment')).toEqual(
      expect.any(String),
    );
  });
});
