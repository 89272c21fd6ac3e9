import { useState } from 'react';
import { Alert, Button, Dialog, TextArea, type Failure } from '@planbord/web-ui';
import { useT } from '../i18n';

export interface DismissDialogProps {
  open: boolean;
  busy: boolean;
  failure: Failure | null;
  onDismiss: (reason: string) => void;
  onClose: () => void;
}

/** `x`: a signal that needs nothing, set aside with the reason why (spam, already handled, not for us). */
export function DismissDialog({ open, busy, failure, onDismiss, onClose }: DismissDialogProps) {
  const t = useT();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Dialog
      open={open}
      title={t('newsroom.dismiss.title')}
      onClose={onClose}
      onSubmit={() => {
        if (!reason.trim()) {
          setMissing(true);
          return;
        }
        onDismiss(reason.trim());
      }}
      actions={
        <>
          <Button appearance="primary" type="submit" busy={busy}>
            {t('newsroom.dismiss.save')}
          </Button>
          <Button onClick={onClose}>{t('newsroom.cancel')}</Button>
        </>
      }
    >
      {failure && !failure.fields.reason ? <Alert type="error">{failure.message}</Alert> : null}
      <TextArea
        label={t('newsroom.dismiss.reason')}
        description={t('newsroom.dismiss.reasonHelp')}
        value={reason}
        rows={3}
        required
        error={missing ? t('newsroom.dismiss.reasonMissing') : failure?.fields.reason}
        onChange={(event) => {
          setReason(event.target.value);
          setMissing(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
    </Dialog>
  );
}
