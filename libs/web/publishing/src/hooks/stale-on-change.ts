import type { CalendarChange } from '@planbord/web-graphql';

/** What a change elsewhere may have made stale of publishing's queries, per kind of thing that changed. */
const STALE: Record<string, string[]> = {
  Crisis: ['Crisis', 'ApprovalQueue', 'ApprovalQueueCount', 'Post', 'EventPosts', 'SlotPosts'],
  Post: ['ApprovalQueue', 'ApprovalQueueCount', 'MyWork', 'EventPosts', 'SlotPosts'],
  Assignment: ['MyWork'],
};

export const staleOnChange = (change: CalendarChange): readonly string[] => STALE[change.entityType] ?? [];
