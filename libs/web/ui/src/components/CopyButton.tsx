import { useState } from 'react';
import { useT } from '../i18n/I18nProvider';
import { Button } from './Button';

/** Copies a text (an answer to paste on the network, a secret, a command, an address) and says so. */
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
