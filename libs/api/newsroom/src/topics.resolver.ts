import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { NEWSROOM_LIMITS } from '@planbord/domain';
import { BadInputError, CurrentUser, type SessionUser } from '@planbord/api-core';
import { ThemeSuggestion } from './signal.entity';
import { ThemeRulePatchInput, TopicPatch } from './dto/topic.input';
import { ThemeRule } from './theme-rule.entity';
import { ThemeRulesService } from './theme-rules.service';
import { Topic } from './topic.entity';
import { TopicsService } from './topics.service';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;
const signalIdsArg = ['signalIds', { type: () => [ID] }] as const;

@Resolver(() => Topic)
export class TopicsResolver {
  constructor(private readonly topicsService: TopicsService) {}

  @Query(() => [Topic], { description: 'Topics (default: the open ones), the most recently active first.' })
  topics(@Args('status', { type: () => [String], nullable: true }) status: string[] | null): Promise<Topic[]> {
    return this.topicsService.list(status);
  }

  @Query(() => Topic, { nullable: true })
  topic(@Args(...idArg) id: string): Promise<Topic | null> {
    return this.topicsService.find(id);
  }

  @Mutation(() => Topic, { description: 'Merges signals into a new topic, to decide on them once.' })
  createTopic(
    @CurrentUser() actor: SessionUser,
    @Args('title') title: string,
    @Args(...signalIdsArg) signalIds: string[],
  ): Promise<Topic> {
    return this.topicsService.create(actor, title, signalIds);
  }

  @Mutation(() => Topic)
  addSignalsToTopic(
    @CurrentUser() actor: SessionUser,
    @Args('topicId', { type: () => ID }) topicId: string,
    @Args(...signalIdsArg) signalIds: string[],
  ): Promise<Topic> {
    return this.topicsService.addSignals(actor, topicId, signalIds);
  }

  @Mutation(() => Topic, { description: 'Renames a topic, or closes or reopens it.' })
  updateTopic(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('input') input: TopicPatch,
  ): Promise<Topic> {
    return this.topicsService.update(actor, id, expectedVersion, input);
  }
}

@Resolver(() => ThemeRule)
export class ThemeRulesResolver {
  constructor(private readonly themeRulesService: ThemeRulesService) {}

  @Query(() => [ThemeRule])
  themeRules(): Promise<ThemeRule[]> {
    return this.themeRulesService.list();
  }

  @Query(() => [ThemeSuggestion], {
    description: 'The themes the rules would suggest for this text (while a note is typed, or a file previewed).',
  })
  async suggestThemes(@Args('body') body: string): Promise<ThemeSuggestion[]> {
    if (body.length > NEWSROOM_LIMITS.body)
      throw new BadInputError({ body: { code: 'tooLong', max: NEWSROOM_LIMITS.body } });
    const [suggestions] = await this.themeRulesService.suggest([body]);
    return suggestions;
  }

  @Mutation(() => ThemeRule, { description: 'Words that suggest a theme for new signals (Dutch stemming).' })
  createThemeRule(
    @CurrentUser() actor: SessionUser,
    @Args('themeId', { type: () => ID }) themeId: string,
    @Args('keywords', { type: () => [String] }) keywords: string[],
  ): Promise<ThemeRule> {
    return this.themeRulesService.create(actor, themeId, keywords);
  }

  @Mutation(() => ThemeRule)
  updateThemeRule(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('input') input: ThemeRulePatchInput,
  ): Promise<ThemeRule> {
    return this.themeRulesService.update(actor, id, expectedVersion, input);
  }
}
