import { useMutation } from '@apollo/client/react';
import { AssignToPostDocument, type AssignmentRole } from '@planbord/web-graphql';

export interface NewPostJob {
  postId: string;
  userId: string;
  role: AssignmentRole;
  note: string | null;
}

/**
 * The new job joins the post's list in the cache at once (no refetch of the whole post, whose form may hold unsaved
 * edits); the assignee's own work list may now include it.
 */
export function useAssignToPost() {
  const [mutate, state] = useMutation(AssignToPostDocument, { refetchQueries: ['MyWork'] });
  const assignToPost = (job: NewPostJob) =>
    mutate({
      variables: { input: job },
      update(cache, { data }) {
        const created = data?.assign;
        if (!created) return;
        cache.modify({
          id: cache.identify({ __typename: 'Post', id: job.postId }),
          fields: {
            assignments(existing, { toReference }) {
              const added = toReference(created);
              return added && Array.isArray(existing) ? [...existing, added] : existing;
            },
          },
        });
      },
    });
  return [assignToPost, state] as const;
}
