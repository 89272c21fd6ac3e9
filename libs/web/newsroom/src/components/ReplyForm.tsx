import { useEffect, useId, useState } from 'react';
import { renderReplyTemplate } from '@planbord/domain';
import {
  Alert,
  Button,
  ButtonGroup,
  SelectField,
  TextArea,
  TextField,
  useOrgTime,
  type Failure,
  CopyButton,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import type { ReplyTemplateView, SignalSummary } from '../model/newsroom';

export interface ReplyDraft {
  body: string;
  templateId: string | null;
  url: string | null;
  sentAt: string | null;
}

export interface ReplyFormProps {
  signal: SignalSummary;
  templates: readonly ReplyTemplateView[];
  busy: boolean;
  failure: Failure | null;
  onReply: (reply: ReplyDraft) => void;
  /** Starts in the answer's text (the drawer was opened to reply). */
  focusText?: boolean;
}

/**
 * The answer given on the resident's own channel: Planbord does not post it, it copies it for pasting there and
 * records that (and when) it was given.
 */
export function ReplyForm({ signal, templates, busy, failure, onReply, focusText = false }: ReplyFormProps) {
  const t = useT();
  const time = useOrgTime();
  const [body, setBody] = useState('');
  const [templateId, setTemplateId] = useState('');
  const [url, setUrl] = useState('');
  const [sentAt, setSentAt] = useState('');
  const [missing, setMissing] = useState(false);
  const active = templates.filter((template) => template.active);
  const textId = useId();
  // Opened to reply: the answer's text takes the focus once the form is there (the signal may still have been loading
  // when the drawer opened).
  useEffect(() => {
    if (focusText) document.getElementById(textId)?.focus();
  }, [focusText, textId]);

  return (
    <form
      className="planbord-reply-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!body.trim()) {
          setMissing(true);
          return;
        }
        onReply({
          body: body.trim(),
          templateId: templateId || null,
          url: url.trim() || null,
          sentAt: sentAt ? time.fromLocalInput(sentAt) : null,
        });
      }}
    >
      {failure && !failure.fields.body && !failure.fields.sentAt && !failure.fields.url ? (
        <Alert type="error">{failure.message}</Alert>
      ) : null}
      {active.length ? (
        <SelectField
          label={t('newsroom.reply.template')}
          value={templateId}
          onChange={(event) => {
            const template = active.find((candidate) => candidate.id === event.target.value);
            setTemplateId(event.target.value);
            if (template) {
              setBody(
                renderReplyTemplate(template.body, {
                  naam: signal.authorName,
                  onderwerp: signal.topic?.title ?? signal.themes[0]?.name,
                }),
              );
              setMissing(false);
            }
          }}
          options={[
            { value: '', label: t('newsroom.reply.noTemplate') },
            ...active.map((template) => ({ value: template.id, label: template.name })),
          ]}
        />
      ) : null}
      <TextArea
        id={textId}
        label={t('newsroom.reply.body')}
        value={body}
        rows={5}
        required
        error={missing ? t('newsroom.reply.bodyMissing') : failure?.fields.body}
        onChange={(event) => {
          setBody(event.target.value);
          setMissing(false);
        }}
      />
      <ButtonGroup>
        <CopyButton text={body} label={t('newsroom.reply.copy')} />
        {signal.url ? (
          <a
            className="utrecht-button utrecht-button--secondary-action"
            href={signal.url}
            target="_blank"
            rel="noreferrer"
          >
            {t('newsroom.reply.openOriginal')}
          </a>
        ) : null}
      </ButtonGroup>
      <TextField
        label={t('newsroom.reply.url')}
        description={t('newsroom.reply.urlHelp')}
        type="url"
        inputMode="url"
        value={url}
        error={failure?.fields.url}
        onChange={(event) => setUrl(event.target.value)}
      />
      <TextField
        label={t('newsroom.reply.sentAt')}
        description={t('newsroom.reply.sentAtHelp')}
        type="datetime-local"
        value={sentAt}
        error={failure?.fields.sentAt}
        onChange={(event) => setSentAt(event.target.value)}
      />
      <ButtonGroup>
        <Button appearance="primary" type="submit" busy={busy}>
          {t('newsroom.reply.save')}
        </Button>
      </ButtonGroup>
    </form>
  );
}
