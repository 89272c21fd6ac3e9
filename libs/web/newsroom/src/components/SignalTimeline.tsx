import { useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { signalTimeline } from '../lib/timeline';
import type { SignalDetail } from '../model/newsroom';

export function SignalTimeline({ signal }: { signal: SignalDetail }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  return (
    <ol className="planbord-timeline">
      {signalTimeline(signal).map((entry, index) => (
        <li key={`${entry.kind}-${index}`}>
          <time dateTime={entry.at}>{formatDateTime(entry.at, { weekday: false })}</time>{' '}
          {entry.kind === 'received'
            ? t('newsroom.history.received', { source: t(`newsroom.source.${signal.source}`) })
            : entry.kind === 'reply'
              ? t('newsroom.history.reply', { name: entry.by })
              : entry.kind === 'decision'
                ? t('newsroom.history.decision', { name: entry.by, kind: t(`newsroom.action.${entry.action}`) })
                : t('newsroom.history.answer', { name: entry.by, department: entry.department })}
        </li>
      ))}
    </ol>
  );
}
