import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { failureFacts, useIdempotencyKey } from '@planbord/web-graphql';
import { Alert, Card, describeFailure, linkClassName, PageHeader, type Failure } from '@planbord/web-ui';
import { useT } from '../i18n';
import { NewsroomTabs } from '../components/NewsroomTabs';
import { SignalForm } from '../components/SignalForm';
import { useRecordSignal } from '../hooks/useRecordSignal';
import { signalHref } from '../routes';
import '../newsroom.css';

/** `/nieuwsroom/nieuw`: a phone call, counter visit or e-mail noted by the KCC or the team. */
export function NewSignalPage() {
  const t = useT();
  const [record, { loading }] = useRecordSignal();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [saved, setSaved] = useState<{ id: string; body: string } | null>(null);
  const [idempotencyKey, renewKey] = useIdempotencyKey();

  return (
    <>
      <PageHeader title={t('newsroom.new.title')} intro={t('newsroom.new.intro')} />
      <NewsroomTabs />
      <div aria-live="polite">
        {saved ? (
          <Alert type="ok" live={false}>
            {t('newsroom.new.saved')}{' '}
            <RouterLink className={linkClassName} to={signalHref(saved.id)}>
              {t('newsroom.new.open')}
            </RouterLink>
          </Alert>
        ) : null}
      </div>
      <Card>
        <SignalForm
          busy={loading}
          failure={failure}
          onSave={async (draft) => {
            setFailure(null);
            try {
              const result = await record(draft, idempotencyKey);
              renewKey();
              const signal = result.data?.recordSignal;
              if (signal) setSaved({ id: signal.id, body: signal.body });
              return true;
            } catch (error) {
              setFailure(describeFailure(failureFacts(error), t));
              return false;
            }
          }}
        />
      </Card>
    </>
  );
}
