import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { failureFacts } from '@planbord/web-graphql';
import {
  Button,
  EmptyState,
  PageHeader,
  QueryFailure,
  Spinner,
  StatusBadge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
  linkClassName,
  useFormat,
  useOrgTime,
} from '@planbord/web-ui';
import { useT } from '../i18n';
import { NewsroomTabs } from '../components/NewsroomTabs';
import { useNewsroomLog } from '../hooks/useNewsroomLog';
import { signalHref } from '../routes';
import '../newsroom.css';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `/nieuwsroom/besluitenlijst`: the decisions of one day, for the daily stand-up, printable on one page. */
export function LogPage() {
  const t = useT();
  const time = useOrgTime();
  const { formatLocalDate, formatTime, formatDateTime } = useFormat();
  const [params, setParams] = useSearchParams();
  const asked = params.get('datum') ?? '';
  const date = DATE.test(asked) ? asked : time.today();
  const from = time.startOfDate(date).toISOString();
  const to = new Date(time.shiftByDays(from, 1)).toISOString();
  const { decisions, error, refetch } = useNewsroomLog(from, to);

  return (
    <>
      <PageHeader
        title={t('newsroom.log.title')}
        intro={t('newsroom.log.intro', { date: formatLocalDate(date) })}
        actions={
          <Button className="planbord-no-print" onClick={() => window.print()}>
            {t('newsroom.log.print')}
          </Button>
        }
      />
      <NewsroomTabs />
      <div className="planbord-field-row planbord-no-print">
        <TextField
          type="date"
          label={t('newsroom.log.date')}
          value={date}
          onChange={(event) => {
            if (DATE.test(event.target.value)) setParams({ datum: event.target.value }, { replace: true });
          }}
        />
      </div>
      {error && !decisions ? (
        <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} />
      ) : !decisions ? (
        <Spinner label={t('app.loading')} />
      ) : decisions.length === 0 ? (
        <EmptyState title={t('newsroom.log.empty')} />
      ) : (
        <Table caption={t('newsroom.log.caption', { date: formatLocalDate(date) })}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('newsroom.log.time')}</TableHeaderCell>
              <TableHeaderCell>{t('newsroom.log.decision')}</TableHeaderCell>
              <TableHeaderCell>{t('newsroom.log.about')}</TableHeaderCell>
              <TableHeaderCell>{t('newsroom.log.who')}</TableHeaderCell>
              <TableHeaderCell>{t('newsroom.log.due')}</TableHeaderCell>
              <TableHeaderCell>{t('newsroom.log.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {decisions.map((decision) => (
              <TableRow key={decision.id}>
                <TableCell>{formatTime(decision.createdAt)}</TableCell>
                <TableCell>
                  <strong>{t(`newsroom.action.${decision.kind}`)}</strong>
                  {decision.note ? <div className="planbord-pre-line">{decision.note}</div> : null}
                  {decision.answer ? (
                    <div className="planbord-pre-line">{t('newsroom.log.answer', { answer: decision.answer })}</div>
                  ) : null}
                  {decision.result ? (
                    <div className="planbord-pre-line">{t('newsroom.log.result', { result: decision.result })}</div>
                  ) : null}
                </TableCell>
                <TableCell>
                  {decision.topic ? (
                    t('newsroom.inTopic', { title: decision.topic.title })
                  ) : decision.signal ? (
                    <RouterLink className={linkClassName} to={signalHref(decision.signal.id)}>
                      {excerpt(decision.signal.body)}
                    </RouterLink>
                  ) : (
                    '—'
                  )}
                </TableCell>
                <TableCell>
                  {[decision.owner?.name, decision.department?.name].filter(Boolean).join(' · ') ||
                    decision.createdBy.name}
                </TableCell>
                <TableCell>
                  {decision.dueAt
                    ? formatDateTime(decision.dueAt, { weekday: false })
                    : decision.reviewAt
                      ? formatDateTime(decision.reviewAt, { weekday: false })
                      : '—'}
                </TableCell>
                <TableCell>
                  <StatusBadge status={decision.status === 'OPEN' ? 'warning' : 'success'}>
                    {t(`newsroom.actionStatus.${decision.status}`)}
                  </StatusBadge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

function excerpt(text: string): string {
  return text.length > 90 ? `${text.slice(0, 88)}…` : text;
}
