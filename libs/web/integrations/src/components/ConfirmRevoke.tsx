import { Button, Dialog } from '@planbord/web-ui';

/** Asks before something stops for good; the dialog keeps focus and Escape cancels. */
export function ConfirmRevoke({
  open,
  title,
  text,
  confirm,
  cancel,
  busy,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      onSubmit={onConfirm}
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
