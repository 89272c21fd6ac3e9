/**
 * The root fields whose queries show a post's state, whichever feature they belong to (the approval queue, Mijn werk,
 * an event's or slot's posts, the calendar): a change to a post may move it in or out of them.
 */
export const POST_LISTS = ['approvalQueue', 'myWork', 'event', 'slot', 'calendar'];
