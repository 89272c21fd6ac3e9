import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { SignalSource } from '@planbord/domain';
import { CurrentUser, type SessionUser } from '@planbord/api-core';
import { SignalSourceEnum } from './enums';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Mutation(() => Int, {
    description:
      "Anonymises every signal of the author with this handle (on one source, or all): answers how many signals. Their name and handle also go from the signals' texts, the replies and the history.",
  })
  eraseResidentData(
    @CurrentUser() actor: SessionUser,
    @Args('authorHandle') authorHandle: string,
    @Args('source', { type: () => SignalSourceEnum, nullable: true }) source: SignalSource | null,
  ): Promise<number> {
    return this.privacy.eraseResidentData(actor, authorHandle, source);
  }
}
