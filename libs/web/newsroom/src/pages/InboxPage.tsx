import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { failureFacts, useCurrentUser } from '@planbord/web-graphql';
import { Button, EmptyState, PageHeader, QueryFailure, Spinner } from '@planbord/web-ui';
import { useT } from '../i18n';
import { CrisisBanner } from '../components/CrisisBanner';
import { InboxFilterBar, SEARCH_FIELD_ID } from '../components/InboxFilterBar';
import { useNow } from '../components/SignalBadges';
import { useSignalCommands } from '../components/SignalCommands';
import { SignalDrawer } from '../components/SignalDrawer';
import { SignalList } from '../components/SignalList';
import { ShortcutHelp } from '../components/ShortcutHelp';
import { useSignalReceived } from '../hooks/useSignalReceived';
import { useSignals } from '../hooks/useSignals';
import { inboxSearchParams, parseInboxFilters, signalFilter, type InboxFilters } from '../lib/inbox-url';
import { inboxCommand } from '../lib/shortcuts';
import { DISMISSABLE } from '../model/newsroom';
import { NEWSROOM_ROUTES } from '../routes';
import { NewsroomTabs } from '../components/NewsroomTabs';
import '../newsroom.css';

/** `/nieuwsroom`: every signal, newest first, handled by keyboard as fast as by mouse. */
export function InboxPage({ postHref }: { postHref: (postId: string) => string }) {
  const t = useT();
  const now = useNow();
  const { me } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseInboxFilters(params), [params]);
  const filter = useMemo(() => signalFilter(filters), [filters]);
  const { connection, loading, error, refetch, loadMore } = useSignals(filter);
  const signals = useMemo(() => connection?.nodes ?? [], [connection]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [focusActive, setFocusActive] = useState(false);
  const [arrived, setArrived] = useState(0);
  const lastIndex = useRef(0);
  const openId = params.get('signaal');
  const replying = params.get('antwoord') === '1';

  const setFilters = (next: InboxFilters) => {
    const search = inboxSearchParams(next);
    setParams(search, { replace: true });
  };
  const openSignal = useCallback(
    (id: string, reply = false) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('signaal', id);
          if (reply) next.set('antwoord', '1');
          else next.delete('antwoord');
          return next;
        },
        { replace: false },
      ),
    [setParams],
  );
  const closeSignal = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('signaal');
        next.delete('antwoord');
        return next;
      },
      { replace: false },
    );

  const commands = useSignalCommands();
  useSignalReceived(() => setArrived((count) => count + 1));

  // The keyboard stays on the same place in the list when the signal it was on leaves it (dismissed, filtered out).
  useEffect(() => {
    const index = signals.findIndex((signal) => signal.id === activeId);
    if (index >= 0) {
      lastIndex.current = index;
      return;
    }
    if (!activeId || signals.length === 0) return;
    const focusWasLost = document.activeElement === document.body || document.activeElement === null;
    setActiveId(signals[Math.min(lastIndex.current, signals.length - 1)].id);
    if (focusWasLost) setFocusActive(true);
  }, [signals, activeId]);

  // Keys read the latest state through a ref, and each key updates it at once: presses that come faster than React
  // renders (k k k, or a key right after a dialog closes) each count, and none is handled with stale state.
  const live = useRef({ signals, activeId, openId, openSignal, commands });
  live.current = { signals, activeId, openId, openSignal, commands };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const command = inboxCommand(event);
      const { signals, activeId, openId, openSignal, commands } = live.current;
      if (!command || openId) return;
      const found = signals.findIndex((signal) => signal.id === activeId);
      const index = Math.max(0, found);
      const active = signals[index];
      switch (command) {
        case 'next':
        case 'previous': {
          // The first j or k lands on the first signal; after that they move one up or down.
          const step = found < 0 ? 0 : command === 'next' ? 1 : -1;
          const next = signals[Math.min(signals.length - 1, Math.max(0, index + step))];
          if (!next) return;
          event.preventDefault();
          setFocusActive(true);
          live.current.activeId = next.id;
          setActiveId(next.id);
          if (next.id === activeId)
            document.querySelector<HTMLElement>(`[data-signal-id="${CSS.escape(next.id)}"]`)?.focus();
          return;
        }
        case 'search':
          event.preventDefault();
          document.getElementById(SEARCH_FIELD_ID)?.focus();
          return;
        case 'help':
          event.preventDefault();
          document.getElementById('newsroom-keys')?.scrollIntoView();
          return;
        case 'open':
        case 'reply':
          if (!active) return;
          event.preventDefault();
          setActiveId(active.id);
          live.current.openId = active.id;
          openSignal(active.id, command === 'reply');
          return;
        case 'assign':
        case 'decide':
        case 'dismiss':
          if (!active) return;
          if (command === 'dismiss' && !DISMISSABLE.includes(active.status)) return;
          event.preventDefault();
          setActiveId(active.id);
          commands.start(command, active);
          return;
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <>
      <PageHeader
        title={t('newsroom.inbox.title')}
        intro={t('newsroom.inbox.intro')}
        actions={
          <RouterLink className="utrecht-button utrecht-button--primary-action" to={NEWSROOM_ROUTES.newSignal}>
            {t('newsroom.inbox.new')}
          </RouterLink>
        }
      />
      <NewsroomTabs />
      <CrisisBanner />
      <ShortcutHelp id="newsroom-keys" />
      {me ? <InboxFilterBar filters={filters} onChange={setFilters} meId={me.id} /> : null}
      <div aria-live="polite" className="planbord-inbox-live">
        {arrived > 0 ? (
          <p className="utrecht-paragraph">
            {t('newsroom.inbox.arrived', { count: arrived })}{' '}
            <Button appearance="subtle" onClick={() => setArrived(0)}>
              {t('newsroom.inbox.arrivedSeen')}
            </Button>
          </p>
        ) : null}
      </div>
      {error && !connection ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !connection ? (
        <Spinner label={t('app.loading')} />
      ) : signals.length === 0 ? (
        <EmptyState title={t('newsroom.inbox.empty')}>{t('newsroom.inbox.emptyText')}</EmptyState>
      ) : (
        <>
          <p className="utrecht-paragraph planbord-muted" role="status">
            {t('newsroom.inbox.count', { shown: signals.length, total: connection.totalCount })}
          </p>
          <SignalList
            label={t('newsroom.inbox.list')}
            signals={signals}
            activeId={activeId}
            focusActive={focusActive}
            onActivate={setActiveId}
            onOpen={(id) => openSignal(id)}
            now={now}
          />
          {connection.hasNextPage ? (
            <Button busy={loading} onClick={() => void loadMore()}>
              {t('newsroom.inbox.more')}
            </Button>
          ) : null}
        </>
      )}
      {commands.dialogs}
      <SignalDrawer signalId={openId} reply={replying} onClose={closeSignal} postHref={postHref} />
    </>
  );
}
