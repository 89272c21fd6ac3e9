import { useSearchParams } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import { PageHeader, QueryFailure, Spinner } from '@planbord/web-ui';
import { useT } from '../i18n';
import { NewsroomTabs } from '../components/NewsroomTabs';
import { useNow } from '../components/SignalBadges';
import { SignalDrawer } from '../components/SignalDrawer';
import { WebcareList } from '../components/WebcareList';
import { useSignalReceived } from '../hooks/useSignalReceived';
import { useWebcareQueue } from '../hooks/useWebcareQueue';
import '../newsroom.css';

/** `/nieuwsroom/webcare`: who is waiting for an answer, the soonest due on top, with the clock running. */
export function WebcarePage({ postHref }: { postHref: (postId: string) => string }) {
  const t = useT();
  const now = useNow();
  const { queue, error, refetch } = useWebcareQueue();
  const [params, setParams] = useSearchParams();
  const openId = params.get('signaal');
  useSignalReceived();

  return (
    <>
      <PageHeader title={t('newsroom.webcare.title')} intro={t('newsroom.webcare.intro')} />
      <NewsroomTabs />
      {error && !queue ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !queue ? (
        <Spinner label={t('app.loading')} />
      ) : (
        <WebcareList signals={queue} now={now} onReply={(id) => setParams({ signaal: id })} />
      )}
      <SignalDrawer signalId={openId} reply onClose={() => setParams({})} postHref={postHref} />
    </>
  );
}
