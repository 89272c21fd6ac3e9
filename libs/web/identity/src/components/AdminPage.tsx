import { useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { failureFacts, type AuditedEntity } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  CheckboxField,
  describeFailure,
  Dialog,
  Drawer,
  EmptyState,
  PageHeader,
  QueryFailure,
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
  type AlertType,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { AuditTrail } from './AuditTrail';

export interface AdminRow {
  id: string;
  version: number;
  name: string;
  active: boolean;
}

export interface AdminColumn<T> {
  header: string;
  render: (row: T) => ReactNode;
}

/** What a form in the drawer gets: the entity to edit (none when creating) and what to call when done. */
export interface AdminFormProps<T> {
  entity: T | null;
  onSaved: (name: string) => void;
  onCancel: () => void;
  /** The server refused the save because someone else changed the entity first. */
  onConflict: () => void;
}

export interface AdminPageProps<T extends AdminRow> {
  entityType: AuditedEntity;
  labels: {
    title: string;
    intro: string;
    newLabel: string;
    caption: string;
    empty: string;
    newTitle: string;
    editTitle: (row: T) => string;
  };
  list: { rows: readonly T[] | null; loading: boolean; error: unknown; refetch: () => unknown };
  showInactive: boolean;
  onShowInactiveChange: (value: boolean) => void;
  filters?: ReactNode;
  columns: AdminColumn<T>[];
  /** Deactivates or reactivates; resolves when done, rejects with the server's error. */
  setActive: (row: T, active: boolean) => Promise<unknown>;
  /** A reason why this row may not be deactivated (such as: it is you), or null. */
  cannotDeactivate?: (row: T) => string | null;
  /** What the confirmation before deactivating shows besides the question, such as a person's open jobs. */
  deactivateDetails?: (row: T) => ReactNode;
  renderForm: (props: AdminFormProps<T>) => ReactNode;
}

type Editor = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; id: string };

/** The administration pattern: a filterable list, a drawer to create and edit, and (de)activation per row. */
export function AdminPage<T extends AdminRow>(props: AdminPageProps<T>) {
  const { labels, list, columns } = props;
  const t = useT();
  const [params, setParams] = useSearchParams();
  // `?bewerk=<id>` (from the overview's set-up list) opens that row's form.
  const [editor, setEditor] = useState<Editor>(() => {
    const id = params.get('bewerk');
    return id ? { mode: 'edit', id } : { mode: 'closed' };
  });
  const [notice, setNotice] = useState<{ type: AlertType; text: string } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [toggling, setToggling] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<T | null>(null);

  const editing = editor.mode === 'edit' ? (list.rows?.find((row) => row.id === editor.id) ?? null) : null;
  const close = () => {
    setEditor({ mode: 'closed' });
    setConflict(false);
    // Closed is closed: a reload does not open the form again.
    if (params.has('bewerk'))
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.delete('bewerk');
          return next;
        },
        { replace: true },
      );
  };

  const toggle = async (row: T) => {
    setConfirming(null);
    setToggling(row.id);
    setNotice(null);
    try {
      await props.setActive(row, !row.active);
      setNotice({ type: 'ok', text: t(row.active ? 'admin.deactivated' : 'admin.reactivated', { name: row.name }) });
    } catch (error) {
      const failure = describeFailure(failureFacts(error), t);
      setNotice({ type: 'error', text: failure.message });
      if (failure.code === 'VERSION_CONFLICT') await list.refetch();
    } finally {
      setToggling(null);
    }
  };

  const drawerOpen = editor.mode === 'create' || (editor.mode === 'edit' && editing != null);
  const rows = list.rows ?? [];

  return (
    <>
      <PageHeader
        title={labels.title}
        intro={labels.intro}
        actions={
          <Button
            appearance="primary"
            onClick={() => {
              setNotice(null);
              setEditor({ mode: 'create' });
            }}
          >
            {labels.newLabel}
          </Button>
        }
      />
      <Toolbar label={t('app.filters')}>
        {props.filters}
        <CheckboxField
          label={t('admin.showInactive')}
          checked={props.showInactive}
          onChange={(event) => props.onShowInactiveChange(event.target.checked)}
        />
      </Toolbar>
      <div aria-live="polite">
        {notice ? (
          <Alert type={notice.type} live={false}>
            {notice.text}
          </Alert>
        ) : null}
      </div>
      {list.error && !list.rows ? (
        <QueryFailure facts={failureFacts(list.error)} onRetry={() => list.refetch()} />
      ) : null}
      {list.loading && !list.rows ? <Spinner label={t('app.loading')} /> : null}
      {list.rows && rows.length === 0 ? <EmptyState title={labels.empty} /> : null}
      {rows.length > 0 ? (
        <Table caption={labels.caption}>
          <TableHeader>
            <TableRow>
              {columns.map((column) => (
                <TableHeaderCell key={column.header}>{column.header}</TableHeaderCell>
              ))}
              <TableHeaderCell>{t('admin.status')}</TableHeaderCell>
              <TableHeaderCell className="planbord-table-actions">{t('admin.actions')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => {
              const blocked = row.active ? (props.cannotDeactivate?.(row) ?? null) : null;
              return (
                <TableRow key={row.id}>
                  {columns.map((column) => (
                    <TableCell key={column.header}>{column.render(row)}</TableCell>
                  ))}
                  <TableCell>
                    <StatusBadge status={row.active ? 'success' : 'inactive'}>
                      {row.active ? t('admin.active') : t('admin.inactive')}
                    </StatusBadge>
                  </TableCell>
                  <TableCell className="planbord-table-actions">
                    <Button
                      appearance="subtle"
                      onClick={() => {
                        setNotice(null);
                        setEditor({ mode: 'edit', id: row.id });
                      }}
                    >
                      {t('admin.edit')}
                      <VisuallyHidden> {row.name}</VisuallyHidden>
                    </Button>
                    {blocked ? null : (
                      <Button
                        appearance="subtle"
                        danger={row.active}
                        busy={toggling === row.id}
                        onClick={() => (row.active ? (setNotice(null), setConfirming(row)) : void toggle(row))}
                      >
                        {row.active ? t('admin.deactivate') : t('admin.reactivate')}
                        <VisuallyHidden> {row.name}</VisuallyHidden>
                      </Button>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : null}
      {rows.length > 0 ? <p className="planbord-muted">{t('admin.count', { count: rows.length })}</p> : null}

      <Dialog
        open={confirming != null}
        title={confirming ? t('admin.deactivateTitle', { name: confirming.name }) : ''}
        onClose={() => setConfirming(null)}
        onSubmit={() => confirming && void toggle(confirming)}
        actions={
          <>
            <Button type="submit" appearance="primary" danger>
              {t('admin.deactivate')}
            </Button>
            <Button appearance="secondary" data-autofocus onClick={() => setConfirming(null)}>
              {t('admin.cancel')}
            </Button>
          </>
        }
      >
        <p className="utrecht-paragraph">{t('admin.deactivateQuestion', { name: confirming?.name ?? '' })}</p>
        {confirming && props.deactivateDetails ? props.deactivateDetails(confirming) : null}
      </Dialog>

      <Drawer
        open={drawerOpen}
        title={editing ? labels.editTitle(editing) : labels.newTitle}
        closeLabel={t('admin.close')}
        onClose={close}
      >
        {conflict ? <Alert type="warning">{t('error.versionConflict')}</Alert> : null}
        {drawerOpen
          ? props.renderForm({
              entity: editing,
              onCancel: close,
              onConflict: () => {
                setConflict(true);
                void list.refetch();
                // The message sits at the top of the drawer: show it, wherever the person had scrolled to.
                requestAnimationFrame(() =>
                  document.querySelector('dialog[open] .planbord-drawer__body')?.scrollTo({ top: 0 }),
                );
              },
              onSaved: (name) => {
                setNotice({ type: 'ok', text: t(editing ? 'admin.updated' : 'admin.created', { name }) });
                close();
              },
            })
          : null}
        {editing ? <AuditTrail key={editing.version} entityType={props.entityType} entityId={editing.id} /> : null}
      </Drawer>
    </>
  );
}
