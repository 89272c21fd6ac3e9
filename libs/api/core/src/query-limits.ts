import type { NextFunction, Response } from 'express';
import {
  getNamedType,
  getNullableType,
  getOperationAST,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  parse,
  SchemaMetaFieldDef,
  specifiedRules,
  TypeMetaFieldDef,
  validate,
  type DocumentNode,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ParseOptions,
  type SelectionSetNode,
} from 'graphql';
import { DomainError } from './errors';
import type { PlanbordRequest } from './request';
import { MAX_TAKE } from './versioned';

/** How big one GraphQL operation may be. Checked before anything runs, in every mode. */
export const QUERY_LIMITS = {
  /** Fields on the longest path from the root to a leaf (`{ me { department { name } } }` is 3). */
  depth: 10,
  /**
   * Each field costs 1, times the expected length of every list it sits in. The web app's costliest operation costs
   * about 8,400, the calendar 4,000, the standard introspection query (with every option) 52,000.
   */
  cost: 60_000,
  /** Aliased fields, counted where the operation uses them (a fragment counts at each spread). */
  aliases: 15,
  /**
   * Lexical tokens in one document (the web app's largest operation, with its fragments, has about 250): bounds
   * parsing, and graphql-js's own validation, whose check of same-named fields is quadratic (480 times
   * `department { id }` in one selection took half a second).
   */
  tokens: 1_000,
} as const;

/** A list field without `take` is assumed to hold this many items. */
export const ASSUMED_LIST_LENGTH = 10;

export const GRAPHQL_PARSE_OPTIONS: ParseOptions = { maxLexicalTokens: QUERY_LIMITS.tokens };

export interface OperationSize {
  cost: number;
  depth: number;
  aliases: number;
}

const EMPTY: OperationSize = { cost: 0, depth: 0, aliases: 0 };

function fieldType(parent: GraphQLNamedType | undefined, name: string): GraphQLOutputType | undefined {
  if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef.type;
  if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef.type;
  return parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name]?.type : undefined;
}

/** `take` as given (the server refuses more than MAX_TAKE), the most it may be when unknown, a guess without it. */
function listLength(node: FieldNode, variables: Record<string, unknown>): number {
  const take = node.arguments?.find((argument) => argument.name.value === 'take')?.value;
  if (!take) return ASSUMED_LIST_LENGTH;
  const value =
    take.kind === Kind.INT ? Number(take.value) : take.kind === Kind.VARIABLE ? variables[take.name.value] : undefined;
  return typeof value === 'number' && Number.isInteger(value) ? Math.min(Math.max(value, 1), MAX_TAKE) : MAX_TAKE;
}

/**
 * Cost, depth and aliases of one operation, without expanding it: each fragment is measured once (its type condition
 * fixes its size) and counted at every spread, so fragments that spread the next one twice cost linear time here
 * while their expansion grows exponentially.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): OperationSize {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])),
  );
  const measured = new Map<string, OperationSize>();

  const ofFragment = (name: string): OperationSize => {
    const known = measured.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment) return EMPTY;
    measured.set(name, EMPTY); // a cycle (validation refuses it) adds nothing
    const size = ofSelections(schema.getType(fragment.typeCondition.name.value) ?? undefined, fragment.selectionSet);
    measured.set(name, size);
    return size;
  };

  const ofField = (parent: GraphQLNamedType | undefined, node: FieldNode): OperationSize => {
    const aliases = node.alias ? 1 : 0;
    if (!node.selectionSet) return { cost: 1, depth: 1, aliases };
    const type = fieldType(parent, node.name.value);
    const inner = ofSelections(type && getNamedType(type), node.selectionSet);
    const times = type && isListType(getNullableType(type)) ? listLength(node, variables) : 1;
    // `ofType` only unwraps a list or non-null type: the standard introspection query nests it seven times.
    const level = node.name.value === 'ofType' ? 0 : 1;
    return { cost: 1 + times * inner.cost, depth: level + inner.depth, aliases: aliases + inner.aliases };
  };

  const ofSelections = (type: GraphQLNamedType | undefined, set: SelectionSetNode): OperationSize => {
    const total = { ...EMPTY };
    for (const selection of set.selections) {
      const size =
        selection.kind === Kind.FIELD
          ? ofField(type, selection)
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? ofFragment(selection.name.value)
            : ofSelections(
                selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? undefined) : type,
                selection.selectionSet,
              );
      total.cost += size.cost;
      total.depth = Math.max(total.depth, size.depth);
      total.aliases += size.aliases;
    }
    return total;
  };

  const root =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  return ofSelections(root ?? undefined, operation.selectionSet);
}

/** The first limit an operation exceeds, as the error to answer with, or null. */
export function queryLimitError(size: OperationSize): DomainError | null {
  const exceeded = (code: 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COSTLY', actual: number, limit: number) =>
    new DomainError(code, { limit, actual: Math.min(actual, Number.MAX_SAFE_INTEGER) });
  if (size.depth > QUERY_LIMITS.depth) return exceeded('QUERY_TOO_DEEP', size.depth, QUERY_LIMITS.depth);
  if (size.aliases > QUERY_LIMITS.aliases) return exceeded('TOO_MANY_ALIASES', size.aliases, QUERY_LIMITS.aliases);
  if (size.cost > QUERY_LIMITS.cost) return exceeded('QUERY_TOO_COSTLY', size.cost, QUERY_LIMITS.cost);
  return null;
}

interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** The operation a request asks for, over the limits, as the error to answer with; null to let Apollo go on. */
function refusal(schema: GraphQLSchema, { query, operationName, variables }: GraphQLParams): DomainError | null {
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query, GRAPHQL_PARSE_OPTIONS);
  } catch {
    return null; // Apollo answers the syntax error
  }
  const operation = getOperationAST(document, typeof operationName === 'string' ? operationName : undefined);
  const values = typeof variables === 'object' && variables !== null ? (variables as Record<string, unknown>) : {};
  return operation ? queryLimitError(measureOperation(schema, document, operation, values)) : null;
}

/**
 * Express middleware on `/graphql`: refuses an operation over the limits with HTTP 400 before Apollo validates it,
 * so graphql-js's own rules (quadratic in same-named fields) never see a hundred aliased calendars.
 */
export function refuseOversizedOperations(schema: () => GraphQLSchema) {
  return (req: PlanbordRequest, res: Response, next: NextFunction): void => {
    const params = (req.method === 'GET' ? req.query : req.body) as GraphQLParams | undefined;
    const error = params && !Array.isArray(params) ? refusal(schema(), params) : null;
    if (!error) return next();
    // Refused before the session is looked up: in the language the request asks for, as the web app sends it.
    res
      .status(400)
      .json({ errors: [error.toGraphQL(req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl').toJSON()] });
  };
}

/**
 * graphql-ws options for `/graphql` over WebSocket, which Apollo never sees: the same token and size limits, before
 * graphql-js validates, suggestions hidden as configured, and only subscriptions (queries and mutations go over HTTP).
 * The session is not known here, so a refusal is in Dutch.
 */
export function boundedSubscriptions(hideSuggestions: boolean) {
  return {
    parse: (source: string) => parse(source, GRAPHQL_PARSE_OPTIONS),
    validate: (schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[] => {
      for (const definition of document.definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
        if (definition.operation !== 'subscription')
          return [
            new GraphQLError('Only subscriptions are served over WebSocket; send queries and mutations over HTTP.', {
              extensions: { code: 'BAD_REQUEST' },
            }),
          ];
        const error = queryLimitError(measureOperation(schema, document, definition));
        if (error) return [error.toGraphQL('nl')];
      }
      return validate(schema, document, specifiedRules, { hideSuggestions });
    },
  };
}
