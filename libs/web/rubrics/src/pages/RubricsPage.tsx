import { useState } from 'react';
import { failureFacts, type RubricListFieldsFragment } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  CheckboxField,
  ColorSwatch,
  Drawer,
  EmptyState,
  PageHeader,
  Spinner,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Toolbar,
  VisuallyHidden,
  describeFailure,
  QueryFailure,
  RubricExtras,
  useFormat,
  useLocale,
  type AlertType,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { RubricForm } from '../components/RubricForm';
import { RubricsNav } from '../components/RubricsNav';
import { useRubrics } from '../hooks/useRubrics';
import { useUpdateRubric } from '../hooks/useUpdateRubric';
import { describeRule } from '../rule/describe-rule';
import '../rubrics.css';

type Editor = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string };

/** /rubrieken: the rubrics with their rule in words, and the editor in a drawer. */
export function RubricsPage() {
  const t = useT();
  const locale = useLocale();
  const { formatLocalDate } = useFormat();
  const [showInactive, setShowInactive] = useState(false);
  const { rubrics, loading, error, refetch } = useRubrics(showInactive);
  const [updateRubric] = useUpdateRubric();
  const [editor, setEditor] = useState<Editor>({ mode: 'closed' });
  const [notice, setNotice] = useState<{ type: AlertType; text: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [toggling, setToggling] = useState<string | null>(null);

  const editing = editor.mode === 'edit' ? (rubrics?.find((rubric) => rubric.id === editor.id) ?? null) : null;
  const drawerOpen = editor.mode === 'create' || editing != null;
  const close = () => {
    setEditor({ mode: 'closed' });
    setConflict(false);
  };

  const toggle = async (rubric: RubricListFieldsFragment) => {
    setToggling(rubric.id);
    setNotice(null);
    try {
      await updateRubric(rubric.id, rubric.version, { active: !rubric.active });
      setNotice({
        type: 'ok',
        text: t(rubric.active ? 'rubrics.deactivated' : 'rubrics.reactivated', { name: rubric.name }),
      });
    } catch (failure) {
      const described = describeFailure(failureFacts(failure), t);
      setNotice({ type: 'error', text: described.message });
      if (described.code === 'VERSION_CONFLICT') await refetch();
    } finally {
      setToggling(null);
    }
  };

  const rows = rubrics ?? [];
  return (
    <>
      <PageHeader
        title={t('rubrics.title')}
        intro={t('rubrics.intro')}
        actions={
          <Button
            appearance="primary"
            onClick={() => {
              setNotice(null);
              setEditor({ mode: 'create' });
            }}
          >
            {t('rubrics.new')}
          </Button>
        }
      />
      <RubricsNav />
      <Toolbar label={t('app.filters')}>
        <CheckboxField
          label={t('rubrics.showInactive')}
          checked={showInactive}
          onChange={(event) => setShowInactive(event.target.checked)}
        />
      </Toolbar>
      <div aria-live="polite">
        {notice ? (
          <Alert type={notice.type} live={false}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {error && !rubrics ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {loading && !rubrics ? <Spinner label={t('app.loading')} /> : null}
      {rubrics && rows.length === 0 ? (
        <EmptyState title={t('rubrics.empty')}>{t('rubrics.emptyHint')}</EmptyState>
      ) : null}
      {rows.length > 0 ? (
        <Table caption={t('rubrics.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('rubrics.col.name')}</TableHeaderCell>
              <TableHeaderCell>{t('rubrics.col.rule')}</TableHeaderCell>
              <TableHeaderCell>{t('rubrics.col.channels')}</TableHeaderCell>
              <TableHeaderCell>{t('rubrics.col.theme')}</TableHeaderCell>
              <TableHeaderCell>{t('rubrics.col.owner')}</TableHeaderCell>
              <TableHeaderCell>{t('rubrics.col.status')}</TableHeaderCell>
              <TableHeaderCell className="planbord-table-actions">{t('rubrics.col.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((rubric) => {
              const words = describeRule(rubric.rrule, rubric.time, locale);
              return (
                <TableRow key={rubric.id}>
                  <TableCell>
                    <strong>{rubric.name}</strong>
                    {rubric.description ? (
                      <div className="planbord-muted planbord-rubric-list__description">{rubric.description}</div>
                    ) : null}
                  </TableCell>
                  <TableCell>
                    <div>{words ?? <code>{rubric.rrule}</code>}</div>
                    <div className="planbord-muted planbord-rubric-list__period">
                      {t('rubrics.since', { date: formatLocalDate(rubric.startsOn, { weekday: false }) })}
                      {rubric.endsOn
                        ? ` ${t('rubrics.untilDate', { date: formatLocalDate(rubric.endsOn, { weekday: false }) })}`
                        : ''}
                    </div>
                  </TableCell>
                  <TableCell>
                    {rubric.channels.map((channel) => channel.name).join(', ') || t('rubrics.none')}
                  </TableCell>
                  <TableCell>
                    {rubric.theme ? (
                      <ColorSwatch color={rubric.theme.color} label={rubric.theme.name} />
                    ) : (
                      t('rubrics.none')
                    )}
                  </TableCell>
                  <TableCell>{rubric.owner?.name ?? t('rubrics.none')}</TableCell>
                  <TableCell>
                    <StatusBadge status={rubric.active ? 'success' : 'inactive'}>
                      {rubric.active ? t('rubrics.active') : t('rubrics.inactive')}
                    </StatusBadge>
                  </TableCell>
                  <TableCell className="planbord-table-actions">
                    <Button
                      appearance="subtle"
                      onClick={() => {
                        setNotice(null);
                        setEditor({ mode: 'edit', id: rubric.id });
                      }}
                    >
                      {t('rubrics.edit')}
                      <VisuallyHidden> {rubric.name}</VisuallyHidden>
                    </Button>
                    <Button
                      appearance="subtle"
                      danger={rubric.active}
                      busy={toggling === rubric.id}
                      onClick={() => void toggle(rubric)}
                    >
                      {rubric.active ? t('rubrics.deactivate') : t('rubrics.reactivate')}
                      <VisuallyHidden> {rubric.name}</VisuallyHidden>
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
      {rows.length > 0 ? <p className="planbord-muted">{t('rubrics.count', { count: rows.length })}</p> : null}

      <Drawer
        open={drawerOpen}
        title={editing ? t('rubrics.editTitle', { name: editing.name }) : t('rubrics.newTitle')}
        closeLabel={t('rubrics.close')}
        onClose={close}
      >
        {conflict ? <Alert type="warning">{t('error.versionConflict')}</Alert> : null}
        {drawerOpen ? (
          <RubricForm
            key={editing ? `${editing.id}:${editing.version}` : 'new'}
            rubric={editing}
            onCancel={close}
            onConflict={() => {
              setConflict(true);
              void refetch();
              requestAnimationFrame(() =>
                document.querySelector('dialog[open] .planbord-drawer__body')?.scrollTo({ top: 0 }),
              );
            }}
            onSaved={(name) => {
              setNotice({ type: 'ok', text: t(editing ? 'rubrics.saved' : 'rubrics.created', { name }) });
              close();
            }}
          />
        ) : null}
        {editing ? <RubricExtras rubricId={editing.id} /> : null}
      </Drawer>
    </>
  );
}
