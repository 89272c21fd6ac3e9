import { Button, EmptyState, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { slaClock } from '../lib/sla';
import type { SignalSummary } from '../model/newsroom';
import { authorLine, SignalBadges, SlaClockBadge } from './SignalBadges';

/** The signals waiting for a first answer, the soonest due on top, each with its clock and a reply button. */
export function WebcareList({
  signals,
  now,
  onReply,
}: {
  signals: readonly SignalSummary[];
  now: number;
  onReply: (id: string) => void;
}) {
  const t = useT();
  const { formatDateTime } = useFormat();
  if (signals.length === 0)
    return <EmptyState title={t('newsroom.webcare.empty')}>{t('newsroom.webcare.emptyText')}</EmptyState>;
  const overdue = signals.filter((signal) => slaClock(signal, now)?.tone === 'overdue').length;
  return (
    <>
      <p className="utrecht-paragraph" role="status">
        {t('newsroom.webcare.count', { count: signals.length, overdue })}
      </p>
      <ol className="planbord-webcare-list">
        {signals.map((signal) => (
          <li key={signal.id} className="planbord-webcare-item">
            <div className="planbord-webcare-item__clock">
              <SlaClockBadge signal={signal} now={now} />
              {signal.firstReplyDueAt ? (
                <span className="planbord-muted">
                  {t('newsroom.webcare.due', { time: formatDateTime(signal.firstReplyDueAt, { weekday: false }) })}
                </span>
              ) : null}
            </div>
            <p className="planbord-webcare-item__body">{signal.body}</p>
            <p className="planbord-muted">
              {authorLine(signal, t('newsroom.author.unknown'))} ·{' '}
              <time dateTime={signal.receivedAt}>{formatDateTime(signal.receivedAt, { weekday: false })}</time>
            </p>
            <SignalBadges signal={signal} />
            <div>
              <Button
                appearance="primary"
                onClick={() => onReply(signal.id)}
                aria-label={t('newsroom.webcare.replyTo', { author: authorLine(signal, t('newsroom.author.unknown')) })}
              >
                {t('newsroom.webcare.reply')}
              </Button>
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
