import { isSignalOverdue } from '@planbord/domain';
import { fieldsOf } from '@planbord/api-core';
import { identityLoaders } from '@planbord/api-identity';
import { publishingLoaders } from '@planbord/api-publishing';
import { NewsroomAction } from './newsroom-action.entity';
import { newsroomLoaders } from './newsroom.loaders';
import { SignalConnection } from './newsroom.types';
import { Reply } from './reply.entity';
import { Signal, ThemeSuggestion } from './signal.entity';
import { ThemeRule } from './theme-rule.entity';
import { Topic } from './topic.entity';

/** How the relation fields of the newsroom's own types resolve, through the per-request loaders. */
export const newsroomFields = [
  fieldsOf(Signal, {
    channel: (signal, ctx) => (signal.channelId ? identityLoaders(ctx).channel.load(signal.channelId) : null),
    themes: (signal, ctx) => newsroomLoaders(ctx).signalThemes.load(signal.id),
    // A theme switched off since the signal came in is no longer suggested.
    suggestedThemes: async (signal, ctx) => {
      const suggestions = signal.suggestions ?? [];
      const themes = await identityLoaders(ctx).theme.loadMany(suggestions.map((s) => s.themeId));
      return suggestions.filter((_, i) => {
        const theme = themes[i];
        return !!theme && !(theme instanceof Error) && theme.active;
      });
    },
    assignee: (signal, ctx) => (signal.assigneeId ? identityLoaders(ctx).user.load(signal.assigneeId) : null),
    topic: (signal, ctx) => (signal.topicId ? newsroomLoaders(ctx).topic.load(signal.topicId) : null),
    overdue: (signal) =>
      isSignalOverdue({
        ...signal,
        firstReplyAt: signal.firstReplyAt ? new Date(signal.firstReplyAt) : null,
        firstReplyDueAt: signal.firstReplyDueAt ? new Date(signal.firstReplyDueAt) : null,
      }),
    replies: (signal, ctx) => newsroomLoaders(ctx).replies.load(signal.id),
    actions: (signal, ctx) => newsroomLoaders(ctx).actionsBySignal.load(signal.id),
    similarSignals: (signal, ctx) => newsroomLoaders(ctx).similarSignals.load(signal.id),
  }),
  fieldsOf(ThemeSuggestion, {
    theme: (suggestion, ctx) => identityLoaders(ctx).theme.load(suggestion.themeId),
  }),
  fieldsOf(SignalConnection, {
    totalCount: (connection) => connection.count(),
  }),
  fieldsOf(Topic, {
    themes: (topic, ctx) => newsroomLoaders(ctx).topicThemes.load(topic.id),
    signals: (topic, ctx) => newsroomLoaders(ctx).topicSignals.load(topic.id),
    rising: (topic, ctx) => newsroomLoaders(ctx).topicRising.load(topic.id),
    // What its newest signals are like, outside the topic: candidates to add, most alike first.
    suggestedSignals: async (topic, ctx) => {
      const loaders = newsroomLoaders(ctx);
      const newest = (await loaders.topicSignals.load(topic.id)).slice(0, 5);
      const alike = await loaders.similarSignals.loadMany(newest.map((signal) => signal.id));
      const candidates = new Map<string, Signal>();
      for (const list of alike)
        for (const signal of Array.isArray(list) ? list : [])
          if (signal.topicId !== topic.id && !candidates.has(signal.id)) candidates.set(signal.id, signal);
      return [...candidates.values()].slice(0, 10);
    },
  }),
  fieldsOf(ThemeRule, {
    theme: (rule, ctx) => identityLoaders(ctx).theme.load(rule.themeId),
  }),
  fieldsOf(Reply, {
    author: (reply, ctx) => identityLoaders(ctx).user.load(reply.authorId),
  }),
  fieldsOf(NewsroomAction, {
    signal: (action, ctx) => (action.signalId ? newsroomLoaders(ctx).signal.load(action.signalId) : null),
    topic: (action, ctx) => (action.topicId ? newsroomLoaders(ctx).topic.load(action.topicId) : null),
    owner: (action, ctx) => (action.ownerId ? identityLoaders(ctx).user.load(action.ownerId) : null),
    department: (action, ctx) =>
      action.departmentId ? identityLoaders(ctx).department.load(action.departmentId) : null,
    post: (action, ctx) => (action.postId ? publishingLoaders(ctx).post.load(action.postId) : null),
    answeredBy: (action, ctx) => (action.answeredById ? identityLoaders(ctx).user.load(action.answeredById) : null),
    createdBy: (action, ctx) => identityLoaders(ctx).user.load(action.createdById),
  }),
];
