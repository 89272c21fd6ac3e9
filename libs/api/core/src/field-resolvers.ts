import { isObjectType, type GraphQLSchema } from 'graphql';
import { can, isDeclared, isPublic } from '@planbord/domain';
import { ForbiddenError, UnauthenticatedError } from './errors';
import type { GraphQLContext } from './request';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each resolver knows its own parent type; the table holds them all
export type FieldResolver = (parent: any, ctx: GraphQLContext) => unknown;
export type FieldResolvers = Record<string, FieldResolver>;

/**
 * Relation fields of list types resolve thousands of times per calendar; going through Nest's per-field execution
 * context for each would cost most of the request. These resolvers are plain functions attached to the built schema,
 * each behind the same permission table as the Nest guard (undeclared: refused at start). On `User`, a personal grant
 * lets the person see their own fields.
 */
export function attachFieldResolvers(schema: GraphQLSchema, resolvers: FieldResolvers): GraphQLSchema {
  for (const [operation, resolve] of Object.entries(resolvers)) {
    const [typeName, fieldName] = operation.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field) throw new Error(`Field resolver for ${operation}, which is not in the schema`);
    if (!isDeclared(operation)) throw new Error(`Field resolver for ${operation}, which the permission table does not declare`);
    const open = isPublic(operation);
    const aboutAPerson = typeName === 'User';
    field.resolve = (parent: { id?: unknown }, _args: unknown, ctx: GraphQLContext) => {
      if (!open) {
        const user = ctx.req.user;
        if (!user) throw new UnauthenticatedError().toGraphQL(ctx.req.locale ?? 'nl');
        if (!can(user.role, operation, aboutAPerson && parent.id === user.id)) throw new ForbiddenError().toGraphQL(ctx.req.locale ?? 'nl');
      }
      return resolve(parent, ctx);
    };
  }
  return schema;
}
