import { useState, type ReactNode } from 'react';
import { describeIssues, LIMITS, passwordRule } from '@planbord/domain';
import { failureFacts, useCurrentUser } from '@planbord/web-graphql';
import {
  Alert,
  Card,
  describeFailure,
  Heading,
  LanguageSwitch,
  PageHeader,
  TextField,
  useLocale,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { FormActions } from '../components/FormActions';
import { useChangePassword } from '../hooks/useChangePassword';

/** Mijn account; `children` are the sections other features add (the app composes them, features never import each other). */
export function AccountPage({ children }: { children?: ReactNode }) {
  const t = useT();
  const { me } = useCurrentUser();
  if (!me) return null;
  return (
    <>
      <PageHeader title={t('account.title')} intro={t('account.intro')} />
      <Card labelledBy="account-details">
        <Heading level={2} id="account-details">
          {t('account.details')}
        </Heading>
        <dl className="planbord-details">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{me.name}</dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd>{me.email}</dd>
          </div>
          <div>
            <dt>{t('account.role')}</dt>
            <dd>{t(`role.${me.role}`)}</dd>
          </div>
          <div>
            <dt>{t('account.department')}</dt>
            <dd>{me.department?.name ?? t('account.noDepartment')}</dd>
          </div>
        </dl>
      </Card>
      <Card labelledBy="account-language">
        <Heading level={2} id="account-language">
          {t('account.language')}
        </Heading>
        <p className="utrecht-paragraph planbord-muted">{t('account.languageText')}</p>
        <LanguageSwitch />
      </Card>
      <Card labelledBy="account-password">
        <Heading level={2} id="account-password">
          {t('account.password')}
        </Heading>
        <ChangePasswordForm />
      </Card>
      {children}
    </>
  );
}

function ChangePasswordForm() {
  const t = useT();
  const locale = useLocale();
  const [changePassword, { loading }] = useChangePassword();
  const [values, setValues] = useState({ current: '', next: '', repeat: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [result, setResult] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);

  const set = (field: keyof typeof values, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: React.FormEvent) => {
    event.preventDefault();
    setResult(null);
    const messages: Record<string, string> = {};
    if (values.current === '')
      messages['current'] = describeIssues({ current: { code: 'required' } }, locale)['current'];
    const issue = passwordRule(values.next);
    if (issue) messages['next'] = describeIssues({ next: issue }, locale)['next'];
    else if (values.repeat !== values.next) messages['repeat'] = t('account.passwordMismatch');
    setErrors(messages);
    if (Object.keys(messages).length > 0) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('main [aria-invalid="true"]')?.focus());
      return;
    }
    try {
      await changePassword(values.current, values.next);
      setValues({ current: '', next: '', repeat: '' });
      setResult({ type: 'ok', text: t('account.passwordChanged') });
    } catch (error) {
      const failure = describeFailure(failureFacts(error), t);
      setErrors(failure.fields);
      setResult({ type: 'error', text: failure.message });
    }
  };

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate>
      {result ? <Alert type={result.type}>{result.text}</Alert> : null}
      <TextField
        label={t('account.currentPassword')}
        name="current"
        type="password"
        autoComplete="current-password"
        required
        value={values.current}
        error={errors['current']}
        onChange={(e) => set('current', e.target.value)}
      />
      <TextField
        label={t('account.newPassword')}
        name="next"
        type="password"
        autoComplete="new-password"
        required
        description={t('account.newPasswordHint', { min: LIMITS.passwordMin })}
        value={values.next}
        error={errors['next']}
        onChange={(e) => set('next', e.target.value)}
      />
      <TextField
        label={t('account.repeatPassword')}
        name="repeat"
        type="password"
        autoComplete="new-password"
        required
        value={values.repeat}
        error={errors['repeat']}
        onChange={(e) => set('repeat', e.target.value)}
      />
      <FormActions busy={loading} submitLabel={t('account.changePassword')} />
    </form>
  );
}
