import type { ReactNode } from 'react';
import { Heading } from '@planbord/web-ui';
import { useT } from '../i18n';

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
