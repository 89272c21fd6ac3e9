import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import {
  ChangeFeed,
  CurrentUser,
  Idempotency,
  idempotencyKeyArg,
  type CalendarChange,
  type SessionUser,
} from '@planbord/api-core';
import { SignalFilter, SignalInput, SignalTriageInput } from './dto/signal.input';
import { SignalConnection } from './newsroom.types';
import { Signal } from './signal.entity';
import { SignalsService } from './signals.service';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;

@Resolver(() => Signal)
export class SignalsResolver {
  constructor(
    private readonly signalsService: SignalsService,
    private readonly idempotency: Idempotency,
    private readonly feed: ChangeFeed,
  ) {}

  @Query(() => SignalConnection, { description: 'Signals, newest first (at most 200 a page).' })
  signals(
    @Args('filter', { type: () => SignalFilter, nullable: true }) filter: SignalFilter | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<SignalConnection> {
    return this.signalsService.list(filter, first, after);
  }

  @Query(() => Signal, { nullable: true })
  signal(@Args(...idArg) id: string): Promise<Signal | null> {
    return this.signalsService.find(id);
  }

  @Mutation(() => Signal, { description: 'A phone, counter or e-mail note, or anything else said, entered by hand.' })
  recordSignal(
    @CurrentUser() actor: SessionUser,
    @Args('input') input: SignalInput,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<Signal> {
    return this.idempotency.once(actor, idempotencyKey, 'recordSignal', Signal, () =>
      this.signalsService.record(actor, input),
    );
  }

  @Mutation(() => Signal, { description: 'Confirms or corrects what a signal is about and who handles it.' })
  triageSignal(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('input') input: SignalTriageInput,
  ): Promise<Signal> {
    return this.signalsService.triage(actor, id, expectedVersion, input);
  }

  @Mutation(() => Signal, { description: 'Sets aside a signal that needs nothing from the newsroom, with the reason.' })
  dismissSignal(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('reason') reason: string,
  ): Promise<Signal> {
    return this.signalsService.dismiss(actor, id, expectedVersion, reason);
  }

  @Mutation(() => Signal, { description: 'Marks a signal handled (DONE).' })
  completeSignal(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
  ): Promise<Signal> {
    return this.signalsService.complete(actor, id, expectedVersion);
  }

  @Subscription(() => Signal, {
    description: 'A new signal came in.',
    resolve(this: SignalsResolver, payload: { signalReceived: CalendarChange }) {
      return this.signalsService.find(payload.signalReceived.id);
    },
  })
  signalReceived(): AsyncIterableIterator<{ signalReceived: CalendarChange }> {
    return this.feed.subscribe(
      (change) => change.entityType === 'Signal' && change.kind === 'created' && !change.userId,
      'signalReceived',
    );
  }
}
