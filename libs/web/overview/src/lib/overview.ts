import { addDays, mondayOf } from '@planbord/domain';
import type { OrgTime } from '@planbord/web-ui';

/** The overview's periods on the organisation's clock: today, the rest of this week, and four weeks ahead for gaps. */
export interface OverviewRanges {
  today: string;
  todayStart: string;
  tomorrowStart: string;
  weekStart: string;
  weekEnd: string;
  gapsEnd: string;
  /** This month on the organisation's calendar, for its key figures. */
  monthStart: string;
  monthEnd: string;
}

export const GAP_WEEKS = 4;

export function overviewRanges({ today: todayOf, startOfDate }: OrgTime, now = new Date()): OverviewRanges {
  const today = todayOf(now);
  const monday = mondayOf(today);
  return {
    today,
    todayStart: startOfDate(today).toISOString(),
    tomorrowStart: startOfDate(addDays(today, 1)).toISOString(),
    weekStart: startOfDate(monday).toISOString(),
    weekEnd: startOfDate(addDays(monday, 7)).toISOString(),
    gapsEnd: startOfDate(addDays(today, GAP_WEEKS * 7)).toISOString(),
    monthStart: startOfDate(`${today.slice(0, 7)}-01`).toISOString(),
    monthEnd: startOfDate(firstOfNextMonth(today)).toISOString(),
  };
}

function firstOfNextMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The month's key figures from its reports: signals, the share of answers within the norm, posts, interactions. */
export function monthFigures(data: {
  webcareReport: readonly { signals: number }[];
  engagementReport: readonly { posts: number; interactions: number }[];
  participationReport: { signalsAnswered: number; answeredWithinNorm: number };
  themeBalance: readonly { theme: { name: string }; signalShare: number; postShare: number; gap: number }[];
}) {
  const sum = <T>(rows: readonly T[], value: (row: T) => number) => rows.reduce((total, row) => total + value(row), 0);
  const { signalsAnswered, answeredWithinNorm } = data.participationReport;
  // The theme residents talk about most beyond what we post about it: the headline of the theme balance.
  const widestGap = [...data.themeBalance]
    .filter((row) => row.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.theme.name.localeCompare(b.theme.name))[0];
  return {
    signals: sum(data.webcareReport, (row) => row.signals),
    withinNormShare: signalsAnswered ? answeredWithinNorm / signalsAnswered : null,
    posts: sum(data.engagementReport, (row) => row.posts),
    interactions: sum(data.engagementReport, (row) => row.interactions),
    themeGap: widestGap ?? null,
  };
}

// Where each thing is handled.
export const calendarEventHref = (id: string) => `/kalender?item=event:${id}`;
export const calendarSlotHref = (id: string) => `/kalender?item=slot:${id}`;
export const postHref = (id: string) => `/berichten/${id}`;
export const requestHref = (id: string) => `/aanvragen?aanvraag=${id}`;
export const reviewHref = (id: string) => `/goedkeuren?bericht=${id}`;
export const PLANNING_HREF = '/planning';
export const heldPostsHref = '/berichten/vastgehouden';
export const WEBCARE_HREF = '/nieuwsroom/webcare';
export const NEWSROOM_LOG_HREF = '/nieuwsroom/besluitenlijst';
export const REPORTS_HREF = '/rapportages';
export const personHref = (id: string) => `/beheer/personen?bewerk=${id}`;
export const channelHref = (id: string) => `/beheer/kanalen?bewerk=${id}`;

export type JobRole = 'COVER' | 'WRITE' | 'PUBLISH';
export type JobStatus = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'DONE';

interface AssignmentLike {
  id: string;
  role: JobRole;
  status: JobStatus;
  event: { id: string; title: string; startsAt: string; allDay: boolean; startDate: string | null } | null;
  slot: { id: string; startsAt: string; title: string | null; rubric: { name: string } | null } | null;
  post: { id: string; title: string; plannedAt: string | null } | null;
}

/** One of my jobs as the overview lists it. */
export interface Job {
  id: string;
  role: JobRole;
  status: JobStatus;
  /** null: an untitled slot (the page names it). */
  title: string | null;
  startsAt: string | null;
  allDay: boolean;
  startDate: string | null;
  href: string;
}

export function toJob(assignment: AssignmentLike): Job {
  const base = { id: assignment.id, role: assignment.role, status: assignment.status };
  if (assignment.post)
    return {
      ...base,
      title: assignment.post.title,
      startsAt: assignment.post.plannedAt,
      allDay: false,
      startDate: null,
      href: postHref(assignment.post.id),
    };
  if (assignment.event) {
    const { event } = assignment;
    return {
      ...base,
      title: event.title,
      startsAt: event.startsAt,
      allDay: event.allDay,
      startDate: event.startDate,
      href: calendarEventHref(event.id),
    };
  }
  if (assignment.slot) {
    const { slot } = assignment;
    return {
      ...base,
      title: slot.title ?? slot.rubric?.name ?? null,
      startsAt: slot.startsAt,
      allDay: false,
      startDate: null,
      href: calendarSlotHref(slot.id),
    };
  }
  return { ...base, title: null, startsAt: null, allDay: false, startDate: null, href: '/mijn-werk' };
}

/**
 * My open jobs (still to answer or to do), today's and the rest of the week's, each in time order. An all-day job
 * counts for the day it starts; a job begun before today that is still open counts for today.
 */
export function splitJobs(
  assignments: readonly AssignmentLike[],
  ranges: OverviewRanges,
): { today: Job[]; week: Job[] } {
  const open = assignments.filter((a) => a.status === 'PENDING' || a.status === 'ACCEPTED').map(toJob);
  const sorted = [...open].sort((a, b) => (a.startsAt ?? '\uffff').localeCompare(b.startsAt ?? '\uffff'));
  const isToday = (job: Job) =>
    job.allDay && job.startDate
      ? job.startDate <= ranges.today
      : !!job.startsAt && new Date(job.startsAt) < new Date(ranges.tomorrowStart);
  return { today: sorted.filter(isToday), week: sorted.filter((job) => !isToday(job)) };
}

/** Requests by their answer deadline, the soonest (and overdue) first; `overdue` says whether it has passed. */
export function byDeadline<T extends { responseDueAt: string | null }>(
  requests: readonly T[],
  now = new Date(),
): (T & { overdue: boolean })[] {
  return [...requests]
    .sort((a, b) => (a.responseDueAt ?? '\uffff').localeCompare(b.responseDueAt ?? '\uffff'))
    .map((request) => ({ ...request, overdue: !!request.responseDueAt && new Date(request.responseDueAt) < now }));
}

/** A liaison's requests: the open ones first (by deadline), then the decided ones, most recently decided first. */
export function myRequestsInOrder<T extends { status: string; responseDueAt: string | null; decidedAt: string | null }>(
  requests: readonly T[],
): T[] {
  const open = requests
    .filter((r) => r.status === 'REQUESTED')
    .sort((a, b) => (a.responseDueAt ?? '').localeCompare(b.responseDueAt ?? ''));
  const decided = requests
    .filter((r) => r.status !== 'REQUESTED')
    .sort((a, b) => (b.decidedAt ?? '').localeCompare(a.decidedAt ?? ''));
  return [...open, ...decided];
}
