import type { ChannelKind } from '@planbord/domain';
import { Initials } from '@planbord/web-ui';
import { useT } from '../i18n';
import { CharacterCounter } from './CharacterCounter';
import { PostText } from './PostText';

export interface PreviewChannel {
  name: string;
  kind: ChannelKind;
  handle: string | null;
}

const SHAPES: Partial<Record<ChannelKind, string>> = {
  X: 'x',
  FACEBOOK: 'facebook',
  INSTAGRAM: 'instagram',
  LINKEDIN: 'linkedin',
  WEBSITE: 'website',
  NEWSLETTER: 'website',
};

/**
 * The post roughly as its channel will show it: the account (avatar and name from the channel), the text with its
 * line breaks, hashtags and links, the media, and the character counter against the channel's limit.
 */
export function ChannelPreview({
  channel,
  title,
  body,
  mediaUrls,
  labelledBy,
}: {
  channel: PreviewChannel;
  title: string;
  body: string;
  mediaUrls: readonly string[];
  labelledBy?: string;
}) {
  const t = useT();
  const shape = SHAPES[channel.kind] ?? 'generic';
  const media = mediaUrls.length ? (
    <ul className="planbord-preview__media" aria-label={t('publishing.preview.media')}>
      {mediaUrls.map((url, index) => (
        <li key={`${url}-${index}`} className="planbord-preview__medium" title={url}>
          {t('publishing.preview.medium', { number: index + 1 })}
        </li>
      ))}
    </ul>
  ) : null;
  return (
    <figure className={`planbord-preview planbord-preview--${shape}`} aria-labelledby={labelledBy}>
      <div className="planbord-preview__account">
        <Initials name={channel.name.replace(/[@#]/g, ' ')} />
        <span className="planbord-preview__names">
          <span className="planbord-preview__name">{channel.name}</span>
          <span className="planbord-preview__handle">
            {channel.handle ?? t(`channelKind.${channel.kind}`)}
            {channel.handle ? ` · ${t(`channelKind.${channel.kind}`)}` : null}
          </span>
        </span>
      </div>
      {shape === 'instagram' ? media : null}
      {shape === 'website' ? <p className="planbord-preview__title">{title}</p> : null}
      <div className="planbord-preview__body">
        {body.trim() ? <PostText text={body} /> : <p className="planbord-muted">{t('publishing.preview.empty')}</p>}
      </div>
      {shape !== 'instagram' ? media : null}
      <figcaption className="planbord-preview__footer">
        <CharacterCounter text={body} kind={channel.kind} />
      </figcaption>
    </figure>
  );
}
