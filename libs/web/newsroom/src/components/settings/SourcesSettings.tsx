import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  CopyButton,
  describeFailure,
  EmptyState,
  Heading,
  QueryFailure,
  RadioGroup,
  SecretOnce as SecretBlock,
  Spinner,
  StatusBadge,
  TextField,
  useFormat,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../../i18n';
import { useCreateIngestSource } from '../../hooks/useCreateIngestSource';
import { useIngestSources } from '../../hooks/useIngestSources';
import { usePollIngestSource } from '../../hooks/usePollIngestSource';
import { useRotateIngestSecret } from '../../hooks/useRotateIngestSecret';
import { useSetIngestSourceActive } from '../../hooks/useSetIngestSourceActive';
import { exampleCurl } from '../../lib/curl';

/** A secret just made: shown this once, with a copy button and a request to try it with. */
function SecretOnce({ sourceId, name, secret }: { sourceId: string; name: string; secret: string }) {
  const t = useT();
  const curl = exampleCurl(window.location.origin, sourceId, secret);
  return (
    <SecretBlock
      heading={t('newsroom.settings.sources.secretTitle', { name })}
      explanation={t('newsroom.settings.sources.secretOnce')}
      secret={secret}
      secretLabel={t('newsroom.settings.sources.secret')}
      copyLabel={t('newsroom.settings.sources.copySecret')}
    >
      <p className="utrecht-paragraph">
        {t('newsroom.settings.sources.address', { url: `${window.location.origin}/ingest/${sourceId}` })}
      </p>
      <p className="utrecht-paragraph">{t('newsroom.settings.sources.curl')}</p>
      <pre className="planbord-secret">{curl}</pre>
      <CopyButton text={curl} label={t('newsroom.settings.sources.copyCurl')} />
    </SecretBlock>
  );
}

/** Where signals come in by themselves: webhooks for monitoring tools and automation flows, RSS/Atom feeds. */
export function SourcesSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const { list, error, refetch } = useIngestSources();
  const [create, createState] = useCreateIngestSource();
  const [rotate, rotateState] = useRotateIngestSecret();
  const [setActive, activeState] = useSetIngestSourceActive();
  const [poll, pollState] = usePollIngestSource();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<'WEBHOOK' | 'RSS'>('WEBHOOK');
  const [url, setUrl] = useState('');
  const [missing, setMissing] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [secret, setSecret] = useState<{ sourceId: string; name: string; secret: string } | null>(null);
  const fail = (e: unknown) => setFailure(describeFailure(failureFacts(e), t));

  return (
    <>
      <div aria-live="polite">{secret ? <SecretOnce {...secret} /> : null}</div>
      {failure && !failure.fields.name && !failure.fields.url ? <Alert type="error">{failure.message}</Alert> : null}
      {error && !list ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !list ? (
        <Spinner label={t('app.loading')} />
      ) : list.length === 0 ? (
        <EmptyState title={t('newsroom.settings.sources.empty')} />
      ) : (
        <ul className="planbord-action-list">
          {list.map((source) => (
            <li key={source.id} className="planbord-action-item">
              <p className="utrecht-paragraph">
                <strong>{source.name}</strong>{' '}
                <StatusBadge>
                  {t(source.kind === 'RSS' ? 'newsroom.settings.sources.rss' : 'newsroom.settings.sources.webhook')}
                </StatusBadge>{' '}
                <StatusBadge status={source.active ? 'success' : 'inactive'}>
                  {source.active ? t('newsroom.settings.active') : t('newsroom.settings.inactive')}
                </StatusBadge>
              </p>
              {source.url ? <p className="utrecht-paragraph">{source.url}</p> : null}
              <p className="utrecht-paragraph planbord-muted">
                {source.lastRunAt
                  ? t('newsroom.settings.sources.lastRun', {
                      time: formatDateTime(source.lastRunAt, { weekday: false }),
                    })
                  : t('newsroom.settings.sources.neverRun')}
              </p>
              {source.lastError ? (
                <Alert type="error" live={false}>
                  {t('newsroom.settings.sources.lastError', { error: source.lastError })}
                </Alert>
              ) : null}
              {canEdit ? (
                <ButtonGroup>
                  {source.kind === 'RSS' ? (
                    <Button busy={pollState.loading} onClick={() => void poll(source.id).catch(fail)}>
                      {t('newsroom.settings.sources.poll')}
                    </Button>
                  ) : (
                    <Button
                      busy={rotateState.loading}
                      onClick={() =>
                        void rotate(source.id).then((result) => {
                          const created = result.data?.rotateIngestSecret;
                          if (created?.secret)
                            setSecret({
                              sourceId: created.source.id,
                              name: created.source.name,
                              secret: created.secret,
                            });
                        }, fail)
                      }
                    >
                      {t('newsroom.settings.sources.rotate')}
                    </Button>
                  )}
                  <Button
                    busy={activeState.loading}
                    onClick={() => void setActive(source.id, !source.active).catch(fail)}
                  >
                    {source.active ? t('newsroom.settings.deactivate') : t('newsroom.settings.activate')}
                  </Button>
                </ButtonGroup>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canEdit ? (
        <form
          className="planbord-signal-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!name.trim() || (kind === 'RSS' && !url.trim())) {
              setMissing(true);
              return;
            }
            setFailure(null);
            create(name.trim(), kind, kind === 'RSS' ? url.trim() : null).then((result) => {
              const created = result.data?.createIngestSource;
              if (created?.secret)
                setSecret({ sourceId: created.source.id, name: created.source.name, secret: created.secret });
              setName('');
              setUrl('');
              setMissing(false);
            }, fail);
          }}
        >
          <Heading level={3}>{t('newsroom.settings.sources.new')}</Heading>
          <TextField
            label={t('newsroom.settings.sources.name')}
            value={name}
            error={missing && !name.trim() ? t('newsroom.decide.required') : failure?.fields.name}
            onChange={(event) => setName(event.target.value)}
          />
          <RadioGroup
            legend={t('newsroom.settings.sources.kind')}
            value={kind}
            onChange={(value) => setKind(value as 'WEBHOOK' | 'RSS')}
            options={[
              { value: 'WEBHOOK', label: t('newsroom.settings.sources.webhook') },
              { value: 'RSS', label: t('newsroom.settings.sources.rss') },
            ]}
          />
          {kind === 'RSS' ? (
            <TextField
              label={t('newsroom.settings.sources.url')}
              type="url"
              inputMode="url"
              value={url}
              error={missing && !url.trim() ? t('newsroom.decide.required') : failure?.fields.url}
              onChange={(event) => setUrl(event.target.value)}
            />
          ) : null}
          <div>
            <Button appearance="primary" type="submit" busy={createState.loading}>
              {t('newsroom.settings.sources.add')}
            </Button>
          </div>
        </form>
      ) : null}
    </>
  );
}
