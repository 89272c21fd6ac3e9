/** The lists that show a post's state: any change to a post may move it in or out of them. */
export const POST_LISTS = ['ApprovalQueue', 'ApprovalQueueCount', 'MyWork', 'EventPosts', 'SlotPosts', 'Calendar', 'PlanningEvent'];
