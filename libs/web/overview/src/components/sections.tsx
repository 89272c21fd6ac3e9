import { Link as RouterLink } from 'react-router-dom';
import { useCurrentUser } from '@planbord/web-graphql';
import { Alert, StatusBadge, linkClassName, useFormat, type BadgeStatus } from '@planbord/web-ui';
import { useT } from '../i18n';
import { useOverviewCrisis } from '../hooks/useOverviewCrisis';
import { useOverviewDecisions } from '../hooks/useOverviewDecisions';
import { useOverviewWebcare } from '../hooks/useOverviewWebcare';
import { useOverviewMonthFigures } from '../hooks/useOverviewMonthFigures';
import { useOverviewFreeRoom } from '../hooks/useOverviewFreeRoom';
import { useOverviewGaps } from '../hooks/useOverviewGaps';
import { useOverviewJobs } from '../hooks/useOverviewJobs';
import { useOverviewMyRequests } from '../hooks/useOverviewMyRequests';
import { useOverviewOpenRequests } from '../hooks/useOverviewOpenRequests';
import { useOverviewReviews } from '../hooks/useOverviewReviews';
import { useOverviewSetup } from '../hooks/useOverviewSetup';
import {
  byDeadline,
  calendarEventHref,
  channelHref,
  personHref,
  heldPostsHref,
  NEWSROOM_LOG_HREF,
  WEBCARE_HREF,
  monthFigures,
  myRequestsInOrder,
  PLANNING_HREF,
  REPORTS_HREF,
  requestHref,
  reviewHref,
  splitJobs,
  type Job,
  type OverviewRanges,
} from '../lib/overview';
import { OverviewCard, OverviewItem } from './OverviewCard';

export interface SectionProps {
  ranges: OverviewRanges;
}

const JOB_TONE: Record<Job['status'], BadgeStatus> = {
  PENDING: 'warning',
  ACCEPTED: 'neutral',
  DECLINED: 'inactive',
  DONE: 'success',
};

function JobList({ jobs, empty }: { jobs: Job[]; empty: string }) {
  const t = useT();
  const { formatStart } = useFormat();
  if (jobs.length === 0) return <p className="utrecht-paragraph planbord-muted">{empty}</p>;
  return (
    <ul className="planbord-overview-list">
      {jobs.map((job) => (
        <OverviewItem
          key={job.id}
          to={job.href}
          title={job.title ?? t('overview.jobs.untitled')}
          badges={
            <>
              <StatusBadge status="neutral">{t(`job.${job.role}`)}</StatusBadge>
              <StatusBadge status={JOB_TONE[job.status]}>{t(`overview.jobs.status.${job.status}`)}</StatusBadge>
            </>
          }
          meta={
            job.startsAt ? formatStart({ startsAt: job.startsAt, allDay: job.allDay, startDate: job.startDate }) : null
          }
        />
      ))}
    </ul>
  );
}

/** My open jobs today and the rest of this week. */
export function JobsSection({ ranges }: SectionProps) {
  const t = useT();
  const { data, error, refetch } = useOverviewJobs(ranges.todayStart, ranges.weekEnd);
  const jobs = data ? splitJobs(data.myWork.assignments, ranges) : null;
  return (
    <OverviewCard
      id="jobs"
      title={t('overview.jobs.title')}
      error={error}
      loading={!data}
      onRetry={() => void refetch()}
      link={{ to: '/mijn-werk', label: t('overview.jobs.all') }}
    >
      {jobs ? (
        <>
          <h3 className="utrecht-heading-3">{t('overview.jobs.today')}</h3>
          <JobList jobs={jobs.today} empty={t('overview.jobs.noneToday')} />
          <h3 className="utrecht-heading-3">{t('overview.jobs.week')}</h3>
          <JobList jobs={jobs.week} empty={t('overview.jobs.noneWeek')} />
        </>
      ) : null}
    </OverviewCard>
  );
}

/** Planned events of the next four weeks that nobody covers or posts about yet. */
export function GapsSection({ ranges }: SectionProps) {
  const t = useT();
  const { formatStart } = useFormat();
  const { data, error, refetch } = useOverviewGaps(ranges.todayStart, ranges.gapsEnd);
  const gaps = data?.planningGaps ?? null;
  return (
    <OverviewCard
      id="gaps"
      title={t('overview.gaps.title')}
      error={error}
      loading={!data}
      empty={gaps?.length === 0 ? t('overview.gaps.none') : null}
      onRetry={() => void refetch()}
      link={{ to: PLANNING_HREF, label: t('overview.gaps.board') }}
    >
      <ul className="planbord-overview-list">
        {gaps?.map((event) => (
          <OverviewItem
            key={event.id}
            to={calendarEventHref(event.id)}
            title={event.title}
            badges={
              <StatusBadge status={event.coverage === 'UNCOVERED' ? 'danger' : 'warning'}>
                {t(event.coverage === 'UNCOVERED' ? 'overview.gaps.UNCOVERED' : 'overview.gaps.PARTIAL')}
              </StatusBadge>
            }
            meta={formatStart(event)}
          />
        ))}
      </ul>
    </OverviewCard>
  );
}

/** Requests waiting for the team's answer, the soonest deadline first. */
export function OpenRequestsSection() {
  const t = useT();
  const { formatDeadline, formatStart } = useFormat();
  const { data, error, refetch } = useOverviewOpenRequests();
  const requests = data ? byDeadline(data.eventRequests) : null;
  return (
    <OverviewCard
      id="requests"
      title={t('overview.requests.title')}
      error={error}
      loading={!data}
      empty={requests?.length === 0 ? t('overview.requests.none') : null}
      onRetry={() => void refetch()}
      link={{ to: '/aanvragen', label: t('overview.requests.all') }}
    >
      <ul className="planbord-overview-list">
        {requests?.map((request) => (
          <OverviewItem
            key={request.id}
            to={requestHref(request.id)}
            title={request.title}
            badges={
              <>
                {request.responseDueAt ? (
                  <StatusBadge status={request.overdue ? 'danger' : 'neutral'}>
                    {t(request.overdue ? 'overview.requests.overdue' : 'overview.requests.due', {
                      date: formatDeadline(request.responseDueAt, { weekday: true }),
                    })}
                  </StatusBadge>
                ) : null}
                {request.late ? <StatusBadge status="warning">{t('overview.requests.late')}</StatusBadge> : null}
              </>
            }
            meta={`${formatStart(request)}${request.requestedBy ? ` · ${t('overview.requests.by', { name: request.requestedBy.name })}` : ''}`}
          />
        ))}
      </ul>
    </OverviewCard>
  );
}

/** Posts waiting for review that I may review: never my own. */
export function ReviewsSection() {
  const t = useT();
  const { formatStart } = useFormat();
  const { me } = useCurrentUser();
  const { data, error, refetch } = useOverviewReviews();
  const posts = data ? data.approvalQueue.filter((post) => post.author.id !== me?.id) : null;
  return (
    <OverviewCard
      id="reviews"
      title={t('overview.reviews.title')}
      error={error}
      loading={!data}
      empty={posts?.length === 0 ? t('overview.reviews.none') : null}
      onRetry={() => void refetch()}
      link={{ to: '/goedkeuren', label: t('overview.reviews.all') }}
    >
      <ul className="planbord-overview-list">
        {posts?.map((post) => (
          <OverviewItem
            key={post.id}
            to={reviewHref(post.id)}
            title={post.title}
            meta={`${t('overview.reviews.by', { name: post.author.name, channel: post.channel.name })}${post.plannedAt ? ` · ${t('overview.reviews.planned', { date: formatStart({ startsAt: post.plannedAt }) })}` : ''}`}
          />
        ))}
      </ul>
    </OverviewCard>
  );
}

/** This week's free room for topical items, against the target. */
export function FreeRoomSection({ ranges }: SectionProps) {
  const t = useT();
  const { formatNumber, formatPercent } = useFormat();
  const { data, error, refetch } = useOverviewFreeRoom(ranges.weekStart, ranges.weekEnd);
  const week = data?.planningBalance[0] ?? null;
  return (
    <OverviewCard
      id="room"
      title={t('overview.room.title')}
      error={error}
      loading={!data}
      onRetry={() => void refetch()}
      link={{ to: PLANNING_HREF, label: t('overview.room.plan') }}
    >
      {week ? (
        <>
          <p className="utrecht-paragraph planbord-overview-figure">
            <strong>{t('overview.room.free', { count: formatNumber(week.adHocFree) })}</strong>{' '}
            <StatusBadge status={week.belowTarget ? 'warning' : 'success'}>
              {t(week.belowTarget ? 'overview.room.below' : 'overview.room.enough')}
            </StatusBadge>
          </p>
          <p className="utrecht-paragraph planbord-muted">
            {t('overview.room.share', {
              share: formatPercent(week.freeShare),
              target: formatPercent(week.targetShare),
            })}
          </p>
        </>
      ) : null}
    </OverviewCard>
  );
}

/** Whether crisis mode is on, with a link to the posts it holds. */
export function CrisisSection() {
  const t = useT();
  const { formatDateTime, formatNumber } = useFormat();
  const { data, error, refetch } = useOverviewCrisis();
  const crisis = data?.crisis ?? null;
  return (
    <OverviewCard
      id="crisis"
      title={t('overview.crisis.title')}
      error={error}
      loading={!data}
      onRetry={() => void refetch()}
    >
      {crisis?.active ? (
        <Alert type="error" live={false}>
          <p className="utrecht-paragraph">
            {t('overview.crisis.on', {
              since: crisis.since ? formatDateTime(crisis.since) : '—',
              reason: crisis.reason ?? '',
            })}
          </p>
          {crisis.heldPosts > 0 ? (
            <p className="utrecht-paragraph">
              <RouterLink className={linkClassName} to={heldPostsHref}>
                {t('overview.crisis.held', { count: formatNumber(crisis.heldPosts) })}
              </RouterLink>
            </p>
          ) : null}
        </Alert>
      ) : crisis ? (
        <p className="utrecht-paragraph">{t('overview.crisis.off')}</p>
      ) : null}
    </OverviewCard>
  );
}

/** How many residents wait for a first answer, and how many of them longer than the norm. */
export function WebcareSection() {
  const t = useT();
  const { formatNumber } = useFormat();
  const { data, error, refetch } = useOverviewWebcare();
  const queue = data?.webcareQueue ?? null;
  const overdue = queue?.filter((signal) => signal.overdue).length ?? 0;
  return (
    <OverviewCard
      id="webcare"
      title={t('overview.webcare.title')}
      error={error}
      loading={!data}
      onRetry={() => void refetch()}
      link={{ to: WEBCARE_HREF, label: t('overview.webcare.all') }}
    >
      {queue ? (
        queue.length === 0 ? (
          <p className="utrecht-paragraph planbord-muted">{t('overview.webcare.none')}</p>
        ) : (
          <p className="utrecht-paragraph">
            {t('overview.webcare.waiting', { count: formatNumber(queue.length) })}{' '}
            <StatusBadge status={overdue ? 'danger' : 'success'}>
              {t('overview.webcare.overdue', { count: formatNumber(overdue) })}
            </StatusBadge>
          </p>
        )
      ) : null}
    </OverviewCard>
  );
}

/** Today's decisions of the newsroom, per kind. */
export function DecisionsSection({ ranges }: SectionProps) {
  const t = useT();
  const { formatTime } = useFormat();
  const { data, error, refetch } = useOverviewDecisions(ranges.todayStart, ranges.tomorrowStart);
  const decisions = data?.newsroomLog ?? null;
  return (
    <OverviewCard
      id="decisions"
      title={t('overview.decisions.title')}
      error={error}
      loading={!data}
      onRetry={() => void refetch()}
      link={{ to: NEWSROOM_LOG_HREF, label: t('overview.decisions.all') }}
    >
      {decisions ? (
        decisions.length === 0 ? (
          <p className="utrecht-paragraph planbord-muted">{t('overview.decisions.none')}</p>
        ) : (
          <ul className="planbord-overview-list">
            {decisions.map((decision) => (
              <OverviewItem
                key={decision.id}
                to={NEWSROOM_LOG_HREF}
                title={t(`overview.decisions.kind.${decision.kind}`)}
                meta={[formatTime(decision.createdAt), decision.topic?.title].filter(Boolean).join(' · ')}
              />
            ))}
          </ul>
        )
      ) : null}
    </OverviewCard>
  );
}

const OUTCOME_TONE: Record<string, BadgeStatus> = {
  REQUESTED: 'warning',
  PLANNED: 'success',
  DECLINED: 'danger',
  CANCELLED: 'inactive',
  DONE: 'success',
};

/** A liaison's requests and what became of them. */
export function MyRequestsSection() {
  const t = useT();
  const { formatDeadline, formatStart } = useFormat();
  const { data, error, refetch } = useOverviewMyRequests();
  const requests = data ? myRequestsInOrder(data.eventRequests) : null;
  return (
    <OverviewCard
      id="mine"
      title={t('overview.mine.title')}
      error={error}
      loading={!data}
      empty={requests?.length === 0 ? t('overview.mine.none') : null}
      onRetry={() => void refetch()}
      link={{ to: '/aanvragen', label: t('overview.mine.new') }}
    >
      <ul className="planbord-overview-list">
        {requests?.map((request) => (
          <OverviewItem
            key={request.id}
            to={requestHref(request.id)}
            title={request.title}
            badges={
              <StatusBadge status={OUTCOME_TONE[request.status] ?? 'neutral'}>
                {request.status === 'REQUESTED' && request.responseDueAt
                  ? t('overview.mine.open', { date: formatDeadline(request.responseDueAt) })
                  : t(`overview.mine.${request.status}`)}
              </StatusBadge>
            }
            meta={`${formatStart(request)}${request.decisionNote ? ` · ${t('overview.mine.note', { note: request.decisionNote })}` : ''}`}
          />
        ))}
      </ul>
    </OverviewCard>
  );
}

/** For administrators: people without a department and channels without an owner. */
export function SetupSection() {
  const t = useT();
  const { formatNumber } = useFormat();
  const { data, error, refetch } = useOverviewSetup();
  const setup = data?.setupIssues ?? null;
  const done = setup && setup.peopleWithoutDepartmentCount === 0 && setup.channelsWithoutOwnerCount === 0;
  return (
    <OverviewCard
      id="setup"
      title={t('overview.setup.title')}
      error={error}
      loading={!data}
      empty={done ? t('overview.setup.done') : null}
      onRetry={() => void refetch()}
    >
      {setup ? (
        <SetupGroup
          heading={t('overview.setup.people', { count: formatNumber(setup.peopleWithoutDepartmentCount) })}
          count={setup.peopleWithoutDepartmentCount}
          items={setup.peopleWithoutDepartment.map((person) => ({
            id: person.id,
            to: personHref(person.id),
            title: person.name,
            meta: t(`role.${person.role}`),
          }))}
        />
      ) : null}
      {setup ? (
        <SetupGroup
          heading={t('overview.setup.channels', { count: formatNumber(setup.channelsWithoutOwnerCount) })}
          count={setup.channelsWithoutOwnerCount}
          items={setup.channelsWithoutOwner.map((channel) => ({
            id: channel.id,
            to: channelHref(channel.id),
            title: channel.name,
            meta: t(`channelKind.${channel.kind}`),
          }))}
        />
      ) : null}
    </OverviewCard>
  );
}

/** One kind of set-up work: its heading, the first items, and how many more there are. */
function SetupGroup({
  heading,
  count,
  items,
}: {
  heading: string;
  count: number;
  items: { id: string; to: string; title: string; meta: string }[];
}) {
  const t = useT();
  const { formatNumber } = useFormat();
  if (count === 0) return null;
  return (
    <>
      <h3 className="utrecht-heading-3">{heading}</h3>
      <ul className="planbord-overview-list">
        {items.map((item) => (
          <OverviewItem key={item.id} to={item.to} title={item.title} meta={item.meta} />
        ))}
      </ul>
      {count > items.length ? (
        <p className="utrecht-paragraph planbord-muted">
          {t('overview.setup.more', { count: formatNumber(count - items.length) })}
        </p>
      ) : null}
    </>
  );
}

/** This month's key figures, leading to the reports. */
export function MonthFiguresSection({ ranges }: SectionProps) {
  const t = useT();
  const { formatNumber, formatPercent, formatMonthYear } = useFormat();
  const { data, error, refetch } = useOverviewMonthFigures(ranges.monthStart, ranges.monthEnd);
  const figures = data ? monthFigures(data) : null;
  return (
    <OverviewCard
      id="figures"
      title={t('overview.figures.title', { month: formatMonthYear(ranges.today) })}
      error={error}
      loading={!data}
      onRetry={() => void refetch()}
      link={{ to: REPORTS_HREF, label: t('overview.figures.all') }}
    >
      {figures ? (
        <>
          <dl className="planbord-details">
            <dt>{t('overview.figures.signals')}</dt>
            <dd>{formatNumber(figures.signals)}</dd>
            <dt>{t('overview.figures.withinNorm')}</dt>
            <dd>
              {figures.withinNormShare == null ? t('overview.figures.none') : formatPercent(figures.withinNormShare)}
            </dd>
            <dt>{t('overview.figures.posts')}</dt>
            <dd>{formatNumber(figures.posts)}</dd>
            <dt>{t('overview.figures.interactions')}</dt>
            <dd>{formatNumber(figures.interactions)}</dd>
          </dl>
          <p className="utrecht-paragraph">
            {figures.themeGap
              ? t('overview.figures.gap', {
                  theme: figures.themeGap.theme.name,
                  signalShare: formatPercent(figures.themeGap.signalShare),
                  postShare: formatPercent(figures.themeGap.postShare),
                })
              : t('overview.figures.noGap')}
          </p>
        </>
      ) : null}
    </OverviewCard>
  );
}
