import { useState } from 'react';
import { checkChannelDecision, describeIssues } from '@planbord/domain';
import { failureFacts, type ChannelProposalFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  Dialog,
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
  TextArea,
  ToggleGroup,
  useFormat,
  useLocale,
  VisuallyHidden,
  type AlertType,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { ChannelProposalStatus } from '../components/ChannelProposalStatus';
import { useChannelProposals } from '../hooks/useChannelProposals';
import { useDecideChannelProposal } from '../hooks/useDecideChannelProposal';

type Show = 'PROPOSED' | 'DECIDED';
interface Deciding {
  proposal: ChannelProposalFieldsFragment;
  approve: boolean;
}

/** Beheer: editors and admins approve or decline the channels people proposed, each with a note for the proposer. */
export function ChannelProposalReviewPage() {
  const t = useT();
  const format = useFormat();
  const [show, setShow] = useState<Show>('PROPOSED');
  const { proposals, loading, error, refetch } = useChannelProposals({
    status: show === 'PROPOSED' ? ['PROPOSED'] : ['APPROVED', 'DECLINED'],
  });
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [notice, setNotice] = useState<{ type: AlertType; text: string } | null>(null);
  const none = <span className="planbord-muted">{t('admin.none')}</span>;

  return (
    <>
      <PageHeader title={t('channelProposals.reviewTitle')} intro={t('channelProposals.reviewIntro')} />
      <ToggleGroup
        label={t('channelProposals.show')}
        value={show}
        options={[
          { value: 'PROPOSED', label: t('channelProposals.showOpen') },
          { value: 'DECIDED', label: t('channelProposals.showDecided') },
        ]}
        onChange={setShow}
      />
      <div aria-live="polite">
        {notice ? (
          <Alert type={notice.type} live={false}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {error && !proposals ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !proposals ? <Spinner label={t('app.loading')} /> : null}
      {proposals && proposals.length === 0 ? (
        <EmptyState
          title={show === 'PROPOSED' ? t('channelProposals.emptyOpen') : t('channelProposals.emptyDecided')}
        />
      ) : null}
      {proposals && proposals.length > 0 ? (
        <Table caption={show === 'PROPOSED' ? t('channelProposals.showOpen') : t('channelProposals.showDecided')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('admin.name')}</TableHeaderCell>
              <TableHeaderCell>{t('channels.kind')}</TableHeaderCell>
              <TableHeaderCell>{t('channels.owner')}</TableHeaderCell>
              <TableHeaderCell>{t('channels.audiences')}</TableHeaderCell>
              <TableHeaderCell>{t('channelProposals.reason')}</TableHeaderCell>
              <TableHeaderCell>{t('channelProposals.proposedBy')}</TableHeaderCell>
              <TableHeaderCell>{show === 'PROPOSED' ? t('admin.actions') : t('admin.status')}</TableHeaderCell>
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
                <TableCell>{proposal.ownerDepartment?.name ?? none}</TableCell>
                <TableCell>
                  {proposal.audiences.length ? proposal.audiences.map((a) => a.name).join(', ') : none}
                </TableCell>
                <TableCell>{proposal.reason ?? none}</TableCell>
                <TableCell>
                  {proposal.proposedBy?.name ?? none}
                  {proposal.proposedAt ? (
                    <div className="planbord-muted">{format.formatDate(proposal.proposedAt)}</div>
                  ) : null}
                </TableCell>
                <TableCell>
                  {show === 'PROPOSED' ? (
                    <ButtonGroup>
                      <Button
                        appearance="secondary"
                        onClick={() => {
                          setNotice(null);
                          setDeciding({ proposal, approve: true });
                        }}
                      >
                        {t('channelProposals.approve')}
                        <VisuallyHidden> {proposal.name}</VisuallyHidden>
                      </Button>
                      <Button
                        appearance="subtle"
                        danger
                        onClick={() => {
                          setNotice(null);
                          setDeciding({ proposal, approve: false });
                        }}
                      >
                        {t('channelProposals.decline')}
                        <VisuallyHidden> {proposal.name}</VisuallyHidden>
                      </Button>
                    </ButtonGroup>
                  ) : (
                    <>
                      <ChannelProposalStatus status={proposal.status} />
                      {proposal.decisionNote ? <div>{proposal.decisionNote}</div> : null}
                    </>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : null}
      <DecisionDialog
        deciding={deciding}
        onClose={() => setDeciding(null)}
        onDone={(text, type) => {
          setDeciding(null);
          setNotice({ type, text });
          if (type !== 'ok') void refetch();
        }}
      />
    </>
  );
}

function DecisionDialog({
  deciding,
  onClose,
  onDone,
}: {
  deciding: Deciding | null;
  onClose: () => void;
  onDone: (text: string, type: AlertType) => void;
}) {
  const t = useT();
  const locale = useLocale();
  const [decide, { loading }] = useDecideChannelProposal();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [shownFor, setShownFor] = useState<Deciding | null>(null);
  if (deciding !== shownFor) {
    setShownFor(deciding);
    setNote('');
    setError(null);
  }

  const submit = async () => {
    if (!deciding) return;
    const issues = checkChannelDecision({ approve: deciding.approve, note });
    if (issues.note) {
      setError(describeIssues(issues, locale).note);
      return;
    }
    const { proposal, approve } = deciding;
    try {
      await decide(proposal.id, proposal.version, approve, note.trim() || null);
      onDone(t(approve ? 'channelProposals.approved' : 'channelProposals.declined', { name: proposal.name }), 'ok');
    } catch (failure) {
      const described = describeFailure(failureFacts(failure), t);
      if (described.fields.note) setError(described.fields.note);
      else onDone(described.message, 'error');
    }
  };

  const approve = deciding?.approve ?? true;
  return (
    <Dialog
      open={deciding != null}
      title={
        deciding
          ? t(approve ? 'channelProposals.approveTitle' : 'channelProposals.declineTitle', {
              name: deciding.proposal.name,
            })
          : ''
      }
      onClose={onClose}
      onSubmit={() => void submit()}
      actions={
        <>
          <Button type="submit" appearance="primary" danger={!approve} busy={loading}>
            {t(approve ? 'channelProposals.approve' : 'channelProposals.decline')}
          </Button>
          <Button appearance="secondary" onClick={onClose}>
            {t('admin.cancel')}
          </Button>
        </>
      }
    >
      <TextArea
        label={t('channelProposals.note')}
        name="note"
        required={!approve}
        description={t(approve ? 'channelProposals.noteHintApprove' : 'channelProposals.noteHintDecline')}
        rows={3}
        value={note}
        error={error ?? undefined}
        onChange={(e) => {
          setNote(e.target.value);
          setError(null);
        }}
      />
    </Dialog>
  );
}
