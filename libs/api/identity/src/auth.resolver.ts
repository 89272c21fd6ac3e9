import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import { AuthService } from './auth.service';
import { User } from './user.entity';
import { UsersService } from './users.service';

@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Query(() => User, { nullable: true, description: 'The signed-in person, or null.' })
  me(@CurrentUser() user: SessionUser | undefined): Promise<User | null> | null {
    return user ? this.users.findOne(user.id) : null;
  }

  @Mutation(() => User, { description: 'Signs in and sets the session cookie.' })
  async login(
    @Args('email') email: string,
    @Args('password') password: string,
    @Context() ctx: GraphQLContext,
  ): Promise<User> {
    const { user, session } = await this.auth.login(email, password, ctx.req.ip ?? null, ctx.res);
    // The rest of this request already runs as the new session, so the answer may show the person their own fields.
    ctx.req.user = session;
    return user;
  }

  @Mutation(() => Boolean, { description: 'Ends this session at once.' })
  logout(@CurrentUser() user: SessionUser | undefined, @Context() ctx: GraphQLContext): Promise<boolean> {
    return this.auth.logout(user, ctx.res);
  }

  @Mutation(() => Boolean, { description: 'Changes your own password and ends your other sessions.' })
  changePassword(
    @CurrentUser() user: SessionUser,
    @Args('current') current: string,
    @Args('next') next: string,
  ): Promise<boolean> {
    return this.auth.changePassword(user, current, next);
  }

  @Mutation(() => User, { description: 'Remembers the language you want Planbord in (nl or en).' })
  setMyLocale(@CurrentUser() user: SessionUser, @Args('locale') locale: string): Promise<User> {
    return this.auth.setMyLocale(user, locale);
  }
}
