import { can } from '@planbord/domain';
import { useCurrentUser } from '@planbord/web-graphql';
import { VisuallyHidden } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useApprovalQueueCount } from '../hooks/useApprovalQueueCount';

/** The number of posts waiting for review, beside "Goedkeuren" in the navigation. */
export function ApprovalQueueCount() {
  const t = useT();
  const { me } = useCurrentUser();
  const count = useApprovalQueueCount(can(me?.role, 'Query.approvalQueue'));
  if (!count) return null;
  return (
    <span className="planbord-nav-count">
      <span aria-hidden="true">{count}</span>
      {/* The leading comma and space keep the link's name readable: "Goedkeuren, 4 te beoordelen". */}
      <VisuallyHidden>{`, ${t('approvals.navCount', { count })}`}</VisuallyHidden>
    </span>
  );
}
