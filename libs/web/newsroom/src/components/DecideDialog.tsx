import { useState } from 'react';
import { describeIssues } from '@planbord/domain';
import {
  Alert,
  Button,
  Dialog,
  RadioGroup,
  SelectField,
  TextArea,
  TextField,
  useFormat,
  useLocale,
  useOrgTime,
  type Failure,
  type SelectOption,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import {
  DECISION_FIELDS,
  decisionInput,
  decisionIssues,
  EMPTY_DECISION,
  slotsForChannel,
  type DecisionField,
  type DecisionValues,
} from '../lib/decision';
import { useFreeAdHocSlots } from '../hooks/useFreeAdHocSlots';
import { ACTION_KINDS, type ActionKind } from '../model/newsroom';

export type DecisionInputDraft = ReturnType<typeof decisionInput>;

export interface DecideDialogProps {
  open: boolean;
  target: { signalId?: string; topicId?: string };
  people: readonly SelectOption[];
  departments: readonly SelectOption[];
  channels: readonly SelectOption[];
  busy: boolean;
  failure: Failure | null;
  onDecide: (input: DecisionInputDraft) => void;
  onClose: () => void;
}

/** `d`: what the newsroom does with it. One of six kinds, each with the fields it needs. */
export function DecideDialog({
  open,
  target,
  people,
  departments,
  channels,
  busy,
  failure,
  onDecide,
  onClose,
}: DecideDialogProps) {
  const t = useT();
  const locale = useLocale();
  const time = useOrgTime();
  const { formatStart } = useFormat();
  const [kind, setKind] = useState<ActionKind>('INFORM_COLLEAGUE');
  // A due time and a moment to look again start a day ahead, so a decision takes a few keys; both can be changed.
  const [values, setValues] = useState<DecisionValues>(() => {
    const tomorrow = time.toLocalInput(new Date(Date.now() + 86_400_000).toISOString());
    return { ...EMPTY_DECISION, dueAt: tomorrow, reviewAt: tomorrow };
  });
  const [issues, setIssues] = useState<Record<string, string>>({});
  const shows = new Set(DECISION_FIELDS[kind].shows);
  const free = useFreeAdHocSlots(!open || !shows.has('slotId'));
  const slots = slotsForChannel(free.slots, values.channelId);
  const set = (field: DecisionField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setIssues(({ [field]: _gone, ...rest }) => rest);
  };
  // A chosen slot sets the post's time; another channel lets go of a slot kept for the first one.
  const chooseSlot = (slotId: string) => {
    const slot = slots.find((candidate) => candidate.id === slotId);
    setValues((current) => ({
      ...current,
      slotId,
      plannedAt: slot ? time.toLocalInput(slot.startsAt) : current.plannedAt,
    }));
    setIssues(({ slotId: _slot, plannedAt: _time, ...rest }) => rest);
  };
  const chooseChannel = (channelId: string) => {
    const keeps = slotsForChannel(free.slots, channelId).some((slot) => slot.id === values.slotId);
    setValues((current) => ({ ...current, channelId, slotId: keeps ? current.slotId : '' }));
    setIssues(({ channelId: _channel, ...rest }) => rest);
  };
  const error = (field: DecisionField) => issues[field] ?? failure?.fields[field] ?? null;
  const choose = (label: string) => [{ value: '', label }];

  return (
    <Dialog
      open={open}
      title={t('newsroom.decide.title')}
      onClose={onClose}
      onSubmit={() => {
        const input = decisionInput(kind, values, target, time.fromLocalInput);
        const found = describeIssues(decisionIssues(input), locale);
        setIssues(found);
        if (Object.keys(found).length === 0) onDecide(input);
      }}
      actions={
        <>
          <Button appearance="primary" type="submit" busy={busy}>
            {t('newsroom.decide.save')}
          </Button>
          <Button onClick={onClose}>{t('newsroom.cancel')}</Button>
        </>
      }
    >
      {failure && Object.keys(failure.fields).length === 0 ? <Alert type="error">{failure.message}</Alert> : null}
      <RadioGroup
        legend={t('newsroom.decide.kind')}
        value={kind}
        onChange={(value) => {
          setKind(value as ActionKind);
          setIssues({});
        }}
        options={ACTION_KINDS.map((value) => ({ value, label: t(`newsroom.action.${value}`) }))}
        error={failure?.fields.kind}
      />
      <p className="utrecht-paragraph planbord-muted">{t(`newsroom.decide.explain.${kind}`)}</p>
      {shows.has('departmentId') ? (
        <SelectField
          label={t('newsroom.decide.department')}
          value={values.departmentId}
          required
          error={error('departmentId')}
          onChange={(event) => set('departmentId')(event.target.value)}
          options={[...choose(t('newsroom.choose')), ...departments]}
        />
      ) : null}
      {shows.has('channelId') ? (
        <SelectField
          label={t('newsroom.decide.channel')}
          value={values.channelId}
          required
          error={error('channelId')}
          onChange={(event) => chooseChannel(event.target.value)}
          options={[...choose(t('newsroom.choose')), ...channels]}
        />
      ) : null}
      {shows.has('slotId') ? (
        <SelectField
          label={t('newsroom.decide.slotId')}
          description={t(free.loading ? 'newsroom.decide.slotsLoading' : 'newsroom.decide.slotHelp')}
          value={values.slotId}
          error={error('slotId') ?? (free.error ? t('newsroom.decide.slotsFailed') : null)}
          onChange={(event) => chooseSlot(event.target.value)}
          options={[
            { value: '', label: t('newsroom.decide.newSlot') },
            ...slots.map((slot) => {
              const when = formatStart({ startsAt: slot.startsAt }, { weekday: true });
              return { value: slot.id, label: slot.title ? `${when} – ${slot.title}` : when };
            }),
          ]}
        />
      ) : null}
      {shows.has('ownerId') ? (
        <SelectField
          label={t('newsroom.decide.owner')}
          value={values.ownerId}
          required
          error={error('ownerId')}
          onChange={(event) => set('ownerId')(event.target.value)}
          options={[...choose(t('newsroom.choose')), ...people]}
        />
      ) : null}
      {(['plannedAt', 'dueAt', 'reviewAt'] as const)
        .filter((field) => shows.has(field))
        .map((field) => (
          <TextField
            key={field}
            type="datetime-local"
            label={t(`newsroom.decide.${field}`)}
            value={values[field]}
            required={DECISION_FIELDS[kind].requires.includes(field)}
            error={error(field)}
            onChange={(event) => set(field)(event.target.value)}
          />
        ))}
      {shows.has('note') ? (
        <TextArea
          label={t(kind === 'INFORM_COLLEAGUE' ? 'newsroom.decide.question' : 'newsroom.decide.note')}
          description={kind === 'INFORM_COLLEAGUE' ? t('newsroom.decide.questionHelp') : undefined}
          value={values.note}
          rows={3}
          required={DECISION_FIELDS[kind].requires.includes('note')}
          error={error('note')}
          onChange={(event) => set('note')(event.target.value)}
        />
      ) : null}
    </Dialog>
  );
}
