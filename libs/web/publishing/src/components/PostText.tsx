import { Fragment, useMemo } from 'react';
import { segmentPostText } from '../lib/post-text';

/** A post's text as the channel shows it: line breaks kept, hashtags, mentions and links highlighted. */
export function PostText({ text }: { text: string }) {
  const segments = useMemo(() => segmentPostText(text), [text]);
  return (
    <p className="planbord-post-text">
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'break':
            return <br key={index} />;
          case 'text':
            return <Fragment key={index}>{segment.text}</Fragment>;
          case 'link':
            // A preview, not the live post: the address is shown as a link would look, without leaving Planbord.
            return (
              <span key={index} className="planbord-post-text__link">
                {segment.text}
              </span>
            );
          case 'hashtag':
          case 'mention':
            return (
              <span key={index} className={`planbord-post-text__${segment.kind}`}>
                {segment.text}
              </span>
            );
        }
      })}
    </p>
  );
}
