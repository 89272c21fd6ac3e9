import { useMutation } from '@apollo/client/react';
import { RecordPostMetricsDocument, type PostMetricsInput } from '@planbord/web-graphql';

/** Records a published post's figures; the post's metrics in the cache follow from the answer. */
export function useRecordPostMetrics() {
  const [mutate, state] = useMutation(RecordPostMetricsDocument);
  return [(postId: string, input: PostMetricsInput) => mutate({ variables: { postId, input } }), state] as const;
}
