import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import { EmptyState, Heading, QueryFailure, Spinner, linkClassName } from '@planbord/web-ui';
import { useT } from '../i18n';

export interface CardLink {
  to: string;
  label: string;
}

/**
 * One part of the overview: a heading, its items or what to say when there are none, and a link to where the rest
 * is handled. Loads and fails on its own, so one unavailable part leaves the others readable.
 */
export function OverviewCard({
  id,
  title,
  error,
  loading,
  empty,
  link,
  onRetry,
  children,
}: {
  id: string;
  title: string;
  error?: unknown;
  /** Nothing has arrived yet. */
  loading: boolean;
  /** Shown instead of the children when there is nothing to do. */
  empty?: string | null;
  link?: CardLink;
  onRetry: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  const headingId = `overview-${id}`;
  let body: ReactNode;
  // `loading` is true only while nothing has arrived yet; an error with nothing to show replaces the part.
  if (error && loading) {
    body = (
      <>
        <p className="utrecht-paragraph">{t('overview.sectionFailed')}</p>
        <QueryFailure facts={failureFacts(error)} onRetry={onRetry} />
      </>
    );
  } else if (loading) body = <Spinner label={t('app.loading')} />;
  else if (empty) body = <EmptyState title={empty} />;
  else body = children;
  return (
    <section className="planbord-card planbord-overview-card" aria-labelledby={headingId} data-section={id}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      {body}
      {link ? (
        <p className="utrecht-paragraph planbord-overview-card__more">
          <RouterLink className={linkClassName} to={link.to}>
            {link.label}
          </RouterLink>
        </p>
      ) : null}
    </section>
  );
}

/** A line of the overview: what it is (a link to where it is handled), and facts and badges beside it. */
export function OverviewItem({
  to,
  title,
  meta,
  badges,
}: {
  to: string;
  title: string;
  meta?: ReactNode;
  badges?: ReactNode;
}) {
  return (
    <li className="planbord-overview-item">
      <RouterLink className={`${linkClassName} planbord-overview-item__title`} to={to}>
        {title}
      </RouterLink>
      {badges ? <span className="planbord-badge-row">{badges}</span> : null}
      {meta ? <span className="planbord-muted planbord-overview-item__meta">{meta}</span> : null}
    </li>
  );
}
