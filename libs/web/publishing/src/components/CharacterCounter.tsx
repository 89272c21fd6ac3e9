import { CHANNEL_LIMITS, characterCount, type ChannelKind } from '@planbord/domain';
import { useT } from '@planbord/web-ui';

/** "123 van 280 tekens", marked when over the channel's limit; just the count where a channel has none. */
export function CharacterCounter({ text, kind, id }: { text: string; kind: ChannelKind; id?: string }) {
  const t = useT();
  const count = characterCount(text);
  const limit = CHANNEL_LIMITS[kind];
  const over = limit !== undefined && count > limit;
  return (
    <span id={id} className={`planbord-counter${over ? ' planbord-counter--over' : ''}`}>
      {limit !== undefined ? t('publishing.counter', { count, limit }) : t('publishing.counterNoLimit', { count })}
      {over ? ` — ${t('publishing.counterOver', { over: count - limit })}` : null}
    </span>
  );
}
