import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { renderReplyTemplate, type SignalSource, type SlaState } from '@planbord/domain';
import {
  CurrentUser,
  Idempotency,
  idempotencyKeyArg,
  NotFoundError,
  type GraphQLContext,
  type SessionUser,
} from '@planbord/api-core';
import { identityLoaders, Theme, User } from '@planbord/api-identity';
import { OfficeHoursInput } from './dto/webcare.input';
import { SignalSourceEnum } from './enums';
import { newsroomLoaders } from './newsroom.loaders';
import { OfficeHours } from './office-hours.entity';
import { OnCallShift } from './on-call-shift.entity';
import { ReplyTemplate } from './reply-template.entity';
import { ResponseNorm } from './response-norm.entity';
import { Signal } from './signal.entity';
import { SignalsService } from './signals.service';
import { CrisisOverview, SlaStateEnum, WebcareSettings } from './webcare.entities';
import { WebcareService, type WebcareRules } from './webcare.service';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;

/** The rules a request's clocks are counted with, read once per request. */
function rulesOf(ctx: GraphQLContext, webcare: WebcareService): Promise<WebcareRules> {
  return ctx.loaders.once('webcareRules', () => webcare.rules());
}

@Resolver(() => Signal)
export class WebcareResolver {
  constructor(
    private readonly webcare: WebcareService,
    private readonly signals: SignalsService,
  ) {}

  @Query(() => [Signal], {
    description: 'Signals that need a reply and have none yet, soonest due first (at most 200).',
  })
  webcareQueue(@Args('first', { type: () => Int, nullable: true }) first: number | null): Promise<Signal[]> {
    return this.webcare.queue(first ?? 200);
  }

  @Mutation(() => Signal, {
    description:
      'Records the answer given on the signal’s own channel. `sentAt`: when it was given there (default now; not before the signal came in, not in the future).',
  })
  replyToSignal(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('body') body: string,
    @Args('templateId', { type: () => ID, nullable: true }) templateId: string | null,
    @Args('url', { type: () => String, nullable: true }) url: string | null,
    @Args('sentAt', { type: () => Date, nullable: true }) sentAt: Date | null,
  ): Promise<Signal> {
    return this.webcare.reply(actor, id, expectedVersion, { body, templateId, url, sentAt });
  }

  @Query(() => String, {
    description: 'A template filled in for a signal: `{naam}` its author, `{onderwerp}` its topic or first theme.',
  })
  async replyDraft(
    @Context() ctx: GraphQLContext,
    @Args('templateId', { type: () => ID }) templateId: string,
    @Args('signalId', { type: () => ID }) signalId: string,
  ): Promise<string> {
    const [template, signal] = await Promise.all([this.webcare.template(templateId), this.signals.find(signalId)]);
    if (!template) throw new NotFoundError('ReplyTemplate', templateId);
    if (!signal) throw new NotFoundError('Signal', signalId);
    const loaders = newsroomLoaders(ctx);
    const [topic, themes] = await Promise.all([
      signal.topicId ? loaders.topic.load(signal.topicId) : null,
      loaders.signalThemes.load(signal.id),
    ]);
    return renderReplyTemplate(template.body, {
      naam: signal.authorName,
      onderwerp: topic?.title ?? themes[0]?.name.toLowerCase() ?? null,
    });
  }

  @ResolveField(() => SlaStateEnum, {
    nullable: true,
    description: 'The first-reply clock now; none when no reply is needed or one was given',
  })
  async slaState(@Parent() signal: Signal, @Context() ctx: GraphQLContext): Promise<SlaState | null> {
    return WebcareService.slaStateOf(await rulesOf(ctx, this.webcare), signal);
  }

  @ResolveField(() => Date, { nullable: true, description: 'When the clock turns orange (the last 20 % of the norm)' })
  async slaWarnAt(@Parent() signal: Signal, @Context() ctx: GraphQLContext): Promise<Date | null> {
    return WebcareService.clockOf(await rulesOf(ctx, this.webcare), signal)?.warnAt ?? null;
  }
}

@Resolver()
export class WebcareSettingsResolver {
  constructor(
    private readonly webcare: WebcareService,
    private readonly idempotency: Idempotency,
  ) {}

  @Query(() => CrisisOverview, {
    description:
      'Signals received during crisis mode, per hour and by topic: from the start of the current crisis (or the last 24 hours) until now unless given; at most 14 days.',
  })
  crisisOverview(
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
  ): Promise<CrisisOverview> {
    return this.webcare.crisisOverview(from, to);
  }

  @Query(() => [ResponseNorm], { description: 'The first-reply norm of every source.' })
  responseNorms(): Promise<ResponseNorm[]> {
    return this.webcare.responseNorms();
  }

  @Mutation(() => ResponseNorm)
  setResponseNorm(
    @CurrentUser() actor: SessionUser,
    @Args('source', { type: () => SignalSourceEnum }) source: SignalSource,
    @Args('minutes', { type: () => Int }) minutes: number,
    @Args('businessHoursOnly') businessHoursOnly: boolean,
  ): Promise<ResponseNorm> {
    return this.webcare.setResponseNorm(actor, source, minutes, businessHoursOnly);
  }

  @Query(() => [OfficeHours], { description: 'When the team is in, Monday first.' })
  officeHours(): Promise<OfficeHours[]> {
    return this.webcare.officeHours();
  }

  @Mutation(() => [OfficeHours], {
    description: 'Sets the hours of the weekdays given; a day without times is closed.',
  })
  setOfficeHours(
    @CurrentUser() actor: SessionUser,
    @Args('days', { type: () => [OfficeHoursInput] }) days: OfficeHoursInput[],
  ): Promise<OfficeHours[]> {
    return this.webcare.setOfficeHours(actor, days);
  }

  @Query(() => WebcareSettings)
  webcareSettings(): Promise<WebcareSettings> {
    return this.webcare.settings();
  }

  @Mutation(() => WebcareSettings)
  updateWebcareSettings(
    @CurrentUser() actor: SessionUser,
    @Args(...versionArg) expectedVersion: number,
    @Args('crisisMinutes', { type: () => Int }) crisisMinutes: number,
  ): Promise<WebcareSettings> {
    return this.webcare.updateSettings(actor, expectedVersion, crisisMinutes);
  }

  @Query(() => [OnCallShift], { description: 'Who is on call at a moment (now by default).' })
  onCall(@Args('at', { type: () => Date, nullable: true }) at: Date | null): Promise<OnCallShift[]> {
    return this.webcare.onCall(at ?? new Date());
  }

  @Query(() => [OnCallShift], { description: 'The on-call shifts that overlap a range, earliest first.' })
  onCallRoster(@Args('from') from: Date, @Args('to') to: Date): Promise<OnCallShift[]> {
    return this.webcare.roster(from, to);
  }

  @Mutation(() => OnCallShift)
  createOnCallShift(
    @CurrentUser() actor: SessionUser,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('startsAt') startsAt: Date,
    @Args('endsAt') endsAt: Date,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<OnCallShift> {
    return this.idempotency.once(actor, idempotencyKey, 'createOnCallShift', OnCallShift, () =>
      this.webcare.createShift(actor, userId, startsAt, endsAt),
    );
  }

  @Mutation(() => Boolean)
  deleteOnCallShift(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string): Promise<boolean> {
    return this.webcare.deleteShift(actor, id);
  }

  @Query(() => [ReplyTemplate], {
    description: 'Standard answers by name; `active` narrows to the ones in use (or not).',
  })
  replyTemplates(
    @Args('active', { type: () => Boolean, nullable: true }) active: boolean | null,
  ): Promise<ReplyTemplate[]> {
    return this.webcare.templates(active);
  }

  @Mutation(() => ReplyTemplate, {
    description: 'A standard answer; `{naam}` and `{onderwerp}` are filled in from the signal.',
  })
  createReplyTemplate(
    @CurrentUser() actor: SessionUser,
    @Args('name') name: string,
    @Args('body') body: string,
    @Args('themeIds', { type: () => [ID], nullable: true }) themeIds: string[] | null,
    @Args('active', { type: () => Boolean, nullable: true }) active: boolean | null,
    @Args(...idempotencyKeyArg) idempotencyKey: string | null,
  ): Promise<ReplyTemplate> {
    return this.idempotency.once(actor, idempotencyKey, 'createReplyTemplate', ReplyTemplate, () =>
      this.webcare.createTemplate(actor, { name, body, themeIds, active }),
    );
  }

  @Mutation(() => ReplyTemplate, { description: 'Changes the fields given.' })
  updateReplyTemplate(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('name', { type: () => String, nullable: true }) name: string | null,
    @Args('body', { type: () => String, nullable: true }) body: string | null,
    @Args('themeIds', { type: () => [ID], nullable: true }) themeIds: string[] | null,
    @Args('active', { type: () => Boolean, nullable: true }) active: boolean | null,
  ): Promise<ReplyTemplate> {
    return this.webcare.updateTemplate(actor, id, expectedVersion, {
      name: name ?? undefined,
      body: body ?? undefined,
      themeIds: themeIds ?? undefined,
      active: active ?? undefined,
    });
  }
}

@Resolver(() => OnCallShift)
export class OnCallShiftResolver {
  @ResolveField(() => User)
  user(@Parent() shift: OnCallShift, @Context() ctx: GraphQLContext): Promise<User | null> {
    return identityLoaders(ctx).user.load(shift.userId);
  }
}

@Resolver(() => ReplyTemplate)
export class ReplyTemplateResolver {
  @ResolveField(() => [Theme])
  async themes(@Parent() template: ReplyTemplate, @Context() ctx: GraphQLContext): Promise<Theme[]> {
    const themes = await identityLoaders(ctx).theme.loadMany(template.themeIds ?? []);
    return themes.filter((theme): theme is Theme => !!theme && !(theme instanceof Error));
  }
}
