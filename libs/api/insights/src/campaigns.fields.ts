import { fieldsOf, groupByKey, type GraphQLContext } from '@planbord/api-core';
import { identityLoaders } from '@planbord/api-identity';
import { publishingLoaders, type Post } from '@planbord/api-publishing';
import { Campaign } from './insights.entities';

/** The post ids of campaigns, from insights' own link table, one statement per request. */
function campaignPostIds(ctx: GraphQLContext) {
  return ctx.loaders.get<string[]>('campaignPostIds', async (keys) => {
    const rows: { campaign_id: string; post_id: string }[] = await ctx.db.query(
      'SELECT campaign_id, post_id FROM campaign_posts WHERE campaign_id = ANY($1)',
      [[...keys]],
    );
    return groupByKey(keys, rows, (row) => row.campaign_id).map((group) => group.map((row) => row.post_id));
  });
}

const when = (post: Post) => (post.publishedAt ?? post.plannedAt)?.getTime() ?? Number.MAX_SAFE_INTEGER;

/** How the relation fields of campaigns resolve, through the per-request loaders. */
export const campaignsFields = [
  fieldsOf(Campaign, {
    channel: (campaign, ctx) => identityLoaders(ctx).channel.load(campaign.channelId),
    posts: async (campaign, ctx) => {
      const ids = await campaignPostIds(ctx).load(campaign.id);
      const posts = await publishingLoaders(ctx).post.loadMany(ids);
      return posts
        .filter((post): post is Post => !!post && !(post instanceof Error))
        .sort((a, b) => when(a) - when(b) || a.id.localeCompare(b.id));
    },
  }),
];
