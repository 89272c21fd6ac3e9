import { useState } from 'react';
import { failureFacts } from '@planbord/web-graphql';
import { Alert, Button, describeFailure, Dialog, Paragraph, SelectField, TextField, useFormat } from '@planbord/web-ui';
import { useT } from '../../i18n';
import { useEraseResidentData } from '../../hooks/useSignalImport';
import { SIGNAL_SOURCES } from '../../model/newsroom';

/** A resident's right to be forgotten: their name, handle and link taken out of every signal they sent. */
export function ErasureSettings({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { formatNumber } = useFormat();
  const [erase, state] = useEraseResidentData();
  const [handle, setHandle] = useState('');
  const [source, setSource] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<{ message: string; handle?: string } | null>(null);
  const [erased, setErased] = useState<{ handle: string; count: number } | null>(null);
  if (!canEdit) return null;

  const confirm = () =>
    void erase(handle.trim(), source || null).then(
      (result) => {
        setConfirming(false);
        setErased({ handle: handle.trim(), count: result.data?.eraseResidentData ?? 0 });
        setHandle('');
        setSource('');
      },
      (e: unknown) => {
        setConfirming(false);
        const described = describeFailure(failureFacts(e), t);
        setFailure({ message: described.message, handle: described.fields.authorHandle });
      },
    );

  return (
    <>
      <div aria-live="polite">
        {erased ? (
          <Alert type="ok">
            {t('newsroom.erase.done', { count: formatNumber(erased.count), handle: erased.handle })}
          </Alert>
        ) : null}
      </div>
      {failure && !failure.handle ? <Alert type="error">{failure.message}</Alert> : null}
      <form
        className="planbord-signal-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!handle.trim()) {
            setMissing(true);
            return;
          }
          setFailure(null);
          setErased(null);
          setConfirming(true);
        }}
      >
        <TextField
          label={t('newsroom.erase.handle')}
          description={t('newsroom.erase.handleHelp')}
          value={handle}
          autoComplete="off"
          error={missing && !handle.trim() ? t('newsroom.decide.required') : failure?.handle}
          onChange={(event) => setHandle(event.target.value)}
        />
        <SelectField
          label={t('newsroom.erase.source')}
          value={source}
          onChange={(event) => setSource(event.target.value)}
          options={[
            { value: '', label: t('newsroom.erase.allSources') },
            ...SIGNAL_SOURCES.map((value) => ({ value, label: t(`newsroom.source.${value}`) })),
          ]}
        />
        <div>
          <Button appearance="primary" type="submit">
            {t('newsroom.erase.submit')}
          </Button>
        </div>
      </form>
      <Dialog
        open={confirming}
        title={t('newsroom.erase.confirmTitle')}
        onClose={() => setConfirming(false)}
        onSubmit={confirm}
        actions={
          <>
            <Button appearance="primary" type="submit" busy={state.loading}>
              {t('newsroom.erase.confirm')}
            </Button>
            <Button type="button" onClick={() => setConfirming(false)}>
              {t('newsroom.erase.cancel')}
            </Button>
          </>
        }
      >
        <Paragraph>
          {t(source ? 'newsroom.erase.confirmTextSource' : 'newsroom.erase.confirmText', {
            handle: handle.trim(),
            source: source ? t(`newsroom.source.${source as (typeof SIGNAL_SOURCES)[number]}`) : '',
          })}
        </Paragraph>
      </Dialog>
    </>
  );
}
