import { useState } from 'react';
import { failureFacts, useThemes } from '@planbord/web-graphql';
import { Button, describeFailure, Drawer, QueryFailure, Spinner, type Failure } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useCompleteAction } from '../hooks/useCompleteAction';
import { useCompleteSignal } from '../hooks/useCompleteSignal';
import { useCreateTopic } from '../hooks/useCreateTopic';
import { useReplyTemplates } from '../hooks/useReplyTemplates';
import { useReplyToSignal } from '../hooks/useReplyToSignal';
import { useSignal } from '../hooks/useSignal';
import { useTriageSignal } from '../hooks/useTriageSignal';
import { COMPLETABLE, DISMISSABLE } from '../model/newsroom';
import { AddToTopic } from './AddToTopic';
import { SimilarSignals } from './SimilarSignals';
import { ReplyForm } from './ReplyForm';
import { useNow } from './SignalBadges';
import { useSignalCommands } from './SignalCommands';
import { SignalDetails, type TriageDraft } from './SignalDetails';
import { SignalTimeline } from './SignalTimeline';

export interface SignalDrawerProps {
  signalId: string | null;
  /** Opened with `r` or a reply button: the focus starts in the answer. */
  reply: boolean;
  onClose: () => void;
  postHref: (postId: string) => string;
}

/** One signal in a side panel over the inbox or the webcare queue. */
export function SignalDrawer({ signalId, reply, onClose, postHref }: SignalDrawerProps) {
  const t = useT();
  const now = useNow();
  const { signal, loading, error, refetch } = useSignal(signalId);
  const { themes } = useThemes();
  const { templates } = useReplyTemplates();
  const [triage, triageState] = useTriageSignal();
  const [sendReply, replyState] = useReplyToSignal();
  const [complete] = useCompleteAction();
  const [completeSignal, completeSignalState] = useCompleteSignal();
  const [createTopic, createTopicState] = useCreateTopic();
  const [triageFailure, setTriageFailure] = useState<Failure | null>(null);
  const [replyFailure, setReplyFailure] = useState<Failure | null>(null);
  const [replyCount, setReplyCount] = useState(0);
  const [completing, setCompleting] = useState<string | null>(null);
  const commands = useSignalCommands();

  const onTriage = (input: TriageDraft) => {
    if (!signal) return;
    setTriageFailure(null);
    triage(signal.id, signal.version, input).catch((failure: unknown) =>
      setTriageFailure(describeFailure(failureFacts(failure), t)),
    );
  };

  return (
    <Drawer
      open={signalId !== null}
      title={t('newsroom.drawer.title')}
      closeLabel={t('newsroom.drawer.close')}
      onClose={onClose}
    >
      {signal ? (
        <>
          <SignalDetails
            signal={signal}
            themes={(themes ?? []).map((theme) => ({ value: theme.id, label: theme.name }))}
            now={now}
            triageBusy={triageState.loading}
            triageFailure={triageFailure}
            onTriage={onTriage}
            actions={
              <>
                <Button onClick={() => commands.start('assign', signal)}>{t('newsroom.drawer.assign')}</Button>
                <Button onClick={() => commands.start('decide', signal)}>{t('newsroom.drawer.decide')}</Button>
                {COMPLETABLE.includes(signal.status) ? (
                  <Button
                    busy={completeSignalState.loading}
                    onClick={() =>
                      void completeSignal(signal.id, signal.version).catch((failure: unknown) =>
                        setTriageFailure(describeFailure(failureFacts(failure), t)),
                      )
                    }
                  >
                    {t('newsroom.drawer.done')}
                  </Button>
                ) : null}
                {DISMISSABLE.includes(signal.status) ? (
                  <Button onClick={() => commands.start('dismiss', signal)}>{t('newsroom.drawer.dismiss')}</Button>
                ) : null}
              </>
            }
            replyForm={
              <ReplyForm
                key={`${signal.id}:${replyCount}`}
                signal={signal}
                templates={templates ?? []}
                busy={replyState.loading}
                failure={replyFailure}
                focusText={reply}
                onReply={(draft) => {
                  setReplyFailure(null);
                  sendReply(signal.id, signal.version, draft).then(
                    () => setReplyCount((count) => count + 1),
                    (failure: unknown) => setReplyFailure(describeFailure(failureFacts(failure), t)),
                  );
                }}
              />
            }
            history={<SignalTimeline signal={signal} />}
            similar={
              <>
                <AddToTopic key={signal.id} signal={signal} />
                <SimilarSignals
                  signal={signal}
                  busy={createTopicState.loading}
                  onCreateTopic={(title, ids) =>
                    createTopic(title, ids).then(
                      () => undefined,
                      (failure: unknown) => setTriageFailure(describeFailure(failureFacts(failure), t)),
                    )
                  }
                />
              </>
            }
            completingId={completing}
            onCompleteAction={(action, result) => {
              setCompleting(action.id);
              complete(action.id, action.version, result || null)
                .catch((failure: unknown) => setTriageFailure(describeFailure(failureFacts(failure), t)))
                .finally(() => setCompleting(null));
            }}
            postHref={postHref}
          />
          {commands.dialogs}
        </>
      ) : error && !loading ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : signalId && !loading ? (
        <p className="utrecht-paragraph">{t('newsroom.drawer.notFound')}</p>
      ) : (
        <Spinner label={t('app.loading')} />
      )}
    </Drawer>
  );
}
