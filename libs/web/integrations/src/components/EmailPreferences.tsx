import { useState, type FormEvent } from 'react';
import { failureFacts, type EmailPreferencesQuery } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  Card,
  CheckboxGroup,
  describeFailure,
  Heading,
  QueryFailure,
  RadioGroup,
  Spinner,
} from '@planbord/web-ui';
import { useT, type MessageKey } from '../i18n';
import { useEmailPreferences } from '../hooks/useEmailPreferences';
import { useUpdateEmailPreferences } from '../hooks/useUpdateEmailPreferences';

type Preferences = EmailPreferencesQuery['emailPreferences'];
type Result = { type: 'ok' | 'error'; text: string } | null;

/** Mijn account: which notifications also come by e-mail, one each or once a day. */
export function EmailPreferences() {
  const t = useT();
  const { preferences, loading, error, refetch } = useEmailPreferences();
  // Kept here: the form starts afresh from each version the server holds, and the outcome of saving stays in view.
  const [result, setResult] = useState<Result>(null);
  return (
    <Card labelledBy="account-email">
      <Heading level={2} id="account-email">
        {t('integrations.email.title')}
      </Heading>
      {preferences ? (
        preferences.serverConfigured ? (
          <EmailPreferencesForm
            key={preferences.version}
            preferences={preferences}
            result={result}
            setResult={setResult}
            reload={() => void refetch()}
          />
        ) : (
          <Alert type="info" live={false}>
            {t('integrations.email.notConfigured')}
          </Alert>
        )
      ) : error ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : loading ? (
        <Spinner label={t('app.loading')} />
      ) : null}
    </Card>
  );
}

function EmailPreferencesForm({
  preferences,
  result,
  setResult,
  reload,
}: {
  preferences: Preferences;
  result: Result;
  setResult: (result: Result) => void;
  reload: () => void;
}) {
  const t = useT();
  const [updateEmailPreferences, { loading: saving }] = useUpdateEmailPreferences();
  const [enabled, setEnabled] = useState<string[]>(() => preferences.kinds.filter((k) => k.enabled).map((k) => k.kind));
  const [digest, setDigest] = useState(preferences.digest);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setResult(null);
    try {
      await updateEmailPreferences({ enabledKinds: enabled, digest }, preferences.version);
      setResult({ type: 'ok', text: t('integrations.email.saved') });
    } catch (error) {
      const failure = describeFailure(failureFacts(error), t, t('integrations.email.conflict'));
      setResult({ type: 'error', text: failure.message });
      if (failure.code === 'VERSION_CONFLICT') reload();
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      <p className="utrecht-paragraph planbord-muted">{t('integrations.email.intro')}</p>
      <CheckboxGroup
        legend={t('integrations.email.kinds')}
        options={preferences.kinds.map(({ kind }) => ({
          value: kind,
          label: t(`integrations.email.kind.${kind}` as MessageKey),
        }))}
        values={enabled}
        onChange={(values) => {
          setEnabled(values);
          setResult(null);
        }}
      />
      <RadioGroup
        legend={t('integrations.email.how')}
        name="email-digest"
        value={digest ? 'digest' : 'each'}
        onChange={(value) => {
          setDigest(value === 'digest');
          setResult(null);
        }}
        options={[
          { value: 'each', label: t('integrations.email.each') },
          { value: 'digest', label: t('integrations.email.digest') },
        ]}
      />
      {result ? <Alert type={result.type}>{result.text}</Alert> : null}
      <div className="planbord-form-actions">
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={saving}>
            {saving ? t('app.saving') : t('integrations.email.save')}
          </Button>
        </ButtonGroup>
      </div>
    </form>
  );
}
