import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  execute,
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type ExecutionResult,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { RequestLoaders, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import type { User } from '@planbord/api-identity';
import {
  Client,
  loggedIn,
  makeChannel,
  makeDepartment,
  makeTheme,
  makeUser,
  startApi,
  type GraphQLResponse,
  type TestApi,
} from './harness';

/**
 * Queries run compiled by graphql-jit. Each answer here is compared with what graphql-js itself makes of the same
 * document on the same schema, resolvers and data (data, error codes and paths, so null-bubbling too), and the
 * contract's behaviour is asserted over HTTP: permissions, error codes with their extensions, the DateTime scalar.
 */
let api: TestApi;
let editor: { user: User; client: Client };
let liaison: { user: User; client: Client };
const ids: { event: string; request: string; slot: string } = { event: '', request: '', slot: '' };

// A fixed window far from today: March 2031.
const FROM = '2031-03-01T00:00:00+01:00';
const TO = '2031-04-01T00:00:00+02:00';

const CALENDAR = `query Calendar($from: DateTime!, $to: DateTime!) {
  calendar(from: $from, to: $to) {
    from to
    events { id title startsAt endsAt allDay startDate status coverage department { name color } themes { name color } assignments { role status estimatedMinutes user { name } } requestedBy { name } }
    slots { id kind status startsAt title rubric { name startsOn theme { color } channels { name } owner { name } } channel { name } assignments { role user { name } } }
  }
}`;

beforeAll(async () => {
  api = await startApi();
  editor = await loggedIn(api, 'EDITOR');
  liaison = await loggedIn(api, 'LIAISON');
  const member = await makeUser(api, 'MEMBER');
  const [department, themeA, themeB, channel] = [
    await makeDepartment(api),
    await makeTheme(api, 'Zorg 2031'),
    await makeTheme(api, 'Afval 2031'),
    await makeChannel(api),
  ];
  const { createEvent } = await editor.client.ok<{ createEvent: { id: string } }>(
    'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
    {
      i: {
        title: 'Opening brede school',
        startsAt: '2031-03-12T09:00:00+01:00',
        endsAt: '2031-03-12T11:30:00+01:00',
        departmentId: department.id,
        themeIds: [themeA.id, themeB.id],
      },
    },
  );
  ids.event = createEvent.id;
  await editor.client.ok('mutation($i: EventInput!) { createEvent(input: $i) { id } }', {
    i: {
      title: 'Koningsdag',
      startsAt: '2031-03-20T00:00:00+01:00',
      endsAt: '2031-03-21T00:00:00+01:00',
      allDay: true,
    },
  });
  const { submitEventRequest } = await liaison.client.ok<{ submitEventRequest: { id: string } }>(
    'mutation($i: EventRequestInput!) { submitEventRequest(input: $i) { id } }',
    {
      i: { title: 'Buurtfeest Molenbuurt', startsAt: '2031-03-15T14:00:00+01:00', endsAt: '2031-03-15T17:00:00+01:00' },
    },
  );
  ids.request = submitEventRequest.id;
  await editor.client.ok('mutation($i: RubricInput!) { createRubric(input: $i) { id } }', {
    i: {
      name: 'Wijk in beeld 2031',
      rrule: 'FREQ=WEEKLY;BYDAY=TU',
      startsOn: '2031-03-01',
      endsOn: '2031-03-31',
      time: '10:15',
      channelIds: [channel.id],
      themeId: themeA.id,
      ownerId: member.id,
    },
  });
  const { createAdHocSlot } = await editor.client.ok<{ createAdHocSlot: { id: string } }>(
    'mutation($i: AdHocSlotInput!) { createAdHocSlot(input: $i) { id } }',
    { i: { startsAt: '2031-03-18T13:00:00+01:00', title: 'Vrije ruimte', channelId: channel.id } },
  );
  ids.slot = createAdHocSlot.id;
  for (const [role, target] of [
    ['COVER', { eventId: ids.event }],
    ['PUBLISH', { eventId: ids.event }],
    ['WRITE', { slotId: ids.slot }],
  ] as const) {
    await editor.client.ok('mutation($i: AssignInput!) { assign(input: $i) { id } }', {
      i: { role, userId: member.id, ...target },
    });
  }
});
afterAll(async () => {
  await api.close();
});

/** What graphql-js makes of a document with the context the API builds for this person. */
async function withGraphQLJs(
  person: User,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<ExecutionResult> {
  const user: SessionUser = {
    id: person.id,
    name: person.name,
    role: person.role,
    locale: 'nl',
    sessionId: '00000000-0000-4000-8000-000000000000',
  };
  const context = {
    req: { user, locale: 'nl' },
    res: undefined,
    loaders: new RequestLoaders(),
    db: api.db,
  } as unknown as GraphQLContext;
  return execute({
    schema: api.app.get(GraphQLSchemaHost).schema,
    document: parse(query),
    contextValue: context,
    variableValues: variables,
  });
}

/** Data, and each error as its code at its path, in a fixed order. */
function outcome(result: GraphQLResponse | ExecutionResult) {
  const errors = (result.errors ?? []).map((e) => `${(e.path ?? []).join('.')} ${String(e.extensions?.code)}`).sort();
  return { data: JSON.parse(JSON.stringify(result.data ?? null)) as unknown, errors };
}

async function expectSameAsGraphQLJs(
  person: { user: User; client: Client },
  query: string,
  variables: Record<string, unknown> = {},
) {
  const compiled = await person.client.gql(query, variables);
  const reference = await withGraphQLJs(person.user, query, variables);
  expect(outcome(compiled)).toEqual(outcome(reference));
  return compiled;
}

/**
 * An operation of the web app as Apollo Client sends it: with the fragments it uses (from any feature's documents)
 * and `__typename` in every selection below the root.
 */
function webOperation(name: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name.endsWith('.graphql')) files.push(join(dir, entry.name));
    }
  };
  walk(join(__dirname, '..', '..', '..', 'libs', 'web'));
  const definitions = files.flatMap((file) => parse(readFileSync(file, 'utf8')).definitions as DefinitionNode[]);
  const fragments = new Map(
    definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const operation = definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name,
  )!;
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        if (used.has(spread.name.value)) return;
        const fragment = fragments.get(spread.name.value)!;
        used.set(spread.name.value, fragment);
        collect(fragment);
      },
    });
  collect(operation);
  const document = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] } as const;
  return print(
    visit(document, {
      SelectionSet(node: SelectionSetNode, _key, parent) {
        const root = (parent as { kind?: string } | undefined)?.kind === Kind.OPERATION_DEFINITION;
        if (root || node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename'))
          return undefined;
        return {
          ...node,
          selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
        };
      },
    }),
  );
}

describe('queries compiled by graphql-jit', () => {
  it("answer the web app's own calendar document as graphql-js does, for the team and for a liaison", async () => {
    const query = webOperation('Calendar');
    expect(query).toContain('fragment CalendarEventFields');
    const team = await expectSameAsGraphQLJs(editor, query, { from: FROM, to: TO, filter: null });
    expect(team.errors).toBeUndefined();
    expect((team.data as { calendar: { events: { __typename: string }[] } }).calendar.events[0].__typename).toBe(
      'Event',
    );
    await expectSameAsGraphQLJs(liaison, query, { from: FROM, to: TO, filter: null });
  });

  it('answer the month calendar as graphql-js does, the second time from the compiled document', async () => {
    const first = await expectSameAsGraphQLJs(editor, CALENDAR, { from: FROM, to: TO });
    const again = await expectSameAsGraphQLJs(editor, CALENDAR, { from: FROM, to: TO });
    expect(again).toEqual(first);
    const calendar = (
      first.data as {
        calendar: {
          from: string;
          to: string;
          events: {
            title: string;
            startsAt: string;
            themes: { name: string }[];
            coverage: string;
            assignments: unknown[];
          }[];
          slots: { kind: string; rubric: { channels: unknown[]; owner: unknown } | null }[];
        };
      }
    ).calendar;
    // DateTime goes out as UTC ISO 8601 with milliseconds, whatever offset it came in with.
    expect(calendar).toMatchObject({ from: '2031-02-28T23:00:00.000Z', to: '2031-03-31T22:00:00.000Z' });
    const opening = calendar.events.find((e) => e.title === 'Opening brede school')!;
    expect(opening).toMatchObject({
      startsAt: '2031-03-12T08:00:00.000Z',
      coverage: 'COVERED',
      themes: [{ name: 'Afval 2031' }, { name: 'Zorg 2031' }],
    });
    expect(opening.assignments).toHaveLength(2);
    expect(calendar.events.some((e) => e.title === 'Buurtfeest Molenbuurt')).toBe(true);
    expect(calendar.slots.filter((s) => s.kind === 'RUBRIC')).toHaveLength(4);
    expect(calendar.slots.find((s) => s.kind === 'RUBRIC')?.rubric).toMatchObject({
      channels: [expect.any(Object)],
      owner: expect.any(Object),
    });
  });

  it("keep the visibility rules: a liaison sees planned events and their own request, not another liaison's", async () => {
    const other = await loggedIn(api, 'LIAISON');
    const mine = await expectSameAsGraphQLJs(liaison, CALENDAR, { from: FROM, to: TO });
    const theirs = await expectSameAsGraphQLJs(other, CALENDAR, { from: FROM, to: TO });
    const titles = (r: GraphQLResponse) =>
      (r.data as { calendar: { events: { title: string }[] } }).calendar.events.map((e) => e.title).sort();
    expect(titles(mine)).toEqual(['Buurtfeest Molenbuurt', 'Koningsdag', 'Opening brede school']);
    expect(titles(theirs)).toEqual(['Koningsdag', 'Opening brede school']);
  });

  it('refuse a field the permission table does not grant with FORBIDDEN at its path, and null-bubble as graphql-js does', async () => {
    // User.email is personal: a liaison sees only their own. It is non-null, and so are the job and its list: the
    // event (nullable) becomes null, and the other root field is still answered.
    const query = `query($id: ID!) { event(id: $id) { title assignments { user { name email } } } me { email } same: event(id: $id) { title } }`;
    const answer = await expectSameAsGraphQLJs(liaison, query, { id: ids.event });
    expect(answer.data).toEqual({
      event: null,
      me: { email: liaison.user.email },
      same: { title: 'Opening brede school' },
    });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        path: ['event', 'assignments', 0, 'user', 'email'],
        extensions: { code: 'FORBIDDEN' },
        locations: [{ line: 1, column: 68 }],
      }),
    ]);

    // Posts are the team's: the calendar itself is non-null, so the whole answer is null.
    const posts = await expectSameAsGraphQLJs(
      liaison,
      'query($from: DateTime!, $to: DateTime!) { calendar(from: $from, to: $to) { events { id posts { id } } } }',
      { from: FROM, to: TO },
    );
    expect(posts.data).toBeNull();
    expect(new Set(posts.errors?.map((e) => e.extensions.code))).toEqual(new Set(['FORBIDDEN']));
  });

  it('refuse someone who is not signed in with UNAUTHENTICATED', async () => {
    const answer = await new Client(api).gql(CALENDAR, { from: FROM, to: TO });
    expect(answer.data).toBeNull();
    expect(answer.errors).toEqual([
      expect.objectContaining({ path: ['calendar'], extensions: { code: 'UNAUTHENTICATED' } }),
    ]);
  });

  it('refuse bad input with BAD_USER_INPUT and the field, in variables and by the range rule', async () => {
    const time = await editor.client.gql(CALENDAR, { from: '2031-03-01T00:00:00', to: TO });
    expect(time.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', fields: { from: expect.any(String) } }),
      }),
    ]);
    const range = await expectSameAsGraphQLJs(editor, CALENDAR, { from: TO, to: FROM });
    expect(range.data).toBeNull();
    expect(range.errors).toEqual([
      expect.objectContaining({
        path: ['calendar'],
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: expect.objectContaining({ to: expect.any(String) }),
        }),
      }),
    ]);
    const wrongType = await editor.client.gql('query($id: ID!) { event(id: $id) { id } }', { id: { nested: true } });
    expect(wrongType.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });

  it('answer an unknown id with null, as graphql-js does', async () => {
    const answer = await expectSameAsGraphQLJs(
      editor,
      'query($id: ID!) { event(id: $id) { id } slot(id: $id) { id } }',
      { id: '7f1d3a52-5a8e-4a63-9b4e-2d8c51a0e6f1' },
    );
    expect(answer).toEqual({ data: { event: null, slot: null } });
  });

  it('run the named operation of a document with several, each compiled on its own', async () => {
    const document = 'query A($id: ID!) { event(id: $id) { title } } query B($id: ID!) { slot(id: $id) { title } }';
    const run = async (operationName: string) =>
      (
        await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: editor.client.cookie! },
          body: JSON.stringify({
            query: document,
            operationName,
            variables: { id: operationName === 'A' ? ids.event : ids.slot },
          }),
        })
      ).json();
    expect(await run('A')).toEqual({ data: { event: { title: 'Opening brede school' } } });
    expect(await run('B')).toEqual({ data: { slot: { title: 'Vrije ruimte' } } });
    expect(await run('A')).toEqual({ data: { event: { title: 'Opening brede school' } } });
  });

  it('leave mutations to graphql-js, with VERSION_CONFLICT and its current version as before', async () => {
    const update =
      'mutation($id: ID!, $v: Int!) { updateEvent(id: $id, expectedVersion: $v, input: { title: "Opening brede school De Linde" }) { version title } }';
    const { event } = await editor.client.ok<{ event: { version: number } }>(
      'query($id: ID!) { event(id: $id) { version } }',
      { id: ids.event },
    );
    const stale = await editor.client.gql(update, { id: ids.event, v: event.version + 5 });
    expect(stale.errors).toEqual([
      expect.objectContaining({
        path: ['updateEvent'],
        extensions: expect.objectContaining({ code: 'VERSION_CONFLICT', currentVersion: event.version }),
      }),
    ]);
  });
});
