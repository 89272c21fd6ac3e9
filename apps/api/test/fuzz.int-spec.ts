import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import type { Role } from '@planbord/domain';
import {
  Client,
  localTime,
  loggedIn,
  makeAudience,
  makeChannel,
  makeDepartment,
  makeTheme,
  makeUser,
  startApi,
  type TestApi,
} from './harness';

/**
 * Every mutation (and query) of the schema gets generated bad and random input (ids that are no UUID, NUL
 * characters, lone surrogates, huge and negative numbers, years 0 and 275760, times without a zone, empty and very
 * long texts, unknown enum values, in variables and inline) from each kind of caller. Whatever it is, the answer is
 * a GraphQL error with a known code or data: never INTERNAL_SERVER_ERROR, never HTTP 5xx, never internals in the text.
 *
 * The committed schema file is the one the API generates (schema.int-spec checks it), so new operations are fuzzed
 * as soon as `npm run schema` has run. Seeds are fixed, so a run is reproducible.
 */
const SCHEMA = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', 'libs', 'graphql-schema', 'schema.graphql'), 'utf8'),
);
type Caller = Exclude<Role, 'EDITOR'> | 'anonymous';
type Runs = Partial<Record<Caller, number>>;
/** Runs per operation: the deepest paths are open to administrators; the others mostly meet the permission table. */
const ROOTS: { keyword: 'mutation' | 'query'; fields: GraphQLField<unknown, unknown>[]; runs: Runs }[] = [
  {
    keyword: 'mutation',
    fields: Object.values(SCHEMA.getMutationType()?.getFields() ?? {}),
    runs: { ADMIN: 10, MEMBER: 5, LIAISON: 3, anonymous: 1 },
  },
  {
    keyword: 'query',
    fields: Object.values(SCHEMA.getQueryType()?.getFields() ?? {}),
    runs: { ADMIN: 4, LIAISON: 2, anonymous: 1 },
  },
];
const LEAKS =
  /QueryFailedError|TypeORM|EntityNotFound|\bat [\w.$<>]+ \(|node_modules|\/work\/|\.[jt]s:\d+:\d+|duplicate key value|violates .*constraint|invalid input syntax|syntax error at or near|relation "|column "|stacktrace/i;
const KNOWN_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'INVALID_TRANSITION',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
]);

let api: TestApi;
const callers = {} as Record<Caller, { client: Client; email?: string }>;
/** Real ids per type (User, Event, …), so that inputs get past "not found" into the services. */
const ids = new Map<string, string[]>();
const allIds = () => [...ids.values()].flat();
const PERSON_FIELDS = new Set(['user', 'owner', 'mention', 'assignee']);

/** The type an id argument or field refers to: `id` that of the root, `themeIds` Theme, `ownerId` User. */
function kindOf(field: string, root: GraphQLField<unknown, unknown>): string | null {
  if (field === 'id') return getNamedType(root.type).name;
  const stem = /(?:^|[A-Z])([a-z]+)Ids?$/
    .exec(field.replace(/^[a-z]/, (c) => c.toUpperCase()))?.[0]
    .replace(/Ids?$/, '')
    .toLowerCase();
  if (!stem) return null;
  return PERSON_FIELDS.has(stem) ? 'User' : stem[0].toUpperCase() + stem.slice(1);
}

beforeAll(async () => {
  // Generated requests come through a "proxy" from an address of their own, so that the failed logins among them
  // do not throttle the callers' own sign-in from 127.0.0.1.
  api = await startApi({ TRUST_PROXY: 'loopback' });
  for (const role of ['ADMIN', 'MEMBER', 'LIAISON'] as const) {
    const { user, client } = await loggedIn(api, role);
    callers[role] = { client, email: user.email };
  }
  callers.anonymous = { client: new Client(api) };
  // The callers' own ids stay out of the pool: generated input must not sign them out or take away their role.
  const people = await Promise.all(
    (['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'] as Role[]).map((role) => makeUser(api, role)),
  );
  const [department, theme, audience, channel] = [
    await makeDepartment(api),
    await makeTheme(api),
    await makeAudience(api),
    await makeChannel(api),
  ];
  const member = callers.MEMBER.client;
  const { createEvent } = await member.ok<{ createEvent: { id: string } }>(
    'mutation($s: DateTime!, $e: DateTime!, $d: ID) { createEvent(input: { title: "Markt", startsAt: $s, endsAt: $e, departmentId: $d }) { id } }',
    { s: localTime(30, '10:00'), e: localTime(30, '12:00'), d: department.id },
  );
  const { submitEventRequest } = await callers.LIAISON.client.ok<{ submitEventRequest: { id: string } }>(
    'mutation($s: DateTime!, $e: DateTime!) { submitEventRequest(input: { title: "Aanvraag", startsAt: $s, endsAt: $e }) { id } }',
    { s: localTime(40, '10:00'), e: localTime(40, '12:00') },
  );
  const { createAdHocSlot } = await member.ok<{ createAdHocSlot: { id: string } }>(
    'mutation($t: DateTime!) { createAdHocSlot(input: { startsAt: $t }) { id } }',
    { t: localTime(20, '09:00') },
  );
  const { createRubric } = await member.ok<{ createRubric: { id: string } }>(
    'mutation($c: [ID!]!) { createRubric(input: { name: "Wekelijks", channelIds: $c, rrule: "FREQ=WEEKLY;COUNT=4", startsOn: "2031-01-06", time: "10:00" }) { id } }',
    { c: [channel.id] },
  );
  const { createPost } = await member.ok<{ createPost: { id: string } }>(
    'mutation($c: ID!, $e: ID) { createPost(input: { channelId: $c, title: "Bericht", body: "Tekst", eventId: $e }) { id } }',
    { c: channel.id, e: createEvent.id },
  );
  const { assign } = await member.ok<{ assign: { id: string } }>(
    'mutation($e: ID!, $u: ID!) { assign(input: { eventId: $e, userId: $u, role: COVER }) { id } }',
    { e: createEvent.id, u: people[2].id },
  );
  await callers.ADMIN.client.ok(
    'mutation($p: ID!, $u: ID!) { assign(input: { postId: $p, userId: $u, role: PUBLISH }) { id } }',
    {
      p: createPost.id,
      u: (await api.db.query('SELECT id FROM users WHERE email = $1', [callers.MEMBER.email]))[0].id,
    },
  );
  const { addComment } = await member.ok<{ addComment: { id: string } }>(
    'mutation($p: ID!, $m: [ID!]) { addComment(input: { postId: $p, body: "Kijk jij even?", mentionIds: $m }) { id } }',
    { p: createPost.id, m: [people[2].id] },
  );
  const { myNotifications } = await callers.MEMBER.client.ok<{ myNotifications: { id: string }[] }>(
    '{ myNotifications { id } }',
  );
  const seeded: Record<string, string[]> = {
    User: people.map((p) => p.id),
    Department: [department.id],
    Theme: [theme.id],
    Audience: [audience.id],
    Channel: [channel.id],
    Event: [createEvent.id, submitEventRequest.id],
    Slot: [createAdHocSlot.id],
    Rubric: [createRubric.id],
    Post: [createPost.id],
    Assignment: [assign.id],
    Comment: [addComment.id],
    Notification: myNotifications.map((n) => n.id),
  };
  for (const [kind, list] of Object.entries(seeded)) ids.set(kind, list);
});
afterAll(async () => {
  await api.close();
});

const pick = (...values: unknown[]): fc.Arbitrary<unknown> => fc.constantFrom(...values);
const weighted = (...choices: [number, fc.Arbitrary<unknown>][]): fc.Arbitrary<unknown> =>
  fc.oneof(...choices.map(([weight, arbitrary]) => ({ weight, arbitrary })));
const iso = (date: Date) => date.toISOString();

/** Values a client could well send: valid for some field, if not always for this one. */
function plausible(name: string, kind: string | null): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return weighted(
        [6, fc.constantFrom(...((kind && ids.get(kind)) || allIds()))],
        [1, fc.constantFrom(...allIds())],
        [1, fc.uuid()],
      );
    case 'String':
      return pick(
        'Opening skatepark',
        'Geen nieuws',
        'nl',
        'en',
        '#1a6b8f',
        'FREQ=WEEKLY;BYDAY=TU',
        'FREQ=DAILY;COUNT=3',
        '09:30',
        'a@b.nl',
        'https://example.test/p/1',
        'een goed wachtwoord',
        'Event',
        'NL',
        '🛹 e\u0301',
      );
    case 'Int':
      return weighted([4, pick(1, 2, 3)], [1, fc.integer({ min: 0, max: 100 })]);
    case 'Float':
      return fc.double({ min: 0, max: 60, noNaN: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc
        .date({ min: new Date('2030-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true })
        .map(iso);
    case 'Date':
      return fc
        .date({ min: new Date('2030-01-01T00:00:00Z'), max: new Date('2031-12-31T00:00:00Z'), noInvalidDate: true })
        .map((d) => iso(d).slice(0, 10));
    default:
      return fc.string({ maxLength: 10 });
  }
}

/** Values meant to break something. */
function hostile(name: string): fc.Arbitrary<unknown> {
  const id = allIds()[0];
  switch (name) {
    case 'ID':
      return weighted(
        [
          3,
          pick(
            '',
            'abc',
            '1',
            'null',
            '00000000-0000-0000-0000-00000000000g',
            `${id}\u0000`,
            ` ${id}`,
            id.toUpperCase(),
            id.replace(/-/g, ''),
          ),
        ],
        [1, fc.integer()],
      );
    case 'String':
      return weighted(
        [3, pick('x\u0000y', 'x\uD800y', '\uDC00')],
        [
          3,
          pick(
            '',
            ' ',
            '\t\n',
            '%_\\',
            "O'Brien",
            'RRULE:',
            'FREQ=SECONDLY',
            'FREQ=WEEKLY;UNTIL=99991231T000000Z',
            'FREQ=DAILY;INTERVAL=0',
            '25:61',
            'fr',
            'groen',
          ),
        ],
        [2, fc.string({ maxLength: 20 })],
        [1, fc.string({ unit: 'binary-ascii', maxLength: 12 })],
        [1, pick('x'.repeat(100_001), 'y'.repeat(5001), 'z'.repeat(257))],
      );
    case 'Int':
      return weighted([2, pick(2147483647, -2147483648, 2147483648, 1e15, 1.5, -1, 0)], [1, fc.integer()]);
    case 'Float':
      return weighted(
        [2, pick(-1, 60.5, 1e308, -1e308, 5e-324)],
        [1, fc.double({ noNaN: true, noDefaultInfinity: true })],
      );
    case 'Boolean':
      return pick('true', 0);
    case 'DateTime':
      return weighted(
        [
          3,
          pick(
            '0000-01-01T00:00:00Z',
            '+275760-09-13T00:00:00Z',
            '-000001-01-01T00:00:00Z',
            '2027-03-28T02:30:00',
            '2027-03-28T02:30:00+01:00',
            '2026-10-25T02:30:00+02:00',
            '2027-02-29T10:00:00Z',
            '2027-03-28',
            'gisteren',
            '',
          ),
        ],
        [
          2,
          fc
            .date({ min: new Date('1800-01-01T00:00:00Z'), max: new Date('2300-01-01T00:00:00Z'), noInvalidDate: true })
            .map(iso),
        ],
        [1, fc.integer()],
      );
    case 'Date':
      return pick(
        '0000-01-01',
        '+275760-09-13',
        '2027-02-29',
        '1899-12-31',
        '1900-01-01',
        '2199-12-31',
        '2200-01-01',
        '28-03-2027',
        '',
        20270328,
      );
    default:
      return weighted([1, fc.string({ maxLength: 10 })], [1, fc.integer()]);
  }
}

/** A plausible value of an input type, for the argument or input field `field` of `root`. */
function plausibleValue(
  type: GraphQLInputType,
  field: string,
  root: GraphQLField<unknown, unknown>,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return plausibleValue(type.ofType, field, root);
  let value: fc.Arbitrary<unknown>;
  if (isListType(type)) value = fc.array(plausibleValue(type.ofType, field, root), { maxLength: 3 });
  else if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    value = fc.record(Object.fromEntries(fields.map((f) => [f.name, plausibleValue(f.type, f.name, root)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  } else if (isEnumType(type)) value = fc.constantFrom(...type.getValues().map((v) => v.name));
  else value = plausible(type.name, type.name === 'ID' ? kindOf(field, root) : null);
  return weighted([8, value], [1, fc.constant(null)]);
}

/** A value of the wrong shape or content for an input type. */
function hostileValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return weighted([1, fc.constant(null)], [4, hostileValue(type.ofType)]);
  if (isListType(type))
    return weighted([3, fc.array(hostileValue(type.ofType), { minLength: 1, maxLength: 2 })], [1, pick({}, 'x')]);
  if (isInputObjectType(type)) return pick('{}', 7, [], { unknownField: 1 });
  if (isEnumType(type)) return pick('NOPE', '', type.getValues()[0].name.toLowerCase(), 3);
  return weighted([5, hostile(type.name)], [1, fc.constant(null)]);
}

interface Spot {
  path: string[];
  type: GraphQLInputType;
}

/** Every place in an input where a value can go: arguments, input fields (given or not) and list items. */
function spots(value: unknown, type: GraphQLInputType, path: string[]): Spot[] {
  const here: Spot = { path, type };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isInputObjectType(inner) && value && typeof value === 'object' && !Array.isArray(value)) {
    return [
      here,
      ...Object.values(inner.getFields()).flatMap((f) =>
        spots((value as Record<string, unknown>)[f.name], f.type, [...path, f.name]),
      ),
    ];
  }
  if (isListType(inner) && Array.isArray(value))
    return [here, ...value.flatMap((item, i) => spots(item, inner.ofType, [...path, String(i)]))];
  return [here];
}

function replaced(value: unknown, path: string[], by: unknown): unknown {
  if (path.length === 0) return by;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string, unknown>;
  copy[head] = replaced(copy[head], rest, by);
  return copy;
}

/**
 * Arguments for a root field: a plausible input (a client's, if not always a sensible one) with one hostile value
 * in one place, so that every kind of bad value also reaches deep into the services; one run in four is plausible
 * throughout, to move the data along (create, decide, publish).
 */
function argumentsOf(root: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(root.args.map((arg) => [arg.name, plausibleValue(arg.type, arg.name, root)]));
  const plausibleArgs = fc.record(model, {
    requiredKeys: root.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name),
  });
  if (root.args.length === 0) return plausibleArgs;
  return fc.tuple(plausibleArgs, fc.integer({ min: 0, max: 3 })).chain(([args, style]) => {
    if (style === 0) return fc.constant(args);
    const candidates = root.args.flatMap((arg) => spots(args[arg.name], arg.type, [arg.name]));
    return fc
      .constantFrom(...candidates)
      .chain((spot) => hostileValue(spot.type).map((bad) => replaced(args, spot.path, bad) as Record<string, unknown>));
  });
}

/** A value written as a GraphQL literal of its type; what GraphQL cannot write that way goes as a JSON string. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (value == null) return 'null';
  if (isNonNullType(type)) return literal(value, type.ofType);
  if (isListType(type))
    return Array.isArray(value)
      ? `[${value.map((v) => literal(v, type.ofType)).join(', ')}]`
      : literal(value, type.ofType);
  if (isInputObjectType(type) && typeof value === 'object' && !Array.isArray(value)) {
    const fields = type.getFields();
    return `{ ${Object.entries(value)
      .filter(([name, v]) => v !== undefined && fields[name])
      .map(([name, v]) => `${name}: ${literal(v, fields[name].type)}`)
      .join(', ')} }`;
  }
  if (
    isEnumType(type) &&
    typeof value === 'string' &&
    /^[_A-Za-z]\w*$/.test(value) &&
    !['true', 'false', 'null'].includes(value)
  )
    return value;
  return JSON.stringify(value);
}

/** The operation for one root field: every argument as a variable, or (inline) written into the query. */
function operation(
  keyword: string,
  root: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  inline: boolean,
): { query: string; variables: Record<string, unknown> } {
  const present = root.args.filter((arg: GraphQLArgument) => args[arg.name] !== undefined);
  const selection = isLeafType(getNamedType(root.type)) ? '' : ' { __typename }';
  if (inline) {
    const written = present.map((arg) => `${arg.name}: ${literal(args[arg.name], arg.type)}`).join(', ');
    return { query: `${keyword} { ${root.name}${written ? `(${written})` : ''}${selection} }`, variables: {} };
  }
  const declared = present.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = present.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `${keyword}${declared ? `(${declared})` : ''} { ${root.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(present.map((arg) => [arg.name, args[arg.name]])),
  };
}

async function send(
  caller: Caller,
  body: { query: string; variables: Record<string, unknown> },
): Promise<{ status: number; text: string }> {
  const { client } = callers[caller];
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': '198.51.100.7',
      ...(client.cookie ? { cookie: client.cookie } : {}),
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, text: await res.text() };
}

/** What is wrong with an answer, or null. */
function problem(status: number, text: string): string | null {
  if (status >= 500) return `HTTP ${status}`;
  if (LEAKS.test(text)) return `internal text: ${LEAKS.exec(text)?.[0]}`;
  let body: { errors?: { extensions?: { code?: string } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return status >= 400 ? null : 'an answer that is not JSON';
  }
  const codes = (body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
  const unknown = codes.filter((code) => !KNOWN_CODES.has(code) && !(status >= 400 && code === 'BAD_REQUEST'));
  return unknown.length ? `error codes ${unknown.join(', ')}` : null;
}

async function signedIn(caller: Caller): Promise<void> {
  const { client, email } = callers[caller];
  if (!(await client.ok<{ me: { id: string } | null }>('{ me { id } }')).me) await client.login(email!);
}

const seedOf = (text: string) => createHash('sha256').update(text).digest().readInt32LE(0);

describe.each(ROOTS)('every $keyword, given generated bad and random input', ({ keyword, fields, runs }) => {
  it('is read from the schema', () => {
    expect(fields.length).toBeGreaterThan(20);
  });

  for (const root of fields) {
    it(`${root.name} answers without an internal error, for ${Object.keys(runs).join(', ')}`, async () => {
      // The callers run side by side, each its own fixed sequence of inputs.
      await Promise.all(
        (Object.entries(runs) as [Caller, number][]).map(([caller, numRuns]) =>
          fc.assert(
            fc.asyncProperty(argumentsOf(root), fc.integer({ min: 0, max: 3 }), async (args, style) => {
              const body = operation(keyword, root, args, style === 0);
              const { status, text } = await send(caller, body);
              const found = problem(status, text);
              if (found)
                throw new Error(
                  `${caller}: ${found}\nrequest: ${JSON.stringify(body).slice(0, 2000)}\nanswer: ${text.slice(0, 2000)}`,
                );
              // Generated input may end the caller's session (logout): sign in again for the next run.
              if (caller !== 'anonymous' && text.includes('"UNAUTHENTICATED"')) await signedIn(caller);
            }),
            { seed: seedOf(`${keyword} ${root.name}/${caller}`), numRuns, endOnFailure: true },
          ),
        ),
      );
    });
  }
});
