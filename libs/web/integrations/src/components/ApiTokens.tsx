import { useState } from 'react';
import { failureFacts, type ApiTokenFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  Card,
  CopyButton,
  describeFailure,
  EmptyState,
  Heading,
  QueryFailure,
  SecretOnce,
  Spinner,
  TextField,
  useFormat,
  type Failure,
} from '@planbord/web-ui';
import '../account-sections.css';
import { useT } from '../i18n';
import { useApiTokens } from '../hooks/useApiTokens';
import { useCreateApiToken } from '../hooks/useCreateApiToken';
import { useRevokeApiToken } from '../hooks/useRevokeApiToken';
import { apiTokenCurl } from '../lib/api-token-curl';
import { ConfirmRevoke } from './ConfirmRevoke';

/** The server's limit on a token's name; the field stops at it too. */
const NAME_MAX = 100;

/** "API-sleutels" on Mijn account: make a token for a script (shown once), see my tokens and their last use, stop one. */
export function ApiTokens() {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { tokens, error, refetch } = useApiTokens();
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const [revoke, revokeState] = useRevokeApiToken();
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const curl = created ? apiTokenCurl(window.location.origin, created.token) : '';

  return (
    <Card labelledBy="integrations-tokens">
      <Heading level={2} id="integrations-tokens">
        {t('integrations.tokens.title')}
      </Heading>
      <p className="utrecht-paragraph planbord-muted">{t('integrations.tokens.intro')}</p>
      <div aria-live="polite">
        {created ? (
          <SecretOnce
            heading={t('integrations.tokens.createdTitle', { name: created.name })}
            explanation={t('integrations.tokens.createdOnce')}
            secretLabel={t('integrations.tokens.token')}
            secret={created.token}
            copyLabel={t('integrations.tokens.copy')}
          >
            <div className="planbord-account-secret">
              <p className="utrecht-paragraph">{t('integrations.tokens.curl')}</p>
              <pre className="planbord-secret" tabIndex={0}>
                {curl}
              </pre>
              <CopyButton text={curl} label={t('integrations.tokens.copyCurl')} />
            </div>
          </SecretOnce>
        ) : null}
        {notice ? <Alert type={notice.type === 'ok' ? 'ok' : 'error'}>{notice.text}</Alert> : null}
      </div>
      <Heading level={3}>{t('integrations.tokens.list')}</Heading>
      {error && !tokens ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !tokens ? (
        <Spinner label={t('app.loading')} />
      ) : tokens.length === 0 ? (
        <EmptyState title={t('integrations.tokens.empty')} />
      ) : (
        <ul className="planbord-account-list" aria-label={t('integrations.tokens.list')}>
          {tokens.map((token) => (
            <li key={token.id} className="planbord-account-item">
              <p className="utrecht-paragraph">
                <strong>{token.name}</strong>
              </p>
              <p className="utrecht-paragraph planbord-muted">
                {t('integrations.tokens.created', { time: formatDateTime(token.createdAt, { weekday: false }) })}
                {' · '}
                {token.lastUsedAt
                  ? t('integrations.tokens.lastUsed', { time: formatDateTime(token.lastUsedAt, { weekday: false }) })
                  : t('integrations.tokens.neverUsed')}
              </p>
              <div>
                <Button
                  appearance="secondary"
                  danger
                  aria-label={t('integrations.tokens.revokeLabel', { name: token.name })}
                  onClick={() => setRevoking(token)}
                >
                  {t('integrations.tokens.revoke')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <NewTokenForm
        onCreated={(token) => {
          setNotice(null);
          setCreated(token);
        }}
      />
      <ConfirmRevoke
        open={revoking != null}
        title={revoking ? t('integrations.tokens.revokeTitle', { name: revoking.name }) : ''}
        text={t('integrations.tokens.revokeText')}
        confirm={t('integrations.tokens.revoke')}
        cancel={t('integrations.tokens.cancel')}
        busy={revokeState.loading}
        onClose={() => setRevoking(null)}
        revoked={t('integrations.tokens.revoked')}
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

function NewTokenForm({ onCreated }: { onCreated: (token: { name: string; token: string }) => void }) {
  const t = useT();
  const [create, { loading }] = useCreateApiToken();
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);

  return (
    <form
      className="planbord-account-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setFailure(null);
        create(name).then(
          (result) => {
            const made = result.data?.createApiToken;
            if (made) onCreated({ name: made.apiToken.name, token: made.token });
            setName('');
          },
          (e: unknown) => setFailure(describeFailure(failureFacts(e), t)),
        );
      }}
    >
      <Heading level={3}>{t('integrations.tokens.new')}</Heading>
      {failure && !failure.fields.name ? <Alert type="error">{failure.message}</Alert> : null}
      <TextField
        label={t('integrations.tokens.name')}
        description={t('integrations.tokens.nameHint')}
        value={name}
        maxLength={NAME_MAX}
        error={failure?.fields.name}
        onChange={(event) => setName(event.target.value)}
      />
      <div>
        <Button appearance="primary" type="submit" busy={loading}>
          {t('integrations.tokens.create')}
        </Button>
      </div>
    </form>
  );
}
