import { PUBLISHING_PERMISSIONS } from '@planbord/domain';
import { defineFeature } from '@planbord/api-core';
import { Comment, CrisisActivation, Post, Review } from './publishing.entities';
import { PostThemes1764720000000 } from './migrations/1764720000000-post-themes';
import { publishingFields } from './publishing.fields';
import { PublishingModule } from './publishing.module';

/** Posts, reviews, comments and the crisis switch. Its first tables came with the app's first migrations. */
export const publishingFeature = defineFeature({
  name: 'publishing',
  module: PublishingModule,
  entities: [Post, Review, Comment, CrisisActivation],
  tables: ['post_themes'],
  migrations: [PostThemes1764720000000],
  fields: publishingFields,
  permissions: Object.keys(PUBLISHING_PERMISSIONS),
});
