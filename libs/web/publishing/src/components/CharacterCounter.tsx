import { CHANNEL_LIMITS, characterCount, type ChannelKind } from '@planbord/domain';
import { useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';

/** "123 van 280 tekens", marked when over the channel's limit; just the count where a channel has none. */
export function CharacterCounter({ text, kind, id }: { text: string; kind: ChannelKind; id?: string }) {
  const t = useT();
  const { formatNumber } = useFormat();
  const count = characterCount(text);
  const limit = CHANNEL_LIMITS[kind];
  const over = limit !== undefined && count > limit;
  return (
    <span id={id} className={`planbord-counter${over ? ' planbord-counter--over' : ''}`}>
      {limit !== undefined
        ? t('publishing.counter', { count: formatNumber(count), limit: formatNumber(limit) })
        : t('publishing.counterNoLimit', { count: formatNumber(count) })}
      {over ? ` — ${t('publishing.counterOver', { over: formatNumber(count - limit) })}` : null}
    </span>
  );
}
