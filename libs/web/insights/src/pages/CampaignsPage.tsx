import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { can } from '@planbord/domain';
import { failureFacts, useCurrentUser, type CampaignFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  Dialog,
  Drawer,
  EmptyState,
  Heading,
  PageHeader,
  QueryFailure,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Toolbar,
  VisuallyHidden,
  describeFailure,
  useFormat,
  useOrgTime,
  type AlertType,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { AdsBudgetCard } from '../components/AdsBudgetCard';
import { CampaignForm } from '../components/CampaignForm';
import { useCampaigns } from '../hooks/useCampaigns';
import { useDeleteCampaign } from '../hooks/useDeleteCampaign';
import '../insights-campaigns.css';

type Editor = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string };

/** /rapportages/campagnes?jaar=YYYY: the year's ads budget and its campaigns; editors add, change and delete them. */
export function CampaignsPage() {
  const t = useT();
  const time = useOrgTime();
  const { formatEuros, formatLocalDate } = useFormat();
  const { me } = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const asked = Number(params.get('jaar'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : Number(time.today().slice(0, 4));
  const { campaigns, budget, loading, error, refetch } = useCampaigns(year);
  const [deleteCampaign, { loading: deleting }] = useDeleteCampaign();
  const [editor, setEditor] = useState<Editor>({ mode: 'closed' });
  const [conflict, setConflict] = useState(false);
  const [removing, setRemoving] = useState<CampaignFieldsFragment | null>(null);
  const [notice, setNotice] = useState<{ type: AlertType; text: string } | null>(null);
  const canEdit = can(me?.role, 'Mutation.createCampaign');
  const editing = editor.mode === 'edit' ? (campaigns?.find((c) => c.id === editor.id) ?? null) : null;
  const drawerOpen = editor.mode === 'create' || editing != null;
  const close = () => {
    setEditor({ mode: 'closed' });
    setConflict(false);
  };
  const toYear = (next: number) => setParams({ jaar: String(next) });

  const remove = async () => {
    if (!removing) return;
    try {
      await deleteCampaign(removing.id, removing.version);
      setNotice({ type: 'ok', text: t('insights.campaigns.deleted', { name: removing.name }) });
    } catch (caught) {
      setNotice({ type: 'error', text: describeFailure(failureFacts(caught), t).message });
      void refetch();
    }
    setRemoving(null);
  };

  return (
    <>
      <PageHeader
        title={t('insights.campaigns.title')}
        intro={t('insights.campaigns.intro')}
        actions={
          canEdit ? (
            <Button
              appearance="primary"
              onClick={() => {
                setNotice(null);
                setEditor({ mode: 'create' });
              }}
            >
              {t('insights.campaigns.new')}
            </Button>
          ) : null
        }
      />
      <Toolbar label={t('insights.campaigns.yearLabel')}>
        <ButtonGroup>
          <Button appearance="subtle" onClick={() => toYear(year - 1)}>
            {t('insights.campaigns.previousYear', { year: String(year - 1) })}
          </Button>
          <Heading level={2} className="planbord-campaigns__year">
            {String(year)}
          </Heading>
          <Button appearance="subtle" onClick={() => toYear(year + 1)}>
            {t('insights.campaigns.nextYear', { year: String(year + 1) })}
          </Button>
        </ButtonGroup>
      </Toolbar>
      <div aria-live="polite">
        {notice ? (
          <Alert type={notice.type} live={false}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {error && !campaigns ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !campaigns ? <Spinner label={t('app.loading')} /> : null}
      {campaigns ? (
        <>
          <AdsBudgetCard key={year} year={year} budget={budget} canEdit={canEdit} />
          <Heading level={2}>{t('insights.campaigns.listHeading', { year: String(year) })}</Heading>
          {campaigns.length === 0 ? (
            <EmptyState title={t('insights.campaigns.empty')}>
              {canEdit ? t('insights.campaigns.emptyHint') : null}
            </EmptyState>
          ) : (
            <Table caption={t('insights.campaigns.caption', { year: String(year) })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t('insights.campaigns.name')}</TableHeaderCell>
                  <TableHeaderCell>{t('insights.campaigns.channel')}</TableHeaderCell>
                  <TableHeaderCell>{t('insights.campaigns.period')}</TableHeaderCell>
                  <TableHeaderCell>{t('insights.campaigns.budget')}</TableHeaderCell>
                  <TableHeaderCell>{t('insights.campaigns.spent')}</TableHeaderCell>
                  <TableHeaderCell>{t('insights.campaigns.posts')}</TableHeaderCell>
                  {canEdit ? (
                    <TableHeaderCell className="planbord-table-actions">
                      {t('insights.campaigns.actions')}
                    </TableHeaderCell>
                  ) : null}
                </TableRow>
              </TableHeader>
              <TableBody>
                {campaigns.map((campaign) => (
                  <TableRow key={campaign.id}>
                    <TableCell>
                      <strong>{campaign.name}</strong>
                      {campaign.results ? <div className="planbord-muted">{campaign.results}</div> : null}
                    </TableCell>
                    <TableCell>{campaign.channel.name}</TableCell>
                    <TableCell>
                      {t('insights.campaigns.periodValue', {
                        from: formatLocalDate(campaign.startsOn, { weekday: false }),
                        to: formatLocalDate(campaign.endsOn, { weekday: false }),
                      })}
                    </TableCell>
                    <TableCell>{formatEuros(campaign.budgetCents)}</TableCell>
                    <TableCell>{formatEuros(campaign.spentCents)}</TableCell>
                    <TableCell>
                      {campaign.posts.length ? (
                        <ul className="planbord-campaigns__posts">
                          {campaign.posts.map((post) => (
                            <li key={post.id}>{post.title}</li>
                          ))}
                        </ul>
                      ) : (
                        t('insights.campaigns.noPostsChosen')
                      )}
                    </TableCell>
                    {canEdit ? (
                      <TableCell className="planbord-table-actions">
                        <Button
                          appearance="subtle"
                          onClick={() => {
                            setNotice(null);
                            setEditor({ mode: 'edit', id: campaign.id });
                          }}
                        >
                          {t('insights.campaigns.edit')}
                          <VisuallyHidden> {campaign.name}</VisuallyHidden>
                        </Button>
                        <Button appearance="subtle" danger onClick={() => setRemoving(campaign)}>
                          {t('insights.campaigns.delete')}
                          <VisuallyHidden> {campaign.name}</VisuallyHidden>
                        </Button>
                      </TableCell>
                    ) : null}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </>
      ) : null}

      <Drawer
        open={drawerOpen}
        title={editing ? t('insights.campaigns.editTitle', { name: editing.name }) : t('insights.campaigns.newTitle')}
        closeLabel={t('insights.campaigns.close')}
        onClose={close}
      >
        {conflict ? <Alert type="warning">{t('error.versionConflict')}</Alert> : null}
        {drawerOpen ? (
          <CampaignForm
            key={editing ? `${editing.id}:${editing.version}` : 'new'}
            campaign={editing}
            year={year}
            onCancel={close}
            onConflict={() => {
              setConflict(true);
              void refetch();
            }}
            onSaved={(name) => {
              setNotice({
                type: 'ok',
                text: t(editing ? 'insights.campaigns.saved' : 'insights.campaigns.created', { name }),
              });
              close();
            }}
          />
        ) : null}
      </Drawer>

      <Dialog
        open={removing != null}
        title={t('insights.campaigns.deleteTitle', { name: removing?.name ?? '' })}
        onClose={() => setRemoving(null)}
        onSubmit={() => void remove()}
        actions={
          <>
            <Button type="submit" appearance="primary" danger busy={deleting}>
              {t('insights.campaigns.deleteConfirm')}
            </Button>
            <Button appearance="subtle" onClick={() => setRemoving(null)}>
              {t('insights.campaigns.cancel')}
            </Button>
          </>
        }
      >
        <p className="utrecht-paragraph">{t('insights.campaigns.deleteExplain')}</p>
      </Dialog>
    </>
  );
}
