import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { can, isDeclared, isPublic } from '@planbord/domain';
import { ForbiddenError, toGraphQLError, UnauthenticatedError } from './errors';
import type { GraphQLContext } from './request';

/** Resolves one field of a parent of type `P`. */
export type FieldResolver<P> = (parent: P, ctx: GraphQLContext) => unknown;

/** The field resolvers of one GraphQL type, typed by its parent class. Made with `fieldsOf`. */
export interface TypeFields {
  readonly typeName: string;
  readonly resolvers: Readonly<Record<string, FieldResolver<never>>>;
}

/**
 * The relation fields (and derived values) of one of a feature's own types: `fieldsOf(Event, { themes: (event, ctx)
 * => … })`. The parent is typed by the class; the GraphQL type is the class's name, as `@ObjectType()` names it.
 */
export function fieldsOf<P extends object>(
  type: abstract new (...args: never[]) => P,
  resolvers: Record<string, FieldResolver<P>>,
  typeName = type.name,
): TypeFields {
  return { typeName, resolvers: resolvers as Record<string, FieldResolver<never>> };
}

/**
 * Relation fields of list types resolve thousands of times per calendar; going through Nest's per-field execution
 * context for each would cost most of the request. These resolvers are plain functions attached to the built schema,
 * each behind the same permission table as the Nest guard (undeclared: refused at start), and their failures are
 * mapped to the contract's error codes as Nest's exception filter maps those of resolvers. On `User`, a personal
 * grant lets the person see their own fields.
 */
export function attachFieldResolvers(schema: GraphQLSchema, fields: readonly TypeFields[]): GraphQLSchema {
  for (const { typeName, resolvers } of fields) {
    for (const [fieldName, resolve] of Object.entries(resolvers)) {
      const operation = `${typeName}.${fieldName}`;
      const type = schema.getType(typeName);
      const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
      if (!field) throw new Error(`Field resolver for ${operation}, which is not in the schema`);
      if (!isDeclared(operation))
        throw new Error(`Field resolver for ${operation}, which the permission table does not declare`);
      const open = isPublic(operation);
      const aboutAPerson = typeName === 'User';
      const run = resolve as FieldResolver<unknown>;
      field.resolve = (parent: { id?: unknown }, _args: unknown, ctx: GraphQLContext) => {
        const locale = ctx.req.locale ?? 'nl';
        if (!open) {
          const user = ctx.req.user;
          if (!user) throw new UnauthenticatedError().toGraphQL(locale);
          if (!can(user.role, operation, aboutAPerson && parent.id === user.id))
            throw new ForbiddenError().toGraphQL(locale);
        }
        let result: unknown;
        try {
          result = run(parent, ctx);
        } catch (error) {
          throw mapped(error, locale);
        }
        return result instanceof Promise
          ? result.catch((error: unknown) => {
              throw mapped(error, locale);
            })
          : result;
      };
    }
  }
  return schema;
}

/** A known failure in the requester's language; anything else as it was, for `formatError` to hide. */
function mapped(error: unknown, locale: 'nl' | 'en'): unknown {
  return error instanceof GraphQLError ? error : (toGraphQLError(error, locale) ?? error);
}
