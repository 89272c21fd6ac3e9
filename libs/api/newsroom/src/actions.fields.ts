import { isTeam, redactAuthor } from '@planbord/domain';
import { fieldsOf, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders } from '@planbord/api-identity';
import type { ActionSubject } from './actions.types';
import { NewsroomAction } from './newsroom-action.entity';
import { newsroomLoaders } from './newsroom.loaders';

/**
 * What a decision is about, for whoever may see the decision: the team, or the people of the department it asks.
 * Nobody outside the team sees who said it.
 */
async function about(action: NewsroomAction, ctx: GraphQLContext): Promise<ActionSubject | null> {
  const viewer = ctx.req.user;
  if (!viewer) return null;
  if (!isTeam(viewer.role)) {
    const person = await identityLoaders(ctx).user.load(viewer.id);
    if (!action.departmentId || person?.departmentId !== action.departmentId) return null;
  }
  const loaders = newsroomLoaders(ctx);
  if (action.topicId) {
    const topic = await loaders.topic.load(action.topicId);
    if (!topic) return null;
    return {
      title: topic.title,
      body: topic.title,
      source: null,
      receivedAt: topic.firstSeenAt,
      neighbourhood: null,
      signalCount: topic.signalCount,
    };
  }
  const signal = action.signalId ? await loaders.signal.load(action.signalId) : null;
  if (!signal) return null;
  return {
    title: null,
    body: redactAuthor(signal.body, [signal.authorName, signal.authorHandle]),
    source: signal.source,
    receivedAt: signal.receivedAt,
    neighbourhood: signal.neighbourhood,
    signalCount: 1,
  };
}

export const actionsFields = [fieldsOf(NewsroomAction, { about })];
