import { useEffect, useState } from 'react';
import { useLocation } from 'react-router-dom';
import { check, describeIssues, hasIssues, rules } from '@planbord/domain';
import { Alert, Button, describeFailure, Heading, LanguageSwitch, TextField, useLocale } from '@planbord/web-ui';
import { useT } from '../i18n';
import { isSignedIn, NETWORK_FAILURE, signIn, SignInFailure } from '../login/sign-in';

/** Where the login page sends you afterwards, and why you are there. */
export interface LoginLocationState {
  from?: string;
  reason?: 'expired' | 'loggedOut';
}

/**
 * Into the app with a fresh page load: the signed-in part starts from nothing, so no cached answer of an earlier
 * session (perhaps someone else's on a shared computer) is ever shown.
 */
function enter(target: string): void {
  window.location.replace(target);
}

export function LoginPage() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const state = (location.state ?? {}) as LoginLocationState;
  const target = state.from && state.from.startsWith('/') && !state.from.startsWith('/login') ? state.from : '/';
  const [loading, setLoading] = useState(false);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldMessages, setFieldMessages] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);

  // Signed in already (another tab, or back to this page): go on.
  useEffect(() => {
    let current = true;
    void isSignedIn().then((signedIn) => {
      if (signedIn && current) enter(target);
    });
    return () => {
      current = false;
    };
  }, [target]);

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const issues = check(
      { email, password },
      { email: rules.email({ required: true }), password: rules.text(1000, { required: true }) },
    );
    if (hasIssues(issues)) {
      setFieldMessages(describeIssues(issues, locale));
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setFieldMessages({});
    setLoading(true);
    try {
      await signIn(email, password);
      enter(target);
    } catch (error) {
      const view = describeFailure(error instanceof SignInFailure ? error.facts : NETWORK_FAILURE, t);
      setFieldMessages(view.fields);
      setFailure(view.message);
      setPassword('');
      setLoading(false);
    }
  };

  return (
    <main className="planbord-login" id="main">
      <div className="planbord-login__panel">
        <div className="planbord-login__top">
          <span className="planbord-brand">
            <span className="planbord-brand__mark" aria-hidden="true" />
            {t('app.name')}
          </span>
          <LanguageSwitch />
        </div>
        <Heading level={1}>{t('login.title')}</Heading>
        <p className="utrecht-paragraph planbord-muted">{t('login.intro')}</p>
        {state.reason === 'expired' && !failure ? <Alert type="warning">{t('login.sessionEnded')}</Alert> : null}
        {state.reason === 'loggedOut' && !failure ? <Alert type="ok">{t('login.loggedOut')}</Alert> : null}
        {failure ? (
          <Alert type="error" heading={t('login.failed')}>
            {failure}
          </Alert>
        ) : null}
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <TextField
            label={t('login.email')}
            name="email"
            type="email"
            autoComplete="username"
            required
            value={email}
            error={fieldMessages['email']}
            onChange={(e) => setEmail(e.target.value)}
          />
          <TextField
            label={t('login.password')}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            error={fieldMessages['password']}
            onChange={(e) => setPassword(e.target.value)}
          />
          <div className="planbord-form-actions">
            <Button type="submit" appearance="primary" busy={loading}>
              {t('login.submit')}
            </Button>
          </div>
        </form>
      </div>
    </main>
  );
}
