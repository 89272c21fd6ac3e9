import { useState, type ReactNode } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Button } from './Button';
import { Alert } from './Content';

/** Copies a text (an answer to paste on the network, a secret, a command) and says so. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span className="planbord-copy">
      <Button
        disabled={!text}
        onClick={() => {
          navigator.clipboard.writeText(text).then(
            () => setState('copied'),
            () => setState('failed'),
          );
        }}
      >
        {label}
      </Button>
      <span role="status" className="planbord-muted">
        {state === 'copied' ? t('copy.copied') : state === 'failed' ? t('copy.failed') : ''}
      </span>
    </span>
  );
}

/**
 * A secret just made, shown this once: why it will not be shown again, the secret itself and a button to copy it, and
 * whatever else helps to use it (an address, an example request).
 */
export function SecretOnce({
  heading,
  explanation,
  secret,
  secretLabel,
  copyLabel,
  children,
}: {
  heading: ReactNode;
  explanation: ReactNode;
  secret: string;
  secretLabel: string;
  copyLabel: string;
  children?: ReactNode;
}) {
  return (
    <Alert type="warning" heading={heading}>
      <p className="utrecht-paragraph">{explanation}</p>
      <pre className="planbord-secret" aria-label={secretLabel}>
        {secret}
      </pre>
      <CopyButton text={secret} label={copyLabel} />
      {children}
    </Alert>
  );
}
