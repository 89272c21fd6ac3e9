import { useEffect, useId, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { failureFacts, type NotificationFieldsFragment } from '@planbord/web-graphql';
import { Button, QueryFailure, Spinner, linkClassName, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useMyNotifications } from '../hooks/useMyNotifications';
import { useNotificationReceived } from '../hooks/useNotificationReceived';
import { useUnreadNotificationCount } from '../hooks/useUnreadNotificationCount';
import { bellLabelKey, notificationHref, notificationMessage } from '../lib/notifications';

/**
 * The bell in the header: the unread count in its name ("Meldingen, 3 ongelezen"), and a popover with the newest
 * notifications as sentences, each leading to its subject. Escape or a click elsewhere closes it.
 */
export function NotificationBell() {
  const t = useT();
  useNotificationReceived();
  const { unread } = useUnreadNotificationCount();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const { notifications, loading, error, refetch } = useMyNotifications(open);
  const [markRead, { loading: marking }] = useMarkNotificationsRead();

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  return (
    <div className="planbord-bell" ref={root}>
      <button
        ref={button}
        type="button"
        className="utrecht-button utrecht-button--subtle planbord-bell__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t(bellLabelKey(unread), { count: unread })}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="planbord-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z" />
        </svg>
        {unread > 0 ? (
          <span className="planbord-bell__count" aria-hidden="true">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      <div
        id={panelId}
        className="planbord-bell__panel"
        hidden={!open}
        role="region"
        aria-label={t('notifications.title')}
      >
        {open ? (
          <>
            <div className="planbord-bell__header">
              <h2 className="utrecht-heading-3">{t('notifications.title')}</h2>
              <Button appearance="subtle" busy={marking} disabled={unread === 0} onClick={() => void markRead(null)}>
                {t('notifications.markAll')}
              </Button>
            </div>
            {error ? (
              <QueryFailure
                facts={failureFacts(error)}
                onRetry={() => void refetch()}
                conflictMessage={t('publishing.conflict')}
              />
            ) : notifications === null && loading ? (
              <Spinner label={t('app.loading')} />
            ) : !notifications?.length ? (
              <p className="planbord-muted">{t('notifications.empty')}</p>
            ) : (
              <ul className="planbord-bell__list">
                {notifications.map((notification) => (
                  <NotificationLine
                    key={notification.id}
                    notification={notification}
                    onFollow={() => {
                      setOpen(false);
                      if (!notification.readAt) void markRead(notification.id);
                    }}
                    onRead={() => void markRead(notification.id)}
                  />
                ))}
              </ul>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}

function NotificationLine({
  notification,
  onFollow,
  onRead,
}: {
  notification: NotificationFieldsFragment;
  onFollow: () => void;
  onRead: () => void;
}) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const message = notificationMessage(notification, t('notifications.someone'));
  const sentence = t(message.key, message.params);
  const href = notificationHref(notification);
  const unread = !notification.readAt;
  return (
    <li className={`planbord-bell__item${unread ? ' planbord-bell__item--unread' : ''}`}>
      <div className="planbord-bell__text">
        {href ? (
          <RouterLink className={linkClassName} to={href} onClick={onFollow}>
            {sentence}
          </RouterLink>
        ) : (
          <span>{sentence}</span>
        )}
        <span className="planbord-bell__meta">
          {unread ? `${t('notifications.unread')} · ` : null}
          {formatDateTime(notification.createdAt, { weekday: false })}
        </span>
      </div>
      {unread ? (
        <Button
          appearance="subtle"
          className="planbord-bell__read"
          onClick={onRead}
          aria-label={t('notifications.markOneLabel', { sentence })}
        >
          {t('notifications.markOne')}
        </Button>
      ) : null}
    </li>
  );
}
