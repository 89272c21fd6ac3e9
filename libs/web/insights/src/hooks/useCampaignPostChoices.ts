import { useQuery } from '@apollo/client/react';
import { CampaignPostChoicesDocument } from '@planbord/web-graphql';
import { useOrgTime } from '@planbord/web-ui';

/** Posts of the channel planned or published in the campaign's days, not cancelled: what the campaign can boost. */
export function useCampaignPostChoices(channelId: string, startsOn: string, endsOn: string) {
  const time = useOrgTime();
  const ready = !!channelId && /^\d{4}-\d{2}-\d{2}$/.test(startsOn) && /^\d{4}-\d{2}-\d{2}$/.test(endsOn);
  const period = ready && endsOn >= startsOn;
  const from = period ? time.startOfDate(startsOn).toISOString() : '';
  const to = period ? time.shiftByDays(time.startOfDate(endsOn).toISOString(), 1) : '';
  const { data, loading, error } = useQuery(CampaignPostChoicesDocument, {
    variables: { from, to, channelId },
    skip: !period,
  });
  const posts = (data?.calendar.posts ?? []).filter(
    (post) => post.channel.id === channelId && post.status !== 'CANCELLED',
  );
  return { posts: period ? posts : null, loading, error };
}
