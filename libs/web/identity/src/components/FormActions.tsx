import { Alert, Button, ButtonGroup } from '@planbord/web-ui';
import { useT } from '../i18n';

export function FormMessage({ message }: { message: string | null }) {
  return message ? <Alert type="error">{message}</Alert> : null;
}

export function FormActions({
  busy,
  onCancel,
  submitLabel,
}: {
  busy: boolean;
  onCancel?: () => void;
  submitLabel?: string;
}) {
  const t = useT();
  return (
    <div className="planbord-form-actions">
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {busy ? t('app.saving') : (submitLabel ?? t('admin.save'))}
        </Button>
        {onCancel ? (
          <Button appearance="secondary" onClick={onCancel}>
            {t('admin.cancel')}
          </Button>
        ) : null}
      </ButtonGroup>
    </div>
  );
}
