import { useState } from 'react';
import {
  failureFacts,
  useChannels,
  useDepartments,
  type CalendarFeedFieldsFragment,
  type CalendarFeedScope,
} from '@planbord/web-graphql';
import {
  Alert,
  Button,
  Card,
  describeFailure,
  EmptyState,
  Heading,
  QueryFailure,
  RadioGroup,
  SecretOnce,
  SelectField,
  Spinner,
  useFormat,
  type Failure,
} from '@planbord/web-ui';
import '../account-sections.css';
import { useT, type Translate } from '../i18n';
import { useCalendarFeeds } from '../hooks/useCalendarFeeds';
import { useCreateCalendarFeed } from '../hooks/useCreateCalendarFeed';
import { useRevokeCalendarFeed } from '../hooks/useRevokeCalendarFeed';
import { ConfirmRevoke } from './ConfirmRevoke';

const SCOPES: readonly CalendarFeedScope[] = ['PERSON', 'DEPARTMENT', 'CHANNEL', 'ALL'];

function feedName(feed: Pick<CalendarFeedFieldsFragment, 'scope' | 'targetName'>, t: Translate): string {
  if (feed.scope === 'PERSON' || feed.scope === 'ALL' || !feed.targetName)
    return t(`integrations.feeds.scope.${feed.scope}`);
  return `${t(`integrations.feeds.scope.${feed.scope}`)}: ${feed.targetName}`;
}

/** "Agenda-abonnementen" on Mijn account: make a secret iCal address, see my feeds, stop one. */
export function CalendarFeeds() {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { feeds, error, refetch } = useCalendarFeeds();
  const [created, setCreated] = useState<{ name: string; url: string } | null>(null);
  const [revoking, setRevoking] = useState<CalendarFeedFieldsFragment | null>(null);
  const [revoke, revokeState] = useRevokeCalendarFeed();
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  return (
    <Card labelledBy="integrations-feeds">
      <Heading level={2} id="integrations-feeds">
        {t('integrations.feeds.title')}
      </Heading>
      <p className="utrecht-paragraph planbord-muted">{t('integrations.feeds.intro')}</p>
      <div aria-live="polite">
        {created ? (
          <SecretOnce
            heading={t('integrations.feeds.createdTitle', { name: created.name })}
            explanation={t('integrations.feeds.createdOnce')}
            secretLabel={t('integrations.feeds.url')}
            secret={created.url}
            copyLabel={t('integrations.feeds.copy')}
          />
        ) : null}
        {notice ? <Alert type={notice.type === 'ok' ? 'ok' : 'error'}>{notice.text}</Alert> : null}
      </div>
      <Heading level={3}>{t('integrations.feeds.list')}</Heading>
      {error && !feeds ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !feeds ? (
        <Spinner label={t('app.loading')} />
      ) : feeds.length === 0 ? (
        <EmptyState title={t('integrations.feeds.empty')} />
      ) : (
        <ul className="planbord-account-list" aria-label={t('integrations.feeds.list')}>
          {feeds.map((feed) => (
            <li key={feed.id} className="planbord-account-item">
              <p className="utrecht-paragraph">
                <strong>{feedName(feed, t)}</strong>
              </p>
              <p className="utrecht-paragraph planbord-muted">
                {t('integrations.feeds.created', { time: formatDateTime(feed.createdAt, { weekday: false }) })}
                {' · '}
                {feed.lastFetchedAt
                  ? t('integrations.feeds.lastFetched', {
                      time: formatDateTime(feed.lastFetchedAt, { weekday: false }),
                    })
                  : t('integrations.feeds.neverFetched')}
              </p>
              <div>
                <Button
                  appearance="secondary"
                  danger
                  aria-label={t('integrations.feeds.revokeLabel', { name: feedName(feed, t) })}
                  onClick={() => setRevoking(feed)}
                >
                  {t('integrations.feeds.revoke')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewFeedForm
        onCreated={(feed) => {
          setNotice(null);
          setCreated(feed);
        }}
      />
      <Heading level={3}>{t('integrations.feeds.howTo')}</Heading>
      <Heading level={4}>{t('integrations.feeds.outlook')}</Heading>
      <p className="utrecht-paragraph">{t('integrations.feeds.outlookSteps')}</p>
      <Heading level={4}>{t('integrations.feeds.google')}</Heading>
      <p className="utrecht-paragraph">{t('integrations.feeds.googleSteps')}</p>
      <ConfirmRevoke
        open={revoking != null}
        title={revoking ? t('integrations.feeds.revokeTitle', { name: feedName(revoking, t) }) : ''}
        text={t('integrations.feeds.revokeText')}
        confirm={t('integrations.feeds.revoke')}
        cancel={t('integrations.feeds.cancel')}
        busy={revokeState.loading}
        onClose={() => setRevoking(null)}
        revoked={t('integrations.feeds.revoked')}
        onConfirm={() => (revoking ? revoke(revoking.id) : Promise.resolve())}
        onDone={(outcome) => {
          setRevoking(null);
          if (outcome.type === 'ok') setCreated(null);
          setNotice(outcome);
        }}
      />
    </Card>
  );
}

function NewFeedForm({ onCreated }: { onCreated: (feed: { name: string; url: string }) => void }) {
  const t = useT();
  const [create, { loading }] = useCreateCalendarFeed();
  const { departments } = useDepartments();
  const { channels } = useChannels();
  const [scope, setScope] = useState<CalendarFeedScope>('PERSON');
  const [targetId, setTargetId] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const needsTarget = scope === 'DEPARTMENT' || scope === 'CHANNEL';
  const targets = (scope === 'DEPARTMENT' ? departments : scope === 'CHANNEL' ? channels : null) ?? [];
  const targetError = missing && needsTarget && !targetId ? t('integrations.feeds.required') : failure?.fields.targetId;

  return (
    <form
      className="planbord-account-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (needsTarget && !targetId) {
          setMissing(true);
          return;
        }
        setFailure(null);
        create(scope, needsTarget ? targetId : null).then(
          (result) => {
            const feed = result.data?.createCalendarFeed;
            if (feed?.url) onCreated({ name: feedName(feed, t), url: feed.url });
            setMissing(false);
          },
          (e: unknown) => setFailure(describeFailure(failureFacts(e), t)),
        );
      }}
    >
      <Heading level={3}>{t('integrations.feeds.new')}</Heading>
      {failure && !failure.fields.targetId && !failure.fields.scope ? (
        <Alert type="error">{failure.message}</Alert>
      ) : null}
      <RadioGroup
        legend={t('integrations.feeds.scope')}
        name="feed-scope"
        value={scope}
        error={failure?.fields.scope}
        onChange={(value) => {
          setScope(value as CalendarFeedScope);
          setTargetId('');
          setMissing(false);
        }}
        options={SCOPES.map((value) => ({ value, label: t(`integrations.feeds.scope.${value}`) }))}
      />
      {needsTarget ? (
        <SelectField
          label={t(scope === 'DEPARTMENT' ? 'integrations.feeds.department' : 'integrations.feeds.channel')}
          value={targetId}
          error={targetError ?? undefined}
          onChange={(event) => setTargetId(event.target.value)}
          options={[
            { value: '', label: t('integrations.feeds.choose') },
            ...targets.map((target) => ({ value: target.id, label: target.name })),
          ]}
        />
      ) : null}
      <div>
        <Button appearance="primary" type="submit" busy={loading}>
          {t('integrations.feeds.create')}
        </Button>
      </div>
    </form>
  );
}
