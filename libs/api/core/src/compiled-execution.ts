import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Injectable } from '@nestjs/common';
import {
  execute,
  getVariableValues,
  GraphQLError,
  Source,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

/** How many compiled documents are kept; the least recently used goes first. */
const CACHE_SIZE = 500;

interface Compiled {
  query: CompiledQuery['query'];
  source: Source;
  lineStarts: number[];
}

/** Where each line of a text starts, to turn graphql-jit's line/column locations back into offsets. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return starts;
}

/**
 * A graphql-jit error as graphql-js makes it (source and positions, so Apollo keeps the locations), with the same
 * message, path, extensions and original error, for `formatError` to map like any other.
 */
function asGraphQLError(error: GraphQLError, compiled: Compiled): GraphQLError {
  const positions = error.locations?.map(({ line, column }) => (compiled.lineStarts[line - 1] ?? 0) + column - 1);
  return new GraphQLError(error.message, {
    source: positions?.length ? compiled.source : undefined,
    positions: positions?.length ? positions : undefined,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
}

/**
 * graphql-js reports one error for a subtree that null-bubbling removed (it stops completing the subtree at the first
 * failure); graphql-jit one for every field that failed in it. Keeps the first error of each removed subtree.
 */
function onePerRemovedSubtree(data: unknown, errors: readonly GraphQLError[]): GraphQLError[] {
  const removed = new Set<string>();
  return errors.filter((error) => {
    const path = error.path ?? [];
    let value = data;
    for (let i = 0; i < path.length; i++) {
      if (value === null || typeof value !== 'object') {
        const subtree = path.slice(0, i).join('.');
        if (removed.has(subtree)) return false;
        removed.add(subtree);
        return true;
      }
      value = (value as Record<string | number, unknown>)[path[i]];
    }
    return true;
  });
}

/**
 * Executes queries with graphql-jit: each document is compiled once into plain JavaScript (cached by its text and
 * operation name) instead of being walked field by field by graphql-js, which for the thousands of fields of a month
 * calendar is most of the cost of a request. The same resolvers run, so permissions, loaders and domain errors are
 * unchanged. Variables are coerced by graphql-js first, so bad input is refused with graphql-js's own errors (which
 * Apollo answers as BAD_USER_INPUT), and errors are reported as graphql-js reports them. Mutations, and a document
 * graphql-jit cannot compile, go to graphql-js.
 */
export function compiledExecutor(schema: GraphQLSchema, cacheSize = CACHE_SIZE): Executor {
  const cache = new Map<string, Compiled | null>();

  const compiledFor = (text: string, document: DocumentNode, operationName: string | null): Compiled | null => {
    const key = `${operationName ?? ''}\n${text}`;
    let compiled = cache.get(key);
    if (compiled !== undefined) {
      cache.delete(key);
    } else {
      const result = compileQuery(schema, document, operationName ?? undefined);
      compiled = isCompiledQuery(result)
        ? { query: result.query, source: new Source(text), lineStarts: lineStarts(text) }
        : null;
      if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
    }
    cache.set(key, compiled);
    return compiled;
  };

  const withGraphQLJs = (
    document: DocumentNode,
    context: unknown,
    variables: Record<string, unknown> | undefined,
    operationName: string | null,
  ) =>
    execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as
      Promise<ExecutionResult> | ExecutionResult;

  return async ({ document, operation, request, context, source, operationName }) => {
    const variables = request.variables;
    if (operation.operation !== 'query') return withGraphQLJs(document, context, variables, operationName);
    const compiled = compiledFor(source, document, operationName);
    if (!compiled) return withGraphQLJs(document, context, variables, operationName);
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    const result = await compiled.query(undefined, context, variables);
    if (!result.errors?.length) return result;
    return {
      ...result,
      errors: onePerRemovedSubtree(result.data, result.errors).map((error) => asGraphQLError(error, compiled)),
    };
  };
}

/** Apollo Server's gateway interface, used only for its executor: the schema stays the one Nest built. */
export function compiledExecution(schema: GraphQLSchema): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    load: async () => ({ executor: compiledExecutor(schema) }),
    stop: async () => undefined,
  };
}

/**
 * Nest's Apollo driver with queries executed by `compiledExecutor`. Everything else (plugins, context, formatError,
 * subscriptions over WebSocket with graphql-js) is the driver's own.
 */
@Injectable()
export class CompiledApolloDriver extends ApolloDriver {
  override async start(options: ApolloDriverConfig): Promise<void> {
    const schema = (options as ApolloDriverConfig & { schema: GraphQLSchema }).schema;
    await super.start({ ...options, gateway: compiledExecution(schema) } as ApolloDriverConfig);
  }
}
