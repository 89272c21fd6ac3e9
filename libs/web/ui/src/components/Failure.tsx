import { useT, type Translate } from '../i18n/I18nProvider';
import { Button } from './Button';
import { Alert } from './Content';

/** What the data layer tells about a failed operation (see `failureFacts` in web-graphql). */
export interface FailureFacts {
  code: string | null;
  fields: Record<string, string>;
  serverMessage: string | null;
  errorId: string | null;
}

/** A failed operation worded for the person: one message for the top, and the server's messages per field. */
export interface Failure {
  code: string | null;
  message: string;
  fields: Record<string, string>;
}

export function describeFailure(
  facts: FailureFacts,
  t: Translate,
  conflictMessage = t('error.versionConflict'),
): Failure {
  const { code, fields, serverMessage } = facts;
  switch (code) {
    case 'NETWORK':
      return { code, message: t('error.network'), fields };
    case 'INTERNAL_SERVER_ERROR':
      return { code, message: t('error.internal', { id: facts.errorId ?? '?' }), fields };
    case 'BAD_USER_INPUT':
      return {
        code,
        message: Object.keys(fields).length ? t('error.formHasErrors') : (serverMessage ?? t('error.generic')),
        fields,
      };
    case 'VERSION_CONFLICT':
      return { code, message: conflictMessage, fields };
    case 'FORBIDDEN':
      return { code, message: t('error.forbidden'), fields };
    case null:
    default:
      return { code, message: serverMessage ?? t('error.generic'), fields };
  }
}

/** A failed load (its facts from `failureFacts` in web-graphql), with the reason and a way to try again. */
export function QueryFailure({
  facts,
  onRetry,
  conflictMessage,
}: {
  facts: FailureFacts;
  onRetry?: () => void;
  conflictMessage?: string;
}) {
  const t = useT();
  return (
    <Alert type="error">
      <p className="utrecht-paragraph">{describeFailure(facts, t, conflictMessage).message}</p>
      {onRetry ? (
        <Button appearance="secondary" onClick={() => onRetry()}>
          {t('error.retry')}
        </Button>
      ) : null}
    </Alert>
  );
}

/** Moves focus to the first refused field once its message is on screen, and brings its label into view. */
export function focusFirstInvalid(container?: HTMLElement | null) {
  requestAnimationFrame(() => {
    const root: ParentNode = container ?? document;
    const field = root.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
    (field?.closest('.utrecht-form-field, fieldset') ?? field)?.scrollIntoView({ block: 'nearest' });
  });
}
