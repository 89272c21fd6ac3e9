import { errorCode, errorId, errorMessage, fieldErrors } from '@planbord/web-graphql';
import type { Translate } from '@planbord/web-ui';

/** One failed operation, worded for the person: a message for the top and messages per field. */
export interface Failure {
  code: ReturnType<typeof errorCode>;
  message: string;
  fields: Record<string, string>;
}

export function describeFailure(error: unknown, t: Translate): Failure {
  const code = errorCode(error);
  const fields = fieldErrors(error);
  switch (code) {
    case 'NETWORK':
      return { code, message: t('error.network'), fields };
    case 'INTERNAL_SERVER_ERROR':
      return { code, message: t('error.internal', { id: errorId(error) ?? '?' }), fields };
    case 'BAD_USER_INPUT':
      return { code, message: t('error.formHasErrors'), fields };
    case 'VERSION_CONFLICT':
      return { code, message: t('error.versionConflict'), fields };
    case 'FORBIDDEN':
      return { code, message: t('error.forbidden'), fields };
    default:
      return { code, message: errorMessage(error) ?? t('error.generic'), fields };
  }
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
