import { useId, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { addDays, can, checkChannelFollowers, describeIssue } from '@planbord/domain';
import { failureFacts, useChannels, useCurrentUser } from '@planbord/web-graphql';
import {
  Alert,
  Button,
  ButtonGroup,
  describeFailure,
  EmptyState,
  Heading,
  linkClassName,
  PageHeader,
  QueryFailure,
  SelectField,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  TextField,
  useFormat,
  useLocale,
  useOrgTime,
} from '@planbord/web-ui';
import '../metrics.css';
import { useT } from '../i18n';
import { useChannelFollowers } from '../hooks/useChannelFollowers';
import { useRecordChannelFollowers } from '../hooks/useRecordChannelFollowers';
import { INSIGHTS_ROUTES } from '../routes';

const NOT_SOCIAL = new Set(['WEBSITE', 'NEWSLETTER', 'PRINT', 'PRESS', 'OTHER']);

/** The first days of the twelve months up to the one of `today`. */
function lastMonths(today: string): string[] {
  const months: string[] = [];
  let first = `${today.slice(0, 7)}-01`;
  for (let i = 0; i < 12; i++) {
    months.unshift(first);
    first = `${addDays(first, -1).slice(0, 7)}-01`;
  }
  return months;
}

/** Rapportages › Volgers: each channel's followers per month, entered by hand or read from an export. */
export function FollowersPage() {
  const t = useT();
  const locale = useLocale();
  const format = useFormat();
  const { today } = useOrgTime();
  const formId = useId();
  const { me } = useCurrentUser();
  const months = useMemo(() => lastMonths(today()), [today]);
  const { channels } = useChannels();
  const { followers, error, refetch } = useChannelFollowers(months[0], months[11]);
  const [record, state] = useRecordChannelFollowers();
  const [channelId, setChannelId] = useState('');
  const [month, setMonth] = useState(months[11].slice(0, 7));
  const [count, setCount] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const mayRecord = can(me?.role, 'Mutation.recordChannelFollowers');

  const social = (channels ?? []).filter((channel) => !NOT_SOCIAL.has(channel.kind));
  const shownChannel =
    channelId || social.find((c) => followers?.some((row) => row.channelId === c.id))?.id || social[0]?.id || '';
  const rows = (followers ?? []).filter((row) => row.channelId === shownChannel);
  const byMonth = new Map(rows.map((row) => [row.month, row]));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setNotice(null);
    const text = count.trim().replace(/[\s.]/g, '');
    const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
    const first = `${month}-01`;
    const issues = checkChannelFollowers({ month: first, followers: text === '' ? null : value });
    if (!shownChannel) issues.channelId = { code: 'required' };
    const found = Object.fromEntries(
      Object.entries(issues).map(([field, issue]) => [field, describeIssue(issue, locale)]),
    );
    setErrors(found);
    if (Object.keys(found).length) return;
    try {
      await record(shownChannel, first, value, byMonth.get(first)?.version ?? null);
      setNotice({ type: 'ok', text: t('insights.followers.saved') });
      setCount('');
    } catch (caught) {
      const described = describeFailure(failureFacts(caught), t);
      if (Object.keys(described.fields).length) setErrors(described.fields);
      else setNotice({ type: 'error', text: described.message });
      if (described.code === 'VERSION_CONFLICT') void refetch();
    }
  };

  return (
    <>
      <PageHeader title={t('insights.followers.title')} intro={t('insights.followers.intro')} />
      <p className="utrecht-paragraph">
        <Link className={linkClassName} to={INSIGHTS_ROUTES.importMetrics}>
          {t('insights.import.title')}
        </Link>
      </p>
      <SelectField
        label={t('insights.followers.channel')}
        value={shownChannel}
        error={errors.channelId}
        options={social.map((channel) => ({ value: channel.id, label: channel.name }))}
        onChange={(event) => setChannelId(event.target.value)}
      />
      {error && !followers ? <QueryFailure facts={failureFacts(error)} onRetry={() => void refetch()} /> : null}
      {!followers && !error ? <Spinner label={t('insights.followers.loading')} /> : null}
      {followers && rows.length === 0 ? <EmptyState title={t('insights.followers.empty')} /> : null}
      {followers && rows.length > 0 ? (
        <Table caption={t('insights.followers.tableCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('insights.followers.month')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="planbord-numeric">
                {t('insights.followers.followers')}
              </TableHeaderCell>
              <TableHeaderCell scope="col">{t('insights.followers.source')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {months
              .filter((m) => byMonth.has(m))
              .map((m) => {
                const row = byMonth.get(m)!;
                return (
                  <TableRow key={m}>
                    <TableCell>{format.formatMonthYear(m)}</TableCell>
                    <TableCell className="planbord-numeric">{format.formatNumber(row.followers)}</TableCell>
                    <TableCell>
                      {t(row.source === 'IMPORT' ? 'insights.followers.fromImport' : 'insights.followers.byHand')}
                    </TableCell>
                  </TableRow>
                );
              })}
          </TableBody>
        </Table>
      ) : null}

      {mayRecord ? (
        <section aria-labelledby={`${formId}-heading`}>
          <Heading level={2} id={`${formId}-heading`}>
            {t('insights.followers.recordTitle')}
          </Heading>
          <div aria-live="polite">{notice ? <Alert type={notice.type}>{notice.text}</Alert> : null}</div>
          <form className="planbord-import-form" onSubmit={(event) => void onSubmit(event)} noValidate>
            <div className="planbord-metrics-fields">
              <TextField
                label={t('insights.followers.month')}
                type="month"
                value={month}
                error={errors.month}
                onChange={(event) => setMonth(event.target.value)}
              />
              <TextField
                label={t('insights.followers.followers')}
                inputMode="numeric"
                autoComplete="off"
                value={count}
                error={errors.followers}
                onChange={(event) => setCount(event.target.value)}
              />
            </div>
            <ButtonGroup>
              <Button appearance="primary" type="submit" busy={state.loading}>
                {t('insights.followers.save')}
              </Button>
            </ButtonGroup>
          </form>
        </section>
      ) : null}
    </>
  );
}
