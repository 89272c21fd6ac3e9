import { PUBLISHING_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { Comment, CrisisActivation, Post, Review } from './publishing.entities';
import { PostThemes1764720000000 } from './migrations/1764720000000-post-themes';
import { PublishingViews1765500100000 } from './migrations/1765500100000-publishing-views';
import { publishingFields } from './publishing.fields';
import { PublishingModule } from './publishing.module';

/** Posts, reviews, comments and the crisis switch. Its first tables came with the app's first migrations. */
export const publishingFeature = defineFeature({
  name: 'publishing',
  module: PublishingModule,
  entities: [Post, Review, Comment, CrisisActivation],
  tables: ['post_themes'],
  views: ['publishing_published_posts', 'publishing_post_themes'],
  migrations: [PostThemes1764720000000, PublishingViews1765500100000],
  fields: publishingFields,
  permissions: Object.keys(PUBLISHING_PERMISSIONS),
});
