import { useApolloClient } from '@apollo/client/react';
import { can } from '@planbord/domain';
import { failureFacts, useCurrentUser, usePeople, type CalendarSlotFieldsFragment } from '@planbord/web-graphql';
import { Drawer, Paragraph, QueryFailure, Spinner } from '@planbord/web-ui';
import { useT } from '../i18n';
import { usePlanningEvent } from '../hooks/usePlanningEvent';
import { usePlanningSlot } from '../hooks/usePlanningSlot';
import type { ItemRef } from '../lib/calendar-url';
import { EventPanel } from './EventPanel';
import { SlotPanel } from './SlotPanel';

/**
 * The side panel for one event or slot, opened from the calendar or the planning board (and from a link with
 * `?item=event:<id>`). A version conflict reloads what is shown, so the person sees the current state.
 */
export function ItemDrawer({
  item,
  findSlot,
  onClose,
}: {
  item: ItemRef | null;
  findSlot: (id: string) => CalendarSlotFieldsFragment | null;
  onClose: () => void;
}) {
  const t = useT();
  const client = useApolloClient();
  const { me } = useCurrentUser();
  const team = usePeople({ team: true }).people ?? [];
  const eventId = item?.kind === 'event' ? item.id : null;
  const { event, loading, error, refetch } = usePlanningEvent(eventId);
  // A slot in the calendar on screen is at hand; any other (a link, the planning board) is asked for.
  const shownSlot = item?.kind === 'slot' ? findSlot(item.id) : null;
  const slotQuery = usePlanningSlot(item?.kind === 'slot' && !shownSlot ? item.id : null);
  const slot = shownSlot ?? (item?.kind === 'slot' ? slotQuery.slot : null);
  const reload = () =>
    void client.refetchQueries({ include: ['Calendar', 'PlanningEvent', 'PlanningSlot', 'Workload'] });

  const title =
    item?.kind === 'event'
      ? (event?.title ?? t(loading ? 'app.loading' : 'drawer.notFoundTitle'))
      : slot
        ? slot.title || slot.rubric?.name || t('calendar.kind.adHoc')
        : t(slotQuery.loading ? 'app.loading' : 'drawer.notFoundTitle');

  let body;
  if (!item || !me) body = null;
  else if (item.kind === 'event') {
    if (loading) body = <Spinner label={t('app.loading')} />;
    else if (error)
      body = (
        <QueryFailure
          facts={failureFacts(error)}
          onRetry={() => void refetch()}
          conflictMessage={t('drawer.conflict')}
        />
      );
    else if (!event) body = <Paragraph>{t('drawer.notFound')}</Paragraph>;
    else body = <EventPanel event={event} me={me} team={team} onConflict={reload} />;
  } else {
    if (slot) body = <SlotPanel slot={slot} me={me} team={team} onConflict={reload} />;
    else if (slotQuery.loading) body = <Spinner label={t('app.loading')} />;
    else if (slotQuery.error)
      body = (
        <QueryFailure
          facts={failureFacts(slotQuery.error)}
          onRetry={() => void slotQuery.refetch()}
          conflictMessage={t('drawer.conflict')}
        />
      );
    else body = <Paragraph>{t('drawer.slotNotFound')}</Paragraph>;
  }

  return (
    <Drawer open={item != null} title={title} onClose={onClose} closeLabel={t('drawer.close')}>
      {/* Read-only content has nothing to tab to: the panel itself takes focus so it can be scrolled by keyboard. */}
      {me && !can(me.role, 'Mutation.assign') && body ? (
        <div className="planbord-drawer-readonly" tabIndex={0} role="region" aria-label={title}>
          {body}
        </div>
      ) : (
        body
      )}
    </Drawer>
  );
}
