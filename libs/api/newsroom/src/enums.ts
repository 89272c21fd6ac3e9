import {
  ACTION_KINDS,
  ACTION_STATUSES,
  PRIORITIES,
  SENTIMENTS,
  SIGNAL_SOURCES,
  SIGNAL_STATUSES,
  TOPIC_STATUSES,
} from '@planbord/domain';
import { graphqlEnum } from '@planbord/api-core';

export const SignalSourceEnum = graphqlEnum('SignalSource', SIGNAL_SOURCES, 'Where a signal was said.');
export const SignalStatusEnum = graphqlEnum('SignalStatus', SIGNAL_STATUSES);
export const SentimentEnum = graphqlEnum('Sentiment', SENTIMENTS);
export const PriorityEnum = graphqlEnum('Priority', PRIORITIES);
export const ActionKindEnum = graphqlEnum('ActionKind', ACTION_KINDS, 'What the newsroom decided to do.');
export const ActionStatusEnum = graphqlEnum('ActionStatus', ACTION_STATUSES);
export const TopicStatusEnum = graphqlEnum('TopicStatus', TOPIC_STATUSES);
