import { useState } from 'react';
import { describeIssues, hasIssues, type FieldIssues } from '@planbord/domain';
import { failureFacts } from '@planbord/web-graphql';
import { describeFailure, focusFirstInvalid, useLocale } from '@planbord/web-ui';
import { useT } from '../i18n';

/**
 * The state every administration form shares: values, messages per field (from the shared domain rules before
 * sending, from `BAD_USER_INPUT` after), one message for the whole form, and a busy flag.
 */
export function useEntityForm<V extends object>(initial: V) {
  const t = useT();
  const locale = useLocale();
  const [values, setValues] = useState<V>(initial);
  const [fieldMessages, setFieldMessages] = useState<Record<string, string>>({});
  const [formMessage, setFormMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof V>(field: K, value: V[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (fieldMessages[field as string]) {
      setFieldMessages(({ [field as string]: _gone, ...rest }) => rest);
    }
  };

  /** Runs the save unless the domain rules refuse; maps the server's refusal to the fields. */
  const submit = async (
    issues: FieldIssues,
    save: () => Promise<unknown>,
    handlers: { onConflict: () => void; onDone: () => void },
  ) => {
    setFormMessage(null);
    if (hasIssues(issues)) {
      setFieldMessages(describeIssues(issues, locale));
      setFormMessage(t('error.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldMessages({});
    setBusy(true);
    try {
      await save();
      handlers.onDone();
    } catch (error) {
      const failure = describeFailure(failureFacts(error), t);
      if (failure.code === 'VERSION_CONFLICT') {
        handlers.onConflict();
        return;
      }
      setFieldMessages(failure.fields);
      setFormMessage(failure.message);
      if (Object.keys(failure.fields).length > 0) focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  return { values, set, fieldMessages, formMessage, busy, submit };
}
