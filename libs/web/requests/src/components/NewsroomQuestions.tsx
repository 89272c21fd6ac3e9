import { useState } from 'react';
import { failureFacts, type DepartmentQuestionsQuery } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  EmptyState,
  Heading,
  QueryFailure,
  Spinner,
  StatusBadge,
  TextArea,
  useFormat,
  type Failure,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { useAnswerDepartmentQuestion } from '../hooks/useAnswerDepartmentQuestion';
import { useDepartmentQuestions } from '../hooks/useDepartmentQuestions';

type Question = DepartmentQuestionsQuery['departmentQuestions'][number];

/**
 * "Vragen van de newsroom": what the media team asks the liaison's department, with its due time. The resident who
 * raised it stays out of view (privacy): only the question is shown.
 */
export function NewsroomQuestions({ headingId }: { headingId: string }) {
  const t = useT();
  const { questions, error, refetch } = useDepartmentQuestions(false);
  const open = questions?.filter((question) => question.status === 'OPEN' && !question.answer) ?? [];
  const answered = questions?.filter((question) => !open.includes(question)) ?? [];
  return (
    <section className="planbord-card" aria-labelledby={headingId}>
      <Heading level={2} id={headingId}>
        {t('requests.newsroom.title')}
      </Heading>
      <p className="utrecht-paragraph planbord-muted">{t('requests.newsroom.intro')}</p>
      {error && !questions ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !questions ? (
        <Spinner label={t('app.loading')} />
      ) : questions.length === 0 ? (
        <EmptyState title={t('requests.newsroom.empty')} />
      ) : (
        <>
          <ul className="planbord-request-list">
            {open.map((question) => (
              <QuestionItem key={question.id} question={question} />
            ))}
          </ul>
          {answered.length ? (
            <>
              <Heading level={3}>{t('requests.newsroom.answered')}</Heading>
              <ul className="planbord-request-list">
                {answered.map((question) => (
                  <QuestionItem key={question.id} question={question} />
                ))}
              </ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function QuestionItem({ question }: { question: Question }) {
  const t = useT();
  const { formatDateTime } = useFormat();
  const [answer, { loading }] = useAnswerDepartmentQuestion();
  const [text, setText] = useState('');
  const [failure, setFailure] = useState<Failure | null>(null);
  const [missing, setMissing] = useState(false);
  const late = question.dueAt && !question.answer && Date.parse(question.dueAt) < Date.now();
  return (
    <li className="planbord-card planbord-request">
      <p className="utrecht-paragraph planbord-newsroom-question">
        <strong>{question.note ?? t('requests.newsroom.noText')}</strong>
      </p>
      {question.about ? (
        <blockquote className="planbord-newsroom-question">
          {question.about.title ? <strong>{question.about.title}: </strong> : null}
          {question.about.body}
          {question.about.neighbourhood ? ` (${question.about.neighbourhood})` : null}
          {question.about.signalCount > 1
            ? ` — ${t('requests.newsroom.signalCount', { count: question.about.signalCount })}`
            : null}
        </blockquote>
      ) : null}
      <p className="utrecht-paragraph planbord-muted">
        {t('requests.newsroom.askedBy', {
          name: question.createdBy.name,
          time: formatDateTime(question.createdAt, { weekday: false }),
        })}
        {question.dueAt ? ` · ${t('requests.newsroom.due', { time: formatDateTime(question.dueAt) })}` : null}{' '}
        {late ? <StatusBadge status="danger">{t('requests.newsroom.late')}</StatusBadge> : null}
      </p>
      {question.answer ? (
        <p className="utrecht-paragraph planbord-newsroom-question">
          {t('requests.newsroom.answer', {
            answer: question.answer,
            name: question.answeredBy?.name ?? '—',
            time: question.answeredAt ? formatDateTime(question.answeredAt, { weekday: false }) : '—',
          })}
        </p>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!text.trim()) {
              setMissing(true);
              return;
            }
            setFailure(null);
            answer(question.id, question.version, text.trim()).catch((error: unknown) =>
              setFailure(describeFailure(failureFacts(error), t)),
            );
          }}
        >
          {failure && !failure.fields.answer ? <Alert type="error">{failure.message}</Alert> : null}
          <TextArea
            label={t('requests.newsroom.answerLabel')}
            value={text}
            rows={3}
            required
            error={missing ? t('requests.newsroom.answerMissing') : failure?.fields.answer}
            onChange={(event) => {
              setText(event.target.value);
              setMissing(false);
            }}
          />
          <ButtonGroup>
            <Button appearance="primary" type="submit" busy={loading}>
              {t('requests.newsroom.send')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </li>
  );
}
