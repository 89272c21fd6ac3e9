import { failureFacts } from '@planbord/web-graphql';
import { Button, describeFailure, Dialog } from '@planbord/web-ui';
import { useT } from '../i18n';

export interface RevokeOutcome {
  type: 'ok' | 'error';
  text: string;
}

/** Asks before something stops for good; the dialog keeps focus and Escape cancels. */
export function ConfirmRevoke({
  open,
  title,
  text,
  confirm,
  cancel,
  busy,
  revoked,
  onConfirm,
  onDone,
  onClose,
}: {
  open: boolean;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  busy: boolean;
  /** What to say once it has stopped. */
  revoked: string;
  onConfirm: () => Promise<unknown>;
  /** Told how it went; the dialog is then closed by its owner. */
  onDone: (outcome: RevokeOutcome) => void;
  onClose: () => void;
}) {
  const t = useT();
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={() => {
        onConfirm().then(
          () => onDone({ type: 'ok', text: revoked }),
          (e: unknown) => onDone({ type: 'error', text: describeFailure(failureFacts(e), t).message }),
        );
      }}
      actions={
        <>
          <Button type="submit" appearance="primary" danger busy={busy}>
            {confirm}
          </Button>
          <Button appearance="secondary" onClick={onClose}>
            {cancel}
          </Button>
        </>
      }
    >
      <p className="utrecht-paragraph">{text}</p>
    </Dialog>
  );
}
