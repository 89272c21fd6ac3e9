import type { ReactNode } from 'react';
import { Alert, CopyButton } from '@planbord/web-ui';

/** A secret just made (a feed address, a token): shown this once, with a copy button. */
export function SecretOnce({
  heading,
  text,
  label,
  secret,
  copyLabel,
  children,
}: {
  heading: string;
  text: string;
  label: string;
  secret: string;
  copyLabel: string;
  children?: ReactNode;
}) {
  return (
    <Alert type="warning" heading={heading}>
      <p className="utrecht-paragraph">{text}</p>
      <div className="planbord-account-secret">
        <pre className="planbord-secret" aria-label={label} tabIndex={0}>
          {secret}
        </pre>
        <CopyButton text={secret} label={copyLabel} />
        {children}
      </div>
    </Alert>
  );
}
