import { useState } from 'react';
import { Button } from '@planbord/web-ui';
import { useT } from '../i18n';

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
        {state === 'copied' ? t('newsroom.copied') : state === 'failed' ? t('newsroom.copyFailed') : ''}
      </span>
    </span>
  );
}
