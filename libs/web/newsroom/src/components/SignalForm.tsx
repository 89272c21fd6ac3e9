import { useRef, useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  CheckboxField,
  SelectField,
  TextArea,
  TextField,
  useOrgTime,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { MANUAL_SOURCES, PRIORITIES, SIGNAL_SOURCES, type Priority, type SignalSource } from '../model/newsroom';

export interface SignalDraft {
  source: SignalSource;
  body: string;
  authorName: string | null;
  authorHandle: string | null;
  url: string | null;
  neighbourhood: string | null;
  receivedAt: string | null;
  priority: Priority;
  needsReply: boolean;
}

/**
 * A phone call, a counter visit or an e-mail noted in a few keystrokes: the text first, Ctrl+Enter saves, and the
 * form stays on the same source for the next one.
 */
export function SignalForm({
  busy,
  failure,
  onSave,
}: {
  busy: boolean;
  failure: Failure | null;
  onSave: (draft: SignalDraft) => Promise<boolean>;
}) {
  const t = useT();
  const time = useOrgTime();
  const form = useRef<HTMLFormElement>(null);
  const [source, setSource] = useState<SignalSource>('PHONE');
  const [body, setBody] = useState('');
  const [authorName, setAuthorName] = useState('');
  const [authorHandle, setAuthorHandle] = useState('');
  const [url, setUrl] = useState('');
  const [neighbourhood, setNeighbourhood] = useState('');
  const [receivedAt, setReceivedAt] = useState('');
  const [priority, setPriority] = useState<Priority>('NORMAL');
  const [needsReply, setNeedsReply] = useState(true);
  const [missing, setMissing] = useState(false);
  const others = SIGNAL_SOURCES.filter((value) => !MANUAL_SOURCES.includes(value));

  const reset = () => {
    setBody('');
    setAuthorName('');
    setAuthorHandle('');
    setUrl('');
    setNeighbourhood('');
    setReceivedAt('');
    setPriority('NORMAL');
  };

  return (
    <form
      ref={form}
      className="planbord-signal-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) {
          setMissing(true);
          form.current?.querySelector<HTMLElement>('textarea')?.focus();
          return;
        }
        void onSave({
          source,
          body: body.trim(),
          authorName: authorName.trim() || null,
          authorHandle: authorHandle.trim() || null,
          url: url.trim() || null,
          neighbourhood: neighbourhood.trim() || null,
          receivedAt: receivedAt ? time.fromLocalInput(receivedAt) : null,
          priority,
          needsReply,
        }).then((saved) => {
          if (!saved) return;
          reset();
          form.current?.querySelector<HTMLElement>('textarea')?.focus();
        });
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          form.current?.requestSubmit();
        }
      }}
    >
      {failure && Object.keys(failure.fields).length === 0 ? <Alert type="error">{failure.message}</Alert> : null}
      <TextArea
        label={t('newsroom.new.body')}
        description={t('newsroom.new.bodyHelp')}
        value={body}
        rows={5}
        required
        autoFocus
        error={missing ? t('newsroom.new.bodyMissing') : failure?.fields.body}
        onChange={(event) => {
          setBody(event.target.value);
          setMissing(false);
        }}
      />
      <div className="planbord-field-row">
        <SelectField
          label={t('newsroom.new.source')}
          value={source}
          error={failure?.fields.source}
          onChange={(event) => setSource(event.target.value as SignalSource)}
          options={[...MANUAL_SOURCES, ...others].map((value) => ({ value, label: t(`newsroom.source.${value}`) }))}
        />
        <SelectField
          label={t('newsroom.details.priority')}
          value={priority}
          error={failure?.fields.priority}
          onChange={(event) => setPriority(event.target.value as Priority)}
          options={PRIORITIES.map((value) => ({ value, label: t(`newsroom.priority.${value}`) }))}
        />
      </div>
      <div className="planbord-field-row">
        <TextField
          label={t('newsroom.new.authorName')}
          autoComplete="off"
          value={authorName}
          error={failure?.fields.authorName}
          onChange={(event) => setAuthorName(event.target.value)}
        />
        <TextField
          label={t('newsroom.new.authorHandle')}
          description={t('newsroom.new.authorHandleHelp')}
          autoComplete="off"
          value={authorHandle}
          error={failure?.fields.authorHandle}
          onChange={(event) => setAuthorHandle(event.target.value)}
        />
      </div>
      <div className="planbord-field-row">
        <TextField
          label={t('newsroom.details.neighbourhood')}
          value={neighbourhood}
          error={failure?.fields.neighbourhood}
          onChange={(event) => setNeighbourhood(event.target.value)}
        />
        <TextField
          label={t('newsroom.new.receivedAt')}
          description={t('newsroom.new.receivedAtHelp')}
          type="datetime-local"
          value={receivedAt}
          error={failure?.fields.receivedAt}
          onChange={(event) => setReceivedAt(event.target.value)}
        />
      </div>
      <TextField
        label={t('newsroom.new.url')}
        type="url"
        inputMode="url"
        value={url}
        error={failure?.fields.url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <CheckboxField
        label={t('newsroom.details.needsReply')}
        checked={needsReply}
        onChange={(event) => setNeedsReply(event.target.checked)}
      />
      <ButtonGroup>
        <Button appearance="primary" type="submit" busy={busy}>
          {t('newsroom.new.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
