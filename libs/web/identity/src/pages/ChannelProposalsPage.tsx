import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  Drawer,
  EmptyState,
  PageHeader,
  QueryFailure,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  useFormat,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { ChannelProposalForm } from '../components/ChannelProposalForm';
import { ChannelProposalStatus } from '../components/ChannelProposalStatus';
import { useChannelProposals } from '../hooks/useChannelProposals';

/** Where anyone proposes a new channel and follows what became of their proposals. */
export function ChannelProposalsPage() {
  const t = useT();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { proposals, loading, error, refetch } = useChannelProposals({ mine: true });
  const none = <span className="planbord-muted">{t('admin.none')}</span>;

  return (
    <>
      <PageHeader
        title={t('channelProposals.title')}
        intro={t('channelProposals.intro')}
        actions={
          <Button
            appearance="primary"
            onClick={() => {
              setNotice(null);
              setOpen(true);
            }}
          >
            {t('channelProposals.new')}
          </Button>
        }
      />
      <div aria-live="polite">
        {notice ? (
          <Alert type="ok" live={false}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {error && !proposals ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !proposals ? <Spinner label={t('app.loading')} /> : null}
      {proposals && proposals.length === 0 ? <EmptyState title={t('channelProposals.emptyMine')} /> : null}
      {proposals && proposals.length > 0 ? (
        <Table caption={t('channelProposals.mine')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('admin.name')}</TableHeaderCell>
              <TableHeaderCell>{t('channels.kind')}</TableHeaderCell>
              <TableHeaderCell>{t('channelProposals.proposedAt')}</TableHeaderCell>
              <TableHeaderCell>{t('admin.status')}</TableHeaderCell>
              <TableHeaderCell>{t('channelProposals.decisionNote')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {proposals.map((proposal) => (
              <TableRow key={proposal.id}>
                <TableCell>
                  <strong>{proposal.name}</strong>
                  {proposal.handle ? <div className="planbord-muted">{proposal.handle}</div> : null}
                </TableCell>
                <TableCell>{t(`channelKind.${proposal.kind}`)}</TableCell>
                <TableCell>{proposal.proposedAt ? format.formatDate(proposal.proposedAt) : none}</TableCell>
                <TableCell>
                  <ChannelProposalStatus status={proposal.status} />
                </TableCell>
                <TableCell>
                  {proposal.decisionNote ? (
                    <>
                      {proposal.decisionNote}
                      {proposal.decidedBy ? (
                        <div className="planbord-muted">
                          {t('channelProposals.decidedBy', { name: proposal.decidedBy.name })}
                        </div>
                      ) : null}
                    </>
                  ) : (
                    none
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <Drawer
        open={open}
        title={t('channelProposals.newTitle')}
        closeLabel={t('admin.close')}
        onClose={() => setOpen(false)}
      >
        {open ? (
          <ChannelProposalForm
            onCancel={() => setOpen(false)}
            onSaved={(name) => {
              setOpen(false);
              setNotice(t('channelProposals.sent', { name }));
            }}
          />
        ) : null}
      </Drawer>
    </>
  );
}
