export * from './comments.service';
export * from './crisis.service';
export * from './posts.service';
export * from './publishing.fields';
export * from './publishing.entities';
export * from './publishing.module';

import { Comment, CrisisActivation, Post, Review } from './publishing.entities';

export const publishingEntities = [Post, Review, Comment, CrisisActivation];
