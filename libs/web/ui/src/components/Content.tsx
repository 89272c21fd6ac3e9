import type { AnchorHTMLAttributes, ReactNode } from 'react';

export function Heading({
  level,
  children,
  id,
  className,
}: {
  level: 1 | 2 | 3 | 4;
  children: ReactNode;
  id?: string;
  className?: string;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag
      id={id}
      className={[`utrecht-heading-${level}`, className].filter(Boolean).join(' ')}
      tabIndex={level === 1 ? -1 : undefined}
    >
      {children}
    </Tag>
  );
}

export function Paragraph({
  children,
  lead = false,
  small = false,
}: {
  children: ReactNode;
  lead?: boolean;
  small?: boolean;
}) {
  return (
    <p
      className={`utrecht-paragraph${lead ? ' utrecht-paragraph--lead' : ''}${small ? ' utrecht-paragraph--small' : ''}`}
    >
      {children}
    </p>
  );
}

/** The class names of a link, for router links rendered by the features themselves. */
export const linkClassName = 'utrecht-link utrecht-link--html-a';

export function Link({ className, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  return <a className={[linkClassName, className].filter(Boolean).join(' ')} {...rest} />;
}

export type AlertType = 'info' | 'ok' | 'warning' | 'error';

export function Alert({
  type = 'info',
  heading,
  children,
  live = true,
}: {
  type?: AlertType;
  heading?: ReactNode;
  children?: ReactNode;
  live?: boolean;
}) {
  // Errors interrupt (role=alert); the rest is announced politely.
  const role = !live ? undefined : type === 'error' ? 'alert' : 'status';
  return (
    <div className={`utrecht-alert utrecht-alert--${type}`} role={role}>
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          {heading ? (
            <p className="utrecht-paragraph">
              <strong>{heading}</strong>
            </p>
          ) : null}
          {children ? <div>{children}</div> : null}
        </div>
      </div>
    </div>
  );
}

export type BadgeStatus = 'neutral' | 'success' | 'inactive' | 'warning' | 'danger';

export function StatusBadge({ status = 'neutral', children }: { status?: BadgeStatus; children: ReactNode }) {
  return <span className={`utrecht-status-badge utrecht-status-badge--${status}`}>{children}</span>;
}

/** A colour sample with its value, never colour alone. */
export function ColorSwatch({ color, label }: { color: string; label?: ReactNode }) {
  return (
    <span className="planbord-swatch">
      <span className="planbord-swatch__color" style={{ backgroundColor: color }} aria-hidden="true" />
      <span>{label ?? color}</span>
    </span>
  );
}

export function Spinner({ label }: { label: string }) {
  return (
    <div className="planbord-loading" role="status">
      <span className="planbord-spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

export function EmptyState({
  title,
  children,
  action,
}: {
  title: ReactNode;
  children?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="planbord-empty">
      <p className="utrecht-paragraph utrecht-paragraph--lead">{title}</p>
      {children ? <p className="utrecht-paragraph planbord-muted">{children}</p> : null}
      {action ? <div>{action}</div> : null}
    </div>
  );
}

export function Card({ children, labelledBy }: { children: ReactNode; labelledBy?: string }) {
  return labelledBy ? (
    <section className="planbord-card" aria-labelledby={labelledBy}>
      {children}
    </section>
  ) : (
    <div className="planbord-card">{children}</div>
  );
}

export function PageHeader({ title, intro, actions }: { title: ReactNode; intro?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="planbord-page-header">
      <div>
        <Heading level={1}>{title}</Heading>
        {intro ? <p className="planbord-page-header__intro">{intro}</p> : null}
      </div>
      {actions ? <div className="planbord-button-row">{actions}</div> : null}
    </div>
  );
}

export function Toolbar({ children, label }: { children: ReactNode; label: string }) {
  return (
    <div className="planbord-toolbar" role="group" aria-label={label}>
      {children}
    </div>
  );
}

export function SkipLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href={href}>
      {children}
    </a>
  );
}

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="planbord-visually-hidden">{children}</span>;
}
