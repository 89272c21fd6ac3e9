import type { ButtonHTMLAttributes } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'primary' | 'secondary' | 'subtle';
  danger?: boolean;
  /** Shows the action is under way: the button stays focusable but does nothing until done. */
  busy?: boolean;
}

const APPEARANCE = {
  primary: 'utrecht-button--primary-action',
  secondary: 'utrecht-button--secondary-action',
  subtle: 'utrecht-button--subtle',
} as const;

export function Button({
  appearance = 'secondary',
  danger = false,
  busy = false,
  type = 'button',
  className,
  onClick,
  ...rest
}: ButtonProps) {
  const classes = [
    'utrecht-button',
    APPEARANCE[appearance],
    danger && 'utrecht-button--danger',
    busy && 'utrecht-button--busy',
    type === 'submit' && 'utrecht-button--submit',
    className,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type}
      className={classes}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
      {...rest}
    />
  );
}

export function ButtonGroup({ children }: { children: React.ReactNode }) {
  return <div className="utrecht-button-group planbord-button-row">{children}</div>;
}

/** A file the server makes (an export), fetched with the session cookie and saved by the browser. */
export function DownloadLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <a className="utrecht-button utrecht-button--secondary-action" href={href} download>
      {children}
    </a>
  );
}
