import { useId, useState, type FormEvent } from 'react';
import { failureFacts, usePeople, type PostCommentFieldsFragment } from '@planbord/web-graphql';
import { Alert, Button, SelectField, TextArea, describeFailure, useFormat } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useAddPostComment } from '../hooks/useAddPostComment';
import { insertMention, mentionedIds, type Person } from '../lib/mentions';
import { PostText } from './PostText';

/** The discussion on a post; people picked with "Vermeld" are notified when their @name is still in the text. */
export function CommentThread({
  postId,
  comments,
  meId,
}: {
  postId: string;
  comments: readonly PostCommentFieldsFragment[];
  meId: string;
}) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const people = (usePeople().people ?? []).filter((person) => person.id !== meId);
  const [body, setBody] = useState('');
  const [picked, setPicked] = useState<Person[]>([]);
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [addComment, { loading, error: failed }] = useAddPostComment();
  const fieldId = useId();
  const textarea = () => document.getElementById(fieldId) as HTMLTextAreaElement | null;

  const mention = () => {
    const person = people.find((p) => p.id === choice);
    if (!person) return;
    const caret = textarea()?.selectionStart ?? body.length;
    const next = insertMention(body, person.name, caret);
    setBody(next.body);
    setPicked((current) =>
      current.some((p) => p.id === person.id) ? current : [...current, { id: person.id, name: person.name }],
    );
    setChoice('');
    requestAnimationFrame(() => {
      textarea()?.focus();
      textarea()?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) {
      setError(t('publishing.comments.required'));
      return;
    }
    setError(null);
    const result = await addComment(postId, body.trim(), mentionedIds(body, picked)).catch(() => null);
    if (result?.data) {
      setBody('');
      setPicked([]);
    }
  };

  const mentioned = picked.filter((person) => body.includes(`@${person.name}`));
  return (
    <div className="planbord-comments">
      {comments.length === 0 ? (
        <p className="planbord-muted">{t('publishing.comments.none')}</p>
      ) : (
        <ol className="planbord-history">
          {comments.map((comment) => (
            <li key={comment.id} className="planbord-history__item">
              <span className="planbord-history__meta">
                {t('publishing.comments.by', { name: comment.author.name, when: formatDateTime(comment.createdAt) })}
              </span>
              <PostText text={comment.body} />
            </li>
          ))}
        </ol>
      )}
      <form className="planbord-comment-form" onSubmit={(event) => void submit(event)} noValidate>
        {failed ? (
          <Alert type="error">{describeFailure(failureFacts(failed), t, t('publishing.conflict')).message}</Alert>
        ) : null}
        <TextArea
          id={fieldId}
          label={t('publishing.comments.field')}
          value={body}
          rows={3}
          error={error}
          onChange={(event) => setBody(event.target.value)}
        />
        <div className="planbord-mention-row">
          <SelectField
            label={t('publishing.comments.mentionPick')}
            value={choice}
            onChange={(event) => setChoice(event.target.value)}
            options={[
              { value: '', label: t('publishing.comments.mentionNobody') },
              ...people.map((person) => ({ value: person.id, label: person.name })),
            ]}
          />
          <Button onClick={mention} disabled={!choice}>
            {t('publishing.comments.mention')}
          </Button>
        </div>
        {mentioned.length ? (
          <p className="planbord-muted">
            {t('publishing.comments.willNotify', { names: mentioned.map((p) => p.name).join(', ') })}
          </p>
        ) : null}
        <Button type="submit" appearance="primary" busy={loading}>
          {t('publishing.comments.send')}
        </Button>
      </form>
    </div>
  );
}
