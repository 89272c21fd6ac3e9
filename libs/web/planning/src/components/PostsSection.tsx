import type { ReactNode } from 'react';
import { Heading, useT } from '@planbord/web-ui';

/** "Berichten" in the drawer: what the app's drawer extensions give for this event or slot. */
export function PostsSection({ headingId, children }: { headingId: string; children: ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby={headingId} className="planbord-drawer-section">
      <Heading level={3} id={headingId}>
        {t('drawer.posts')}
      </Heading>
      {children}
    </section>
  );
}
