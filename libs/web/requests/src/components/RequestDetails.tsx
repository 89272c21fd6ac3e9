import type { EventRequestFieldsFragment } from '@planbord/web-graphql';
import { useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { describeWhen } from './when';

const names = (items: readonly { name: string }[]) => items.map((item) => item.name).join(', ');

/** The facts of a request as a description list; `compact` leaves out what the requester knows already. */
export function RequestDetails({
  request,
  compact = false,
}: {
  request: EventRequestFieldsFragment;
  compact?: boolean;
}) {
  const t = useT();
  const format = useFormat();
  const { formatDateTime } = format;
  const none = t('requests.detail.none');
  const rows: [string, string][] = [
    [t('requests.detail.when'), describeWhen(request, format, t)],
    [t('requests.detail.where'), request.location ?? none],
    [t('requests.detail.department'), request.department?.name ?? none],
  ];
  if (!compact) {
    rows.push(
      [t('requests.detail.requestedBy'), request.requestedBy?.name ?? none],
      [t('requests.detail.requestedAt'), request.requestedAt ? formatDateTime(request.requestedAt) : none],
    );
  }
  if (request.status === 'REQUESTED' && request.responseDueAt)
    rows.push([t('requests.detail.dueAt'), format.formatDeadline(request.responseDueAt)]);
  if (request.themes.length) rows.push([t('requests.detail.themes'), names(request.themes)]);
  if (request.audiences.length) rows.push([t('requests.detail.audiences'), names(request.audiences)]);
  if (request.wishedChannels.length) rows.push([t('requests.detail.channels'), names(request.wishedChannels)]);
  return (
    <>
      <dl className="planbord-details planbord-request__details">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {request.description ? <TextBlock label={t('requests.detail.description')} text={request.description} /> : null}
      {request.requestNote ? <TextBlock label={t('requests.detail.note')} text={request.requestNote} /> : null}
    </>
  );
}

export function TextBlock({ label, text, emphasis = false }: { label: string; text: string; emphasis?: boolean }) {
  return (
    <div className={emphasis ? 'planbord-request__text planbord-request__text--emphasis' : 'planbord-request__text'}>
      <p className="planbord-request__text-label">{label}</p>
      <p className="utrecht-paragraph planbord-request__text-body">{text}</p>
    </div>
  );
}
