import { errorCode, errorId, errorMessage, fieldErrors } from '@planbord/web-graphql';
import type { Translate } from '@planbord/web-ui';

/** One failed operation, worded for the person: a message for the top of the form and messages per field. */
export interface FailureView {
  code: ReturnType<typeof errorCode>;
  message: string;
  fields: Record<string, string>;
}

export function describeFailure(error: unknown, t: Translate): FailureView {
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
    default:
      return { code, message: errorMessage(error) ?? t('error.generic'), fields };
  }
}
