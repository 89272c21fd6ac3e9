import type { ChannelStatus } from '@planbord/web-graphql';
import { StatusBadge, type BadgeStatus } from '@planbord/web-ui';
import { useT } from '../i18n';

const LOOK: Record<ChannelStatus, BadgeStatus> = { PROPOSED: 'warning', APPROVED: 'success', DECLINED: 'danger' };

export function ChannelProposalStatus({ status }: { status: ChannelStatus }) {
  const t = useT();
  return <StatusBadge status={LOOK[status]}>{t(`channelProposals.status.${status}`)}</StatusBadge>;
}
