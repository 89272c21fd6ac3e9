import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type SessionUser } from '@planbord/api-core';
import { EmailPreferencesInput } from './dto/email-preferences.input';
import { EmailPreferences } from './email-preferences.entity';
import { EmailService } from './email.service';

@Resolver(() => EmailPreferences)
export class EmailResolver {
  constructor(private readonly email: EmailService) {}

  @Query(() => EmailPreferences, { description: 'My e-mail notifications, and whether this server sends e-mail' })
  emailPreferences(@CurrentUser() user: SessionUser): Promise<EmailPreferences> {
    return this.email.preferencesOf(user);
  }

  @Mutation(() => EmailPreferences, {
    description: 'Chooses my e-mail notifications (expectedVersion 0 the first time)',
  })
  updateEmailPreferences(
    @CurrentUser() user: SessionUser,
    @Args('input') input: EmailPreferencesInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<EmailPreferences> {
    return this.email.update(user, input, expectedVersion);
  }
}
