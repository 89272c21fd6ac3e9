import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import {
  ASSUMED_LIST_LENGTH,
  GRAPHQL_PARSE_OPTIONS,
  measureOperation,
  QUERY_LIMITS,
  queryLimitError,
} from './query-limits';

const ROOT = join(__dirname, '..', '..', '..', '..');
const schema = buildSchema(readFileSync(join(ROOT, 'libs', 'graphql-schema', 'schema.graphql'), 'utf8'));

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  return operation;
}

const size = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query, GRAPHQL_PARSE_OPTIONS);
  return measureOperation(schema, document, operationOf(document), variables);
};

/** As Apollo Client sends them: `__typename` added to every selection set below the root. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet: (node, _key, parent) => {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return {
        ...node,
        selections: [...node.selections, { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
      };
    },
  });
}

/** Every operation in the web app's `.graphql` files, with the fragments it uses, as Apollo Client sends it. */
function appOperations(): { name: string; document: DocumentNode }[] {
  const files = readdirSync(join(ROOT, 'libs', 'web'), { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)graphql\/[^/]+\.graphql$/.test(file))
    .map((file) => readFileSync(join(ROOT, 'libs', 'web', file), 'utf8'));
  const definitions = files.flatMap((text) => parse(text).definitions);
  const fragments = new Map(
    definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const used = (node: DefinitionNode, found = new Set<string>()): Set<string> => {
    visit(node, {
      FragmentSpread: ({ name }) => {
        const fragment = fragments.get(name.value);
        if (fragment && !found.has(name.value)) used(fragment, found.add(name.value));
      },
    });
    return found;
  };
  return definitions
    .filter((d) => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => ({
      name: operation.name?.value ?? '(anonymous)',
      document: withTypename({
        kind: Kind.DOCUMENT,
        definitions: [operation, ...[...used(operation)].flatMap((name) => fragments.get(name) ?? [])],
      }),
    }));
}

const RANGE = 'from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z"';

describe('the size of a GraphQL operation', () => {
  it('costs each field 1, times the length of every list around it: `take` when given, otherwise an assumed length', () => {
    expect(size('{ me { id name department { name } } }')).toEqual({ cost: 5, depth: 3, aliases: 0 });
    expect(size('{ users(take: 30) { id name } }').cost).toBe(1 + 30 * 2);
    expect(size('query($n: Int) { users(take: $n) { id } }', { n: 7 }).cost).toBe(1 + 7);
    expect(size('query($n: Int) { users(take: $n) { id } }').cost).toBe(1 + 200);
    expect(size('{ approvalQueue { id comments { body } } }').cost).toBe(
      1 + ASSUMED_LIST_LENGTH * (1 + 1 + ASSUMED_LIST_LENGTH),
    );
  });

  it('counts a fragment at every spread, without expanding it', () => {
    const once = size('{ event(id: "1") { ...E } } fragment E on Event { id title }').cost;
    expect(size('{ a: event(id: "1") { ...E } b: event(id: "2") { ...E } } fragment E on Event { id title }')).toEqual({
      cost: 2 * once,
      depth: 2,
      aliases: 2,
    });
    expect(size('{ event(id: "1") { ... on Event { id title } } }').cost).toBe(once);
  });

  it('measures fragments that each spread the next one twice in linear time, though their expansion doubles a level', () => {
    const levels = 30;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Event { id assignments { event { ...F${i + 1} } } posts { event { ...F${i + 1} } } }`,
    );
    const measured = size(
      `{ calendar(${RANGE}) { events { ...F0 } } } ${fragments.join(' ')} fragment F${levels} on Event { id }`,
    );
    expect(measured.depth).toBe(2 + levels * 2 + 1);
    expect(measured.cost).toBeGreaterThan((2 * ASSUMED_LIST_LENGTH) ** levels);
    expect(queryLimitError(measured)?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses too deep, too many aliases and too costly, naming the limit', () => {
    const deep = `{ event(id: "1") ${'{ assignments { event '.repeat(5)}{ id }${' } }'.repeat(5)} }`;
    expect(queryLimitError(size(deep))).toMatchObject({
      code: 'QUERY_TOO_DEEP',
      extensions: { limit: QUERY_LIMITS.depth, actual: 12 },
    });
    const aliases = `{ ${Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    expect(queryLimitError(size(aliases))).toMatchObject({
      code: 'TOO_MANY_ALIASES',
      extensions: { limit: QUERY_LIMITS.aliases, actual: QUERY_LIMITS.aliases + 1 },
    });
    const costly = `{ calendar(${RANGE}) { events { assignments { event { assignments { event { assignments { event { themes { id } } } } } } } } } }`;
    expect(size(costly)).toEqual({ cost: 1 + 122_211, depth: 10, aliases: 0 });
    expect(queryLimitError(size(costly))).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      extensions: { limit: QUERY_LIMITS.cost, actual: 1 + 122_211 },
    });
  });

  it('lets every operation of the web app through, with the __typename Apollo Client adds', () => {
    const operations = appOperations();
    expect(operations.length).toBeGreaterThan(30);
    const refused = operations.flatMap(({ name, document }) => {
      const error = queryLimitError(measureOperation(schema, document, operationOf(document)));
      expect(() => parse(print(document), GRAPHQL_PARSE_OPTIONS)).not.toThrow();
      return error ? [`${name}: ${error.code} ${JSON.stringify(error.extensions)}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('lets the benchmark calendar query and the standard introspection query through', () => {
    const bench = /const CALENDAR_QUERY = `([^`]+)`/.exec(
      readFileSync(join(ROOT, 'tools', 'bench', 'run.mjs'), 'utf8'),
    )?.[1];
    expect(bench).toBeDefined();
    expect(queryLimitError(size(bench ?? ''))).toBeNull();
    const everyOption = {
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    };
    expect(queryLimitError(size(getIntrospectionQuery(everyOption)))).toBeNull();
  });

  it('parses no document of more tokens than the limit', () => {
    expect(() => parse(`{ me { ${'id '.repeat(QUERY_LIMITS.tokens)} } }`, GRAPHQL_PARSE_OPTIONS)).toThrow(/tokens/);
  });
});
