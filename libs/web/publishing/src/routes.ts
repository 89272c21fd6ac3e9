/** The publishing pages' addresses, for the app's router and navigation. */
export const PUBLISHING_ROUTES = {
  approvals: '/goedkeuren',
  newPost: '/berichten/nieuw',
  heldPosts: '/berichten/vastgehouden',
  post: '/berichten/:id',
  myWork: '/mijn-werk',
} as const;
