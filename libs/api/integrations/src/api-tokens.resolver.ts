import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type SessionUser } from '@planbord/api-core';
import { ApiToken, ApiTokenCreated } from './api-token.entity';
import { ApiTokensService } from './api-tokens.service';

@Resolver(() => ApiToken)
export class ApiTokensResolver {
  constructor(private readonly tokens: ApiTokensService) {}

  @Query(() => [ApiToken], { description: 'My API tokens that still work, newest first, with their last use.' })
  apiTokens(@CurrentUser() user: SessionUser): Promise<ApiToken[]> {
    return this.tokens.list(user);
  }

  @Mutation(() => ApiTokenCreated, {
    description: 'A token for `Authorization: Bearer pbt_…`, acting as me; the token is answered this once.',
  })
  createApiToken(@CurrentUser() user: SessionUser, @Args('name') name: string): Promise<ApiTokenCreated> {
    return this.tokens.create(user, { name });
  }

  @Mutation(() => Boolean, { description: 'The token stops working at once.' })
  revokeApiToken(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.tokens.revoke(user, id);
  }
}
