import { useState } from 'react';
import { can } from '@planbord/domain';
import { failureFacts, useCurrentUser } from '@planbord/web-graphql';
import { Alert, Button, describeFailure, Dialog, TextArea } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCrisis } from '../hooks/useCrisis';
import { useSetCrisisMode } from '../hooks/useSetCrisisMode';

/** "Crisismodus inschakelen" / "uitschakelen" for editors and administrators, each confirmed with a reason. */
export function CrisisSwitch() {
  const t = useT();
  const { me } = useCurrentUser();
  const { crisis } = useCrisis();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [setCrisisMode, { loading, error, reset }] = useSetCrisisMode();
  if (!me || !can(me.role, 'Mutation.setCrisisMode') || !crisis) return null;
  const turnOn = !crisis.active;

  const close = () => {
    setOpen(false);
    setReason('');
    setMissing(false);
    reset();
  };
  const confirm = async () => {
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    const result = await setCrisisMode(turnOn, reason.trim()).catch(() => null);
    if (result?.data) close();
  };

  return (
    <>
      {/* An action in words ("inschakelen" / "uitschakelen"), red both ways: never to be read as the state itself, which the banner shows. */}
      <Button appearance={turnOn ? 'secondary' : 'primary'} danger onClick={() => setOpen(true)}>
        {turnOn ? t('crisis.turnOn') : t('crisis.turnOff')}
      </Button>
      <Dialog
        open={open}
        title={turnOn ? t('crisis.turnOnTitle') : t('crisis.turnOffTitle')}
        onClose={close}
        onSubmit={() => void confirm()}
        actions={
          <>
            <Button type="submit" appearance="primary" danger={turnOn} busy={loading}>
              {turnOn ? t('crisis.confirmOn') : t('crisis.confirmOff')}
            </Button>
            <Button appearance="subtle" onClick={close}>
              {t('publishing.back')}
            </Button>
          </>
        }
      >
        <p className="utrecht-paragraph">
          {turnOn ? t('crisis.turnOnExplain') : t('crisis.turnOffExplain', { count: crisis.heldPosts })}
        </p>
        {error ? (
          <Alert type="error">{describeFailure(failureFacts(error), t, t('publishing.conflict')).message}</Alert>
        ) : null}
        <TextArea
          label={t('crisis.reason')}
          required
          rows={3}
          value={reason}
          error={
            missing
              ? t('crisis.reasonRequired')
              : describeFailure(failureFacts(error), t, t('publishing.conflict')).fields['reason']
          }
          onChange={(event) => setReason(event.target.value)}
        />
      </Dialog>
    </>
  );
}
