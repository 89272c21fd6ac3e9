import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import { hasIssues, SCALAR_RULES, type FieldIssues } from '@planbord/domain';
import { BadInputError } from './errors';
import type { GraphQLContext } from './request';

/**
 * Walks every argument of an operation (in the query and in its variables, into input objects and lists) with its
 * schema type and applies `SCALAR_RULES` to each ID, String, DateTime and Date. An issue is named after the argument
 * or input field it was found in, as the features name theirs.
 */
export function inputIssues(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): FieldIssues {
  const issues: FieldIssues = {};
  const defaults = new Map(operation.variableDefinitions?.map((d) => [d.variable.name.value, d.defaultValue]));

  const checkValue = (value: unknown, type: GraphQLInputType, field: string): void => {
    if (value == null) return;
    if (isNonNullType(type)) return checkValue(value, type.ofType, field);
    if (isListType(type)) {
      for (const item of Array.isArray(value) ? value : [value]) checkValue(item, type.ofType, field);
      return;
    }
    if (isInputObjectType(type)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      for (const inner of Object.values(type.getFields()))
        checkValue((value as Record<string, unknown>)[inner.name], inner.type, inner.name);
      return;
    }
    const issue = Object.hasOwn(SCALAR_RULES, type.name) ? SCALAR_RULES[type.name](value) : null;
    if (issue) issues[field] ??= issue;
  };

  const checkLiteral = (node: ValueNode, type: GraphQLInputType, field: string): void => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (Object.hasOwn(variables, name)) checkValue(variables[name], type, field);
      else if (defaults.get(name)) checkLiteral(defaults.get(name)!, type, field);
      return;
    }
    if (node.kind === Kind.NULL) return;
    if (isNonNullType(type)) return checkLiteral(node, type.ofType, field);
    if (isListType(type)) {
      for (const item of node.kind === Kind.LIST ? node.values : [node]) checkLiteral(item, type.ofType, field);
      return;
    }
    if (isInputObjectType(type)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = type.getFields();
      for (const inner of node.fields) {
        const definition = fields[inner.name.value];
        if (definition) checkLiteral(inner.value, definition.type, definition.name);
      }
      return;
    }
    if (node.kind === Kind.STRING) checkValue(node.value, type, field);
    else if (node.kind === Kind.INT && type.name === 'ID') checkValue(Number(node.value), type, field);
  };

  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const pending: (OperationDefinitionNode | FragmentDefinitionNode)[] = [operation];
  const seen = new Set<string>();
  while (pending.length > 0) {
    const typeInfo = new TypeInfo(schema);
    visit(
      pending.pop()!,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (argument) checkLiteral(node.value, argument.type, argument.name);
          return false;
        },
        FragmentSpread(node) {
          const fragment = fragments.get(node.name.value);
          if (fragment && !seen.has(fragment.name.value)) {
            seen.add(fragment.name.value);
            pending.push(fragment);
          }
        },
      }),
    );
  }
  return issues;
}

/**
 * Refuses an operation whose arguments break `SCALAR_RULES` before any resolver (and so the database) sees them,
 * with the same BAD_USER_INPUT as the features' own checks, in the requester's language.
 */
export const inputValidationPlugin: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operation, request, contextValue }) {
        if (!operation) return;
        const issues = inputIssues(schema, document, operation, request.variables ?? {});
        if (!hasIssues(issues)) return;
        const error = new BadInputError(issues).toGraphQL(contextValue.req?.locale ?? 'nl');
        // Answered like a resolver's BAD_USER_INPUT (HTTP 200), so clients read the fields the same way.
        throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 200 } } });
      },
    };
  },
};
