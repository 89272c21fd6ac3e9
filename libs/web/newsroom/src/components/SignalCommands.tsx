import { useState, type ReactNode } from 'react';
import { failureFacts, useChannels, useCurrentUser, useDepartments, usePeople } from '@planbord/web-graphql';
import { describeFailure, useFocusReturn, type Failure } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useDecide } from '../hooks/useDecide';
import { useDismissSignal } from '../hooks/useDismissSignal';
import { useTriageSignal } from '../hooks/useTriageSignal';
import { AssignDialog } from './AssignDialog';
import { DecideDialog, type DecisionInputDraft } from './DecideDialog';
import { DismissDialog } from './DismissDialog';

export type SignalCommand = 'assign' | 'decide' | 'dismiss';

/** What a command needs of the signal it acts on. */
export interface CommandTarget {
  id: string;
  version: number;
  assignee: { id: string } | null;
}

/**
 * The dialogs behind `e`, `d` and `x` (and the drawer's buttons for them): one open at a time, on one signal. `onDone`
 * hears which command finished, so the inbox can move on.
 */
export function useSignalCommands(onDone?: (command: SignalCommand, target: CommandTarget) => void) {
  const t = useT();
  const { me } = useCurrentUser();
  const [open, setOpen] = useState<{ command: SignalCommand; target: CommandTarget } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [triage, triageState] = useTriageSignal();
  const [decide, decideState] = useDecide();
  const [dismiss, dismissState] = useDismissSignal();
  const { people } = usePeople({ team: true });
  const { departments } = useDepartments();
  const { channels } = useChannels();

  // A row of the list may have been drawn anew meanwhile: then the row of the same signal takes the focus.
  const returnTo = useFocusReturn(open !== null, (row) => {
    const id = row.getAttribute('data-signal-id');
    return id ? document.querySelector<HTMLElement>(`[data-signal-id="${CSS.escape(id)}"]`) : null;
  });
  const close = () => {
    setOpen(null);
    setFailure(null);
  };
  const run = async (work: () => Promise<unknown>) => {
    if (!open) return;
    try {
      await work();
      const done = open;
      close();
      onDone?.(done.command, done.target);
    } catch (error) {
      setFailure(describeFailure(failureFacts(error), t));
    }
  };

  const start = (command: SignalCommand, target: CommandTarget) => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setFailure(null);
    setOpen({ command, target });
  };

  let dialogs: ReactNode = null;
  if (open && me) {
    const { target } = open;
    const key = `${open.command}:${target.id}`;
    if (open.command === 'assign') {
      dialogs = (
        <AssignDialog
          key={key}
          open
          people={people ?? []}
          meId={me.id}
          currentId={target.assignee?.id ?? null}
          busy={triageState.loading}
          failure={failure}
          onClose={close}
          onAssign={(assigneeId) => void run(() => triage(target.id, target.version, { assigneeId }))}
        />
      );
    } else if (open.command === 'decide') {
      dialogs = (
        <DecideDialog
          key={key}
          open
          target={{ signalId: target.id }}
          people={(people ?? []).map((person) => ({ value: person.id, label: person.name }))}
          departments={(departments ?? []).map((department) => ({ value: department.id, label: department.name }))}
          channels={(channels ?? []).map((channel) => ({ value: channel.id, label: channel.name }))}
          busy={decideState.loading}
          failure={failure}
          onClose={close}
          onDecide={(input: DecisionInputDraft) => void run(() => decide(input))}
        />
      );
    } else {
      dialogs = (
        <DismissDialog
          key={key}
          open
          busy={dismissState.loading}
          failure={failure}
          onClose={close}
          onDismiss={(reason) => void run(() => dismiss(target.id, target.version, reason))}
        />
      );
    }
  }
  return { start, dialogs, busy: open !== null };
}
