import { useState } from 'react';
import { failureFacts, type EventRequestFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  Drawer,
  EmptyState,
  Heading,
  Paragraph,
  QueryFailure,
  Spinner,
  VisuallyHidden,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useEventRequests } from '../hooks/useEventRequests';
import { requestAnchorId, useFocusedRequest } from '../hooks/useFocusedRequest';
import { RequestBadges } from './RequestBadges';
import { RequestDetails, TextBlock } from './RequestDetails';
import { RequestForm } from './RequestForm';

/** "Mijn aanvragen": every request of the liaison with its status, due date and the team's note; open ones can be edited. */
export function MyRequests({ minimumLeadDays, headingId }: { minimumLeadDays: number; headingId: string }) {
  const t = useT();
  const { requests, loading, error, refetch } = useEventRequests(true, null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const now = new Date();
  const editing = requests?.find((request) => request.id === editingId) ?? null;
  useFocusedRequest(requests?.map((request) => request.id) ?? null);

  const close = () => {
    setEditingId(null);
    setConflict(false);
  };

  return (
    <section aria-labelledby={headingId} className="planbord-request-section">
      <Heading level={2} id={headingId}>
        {t('requests.mine')}
      </Heading>
      <div aria-live="polite">
        {notice ? (
          <Alert type="ok" live={false}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {error && !requests ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !requests ? <Spinner label={t('app.loading')} /> : null}
      {requests && requests.length === 0 ? (
        <EmptyState title={t('requests.mineEmpty')}>{t('requests.mineEmptyHint')}</EmptyState>
      ) : null}
      {requests && requests.length > 0 ? (
        <ul className="planbord-request-list">
          {requests.map((request) => (
            <li key={request.id}>
              <MyRequest
                request={request}
                now={now}
                onEdit={() => {
                  setNotice(null);
                  setEditingId(request.id);
                }}
              />
            </li>
          ))}
        </ul>
      ) : null}
      <Drawer
        open={editing != null}
        title={editing ? t('requests.editTitle', { title: editing.title }) : ''}
        closeLabel={t('requests.close')}
        onClose={close}
      >
        {conflict ? <Alert type="warning">{t('error.versionConflict')}</Alert> : null}
        {editing && editing.status !== 'REQUESTED' ? <Alert type="info">{t('requests.notOpenAnyMore')}</Alert> : null}
        {editing && editing.status === 'REQUESTED' ? (
          <>
            <Paragraph small>{t('requests.editHint')}</Paragraph>
            <RequestForm
              key={`${editing.id}:${editing.version}`}
              request={editing}
              minimumLeadDays={minimumLeadDays}
              onCancel={close}
              onConflict={() => {
                setConflict(true);
                void refetch();
              }}
              onDone={(saved) => {
                setNotice(t('requests.updated', { title: saved.title }));
                close();
              }}
            />
          </>
        ) : null}
      </Drawer>
    </section>
  );
}

function MyRequest({ request, now, onEdit }: { request: EventRequestFieldsFragment; now: Date; onEdit: () => void }) {
  const t = useT();
  const titleId = `request-${request.id}`;
  return (
    <article
      id={requestAnchorId(request.id)}
      tabIndex={-1}
      className="planbord-card planbord-request"
      aria-labelledby={titleId}
    >
      <div className="planbord-request__header">
        <Heading level={3} id={titleId} className="planbord-request__title">
          {request.title}
        </Heading>
        <RequestBadges request={request} now={now} />
      </div>
      <RequestDetails request={request} compact />
      {request.decisionNote ? (
        <TextBlock label={t('requests.detail.decision')} text={request.decisionNote} emphasis />
      ) : null}
      {request.status === 'REQUESTED' ? (
        <div className="planbord-button-row">
          <Button onClick={onEdit}>
            {t('requests.edit')}
            <VisuallyHidden> {request.title}</VisuallyHidden>
          </Button>
        </div>
      ) : null}
    </article>
  );
}
