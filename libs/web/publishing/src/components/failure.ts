import { errorCode, errorId, errorMessage, fieldErrors } from '@planbord/web-graphql';
import type { Translate } from '@planbord/web-ui';

export interface Failure {
  code: ReturnType<typeof errorCode>;
  message: string;
  fields: Record<string, string>;
}

/** A failed operation worded for the person: one message for the top, and the server's messages per field. */
export function describeFailure(error: unknown, t: Translate): Failure {
  const code = errorCode(error);
  const fields = fieldErrors(error);
  switch (code) {
    case 'NETWORK':
      return { code, message: t('error.network'), fields };
    case 'INTERNAL_SERVER_ERROR':
      return { code, message: t('error.internal', { id: errorId(error) ?? '?' }), fields };
    case 'BAD_USER_INPUT':
      return { code, message: Object.keys(fields).length ? t('error.formHasErrors') : (errorMessage(error) ?? t('error.generic')), fields };
    case 'VERSION_CONFLICT':
      return { code, message: t('publishing.conflict'), fields };
    default:
      return { code, message: errorMessage(error) ?? t('error.generic'), fields };
  }
}
