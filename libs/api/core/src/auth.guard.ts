import { Injectable, createParamDecorator, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { can, isDeclared, isPublic } from '@planbord/domain';
import { ForbiddenError, UnauthenticatedError } from './errors';
import type { GraphQLContext, SessionUser } from './request';

/**
 * Applies the permission table of `libs/domain` to every query, mutation and field resolver. An operation that the
 * table does not declare is refused, whoever asks.
 */
@Injectable()
export class PermissionGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    const operation = `${info.parentType.name}.${info.fieldName}`;
    if (!isDeclared(operation)) throw new ForbiddenError();
    if (isPublic(operation)) return true;
    const user = gql.getContext<GraphQLContext>().req.user;
    if (!user) throw new UnauthenticatedError();
    if (!can(user.role, operation)) throw new ForbiddenError();
    return true;
  }
}

/** The signed-in person of a resolver (the guard has made sure there is one, unless the operation is public). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionUser | undefined => {
    return GqlExecutionContext.create(context).getContext<GraphQLContext>().req.user;
  },
);
