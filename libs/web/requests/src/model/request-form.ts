import {
  addDays,
  atLocalTime,
  check,
  isValidDate,
  isValidTime,
  LIMITS,
  localDateOf,
  rules,
  startOfLocalDate,
  toWallMs,
  type FieldIssues,
} from '@planbord/domain';

/**
 * The request form as the liaison fills it in, and the pure steps from there to the API's input: the same rules as the
 * server where they can be checked here, and wall-clock dates and times in the organisation's zone turned into instants.
 */
export interface RequestFormValues {
  title: string;
  description: string;
  location: string;
  allDay: boolean;
  /** Timed: the start's date and time; all day: the first day (time unused). */
  startDate: string;
  startTime: string;
  /** Timed: the end's date and time; all day: the last day, inclusive. */
  endDate: string;
  endTime: string;
  departmentId: string;
  themeIds: string[];
  audienceIds: string[];
  wishedChannelIds: string[];
  note: string;
}

export function emptyRequest(departmentId: string | null | undefined): RequestFormValues {
  return {
    title: '',
    description: '',
    location: '',
    allDay: false,
    startDate: '',
    startTime: '',
    endDate: '',
    endTime: '',
    departmentId: departmentId ?? '',
    themeIds: [],
    audienceIds: [],
    wishedChannelIds: [],
    note: '',
  };
}

/** The stored request, back in the form's terms (for editing a request that is still open). */
export interface StoredRequest {
  title: string;
  description: string | null;
  location: string | null;
  allDay: boolean;
  startsAt: string;
  endsAt: string;
  startDate: string | null;
  endDate: string | null;
  department: { id: string } | null;
  themes: { id: string }[];
  audiences: { id: string }[];
  wishedChannels: { id: string }[];
  requestNote: string | null;
}

function wallTime(instant: string, timeZone: string): string {
  return new Date(toWallMs(new Date(instant), timeZone)).toISOString().slice(11, 16);
}

export function valuesFromRequest(event: StoredRequest, timeZone: string): RequestFormValues {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  const base = {
    title: event.title,
    description: event.description ?? '',
    location: event.location ?? '',
    departmentId: event.department?.id ?? '',
    themeIds: event.themes.map((x) => x.id),
    audienceIds: event.audiences.map((x) => x.id),
    wishedChannelIds: event.wishedChannels.map((x) => x.id),
    note: event.requestNote ?? '',
  };
  if (event.allDay) {
    const first = event.startDate ?? localDateOf(start, timeZone);
    // The stored end is exclusive (the day after the last day); the form shows the last day itself.
    const last = event.endDate ? addDays(event.endDate, -1) : localDateOf(new Date(end.getTime() - 1), timeZone);
    return {
      ...base,
      allDay: true,
      startDate: first,
      startTime: '',
      endDate: last < first ? first : last,
      endTime: '',
    };
  }
  return {
    ...base,
    allDay: false,
    startDate: localDateOf(start, timeZone),
    startTime: wallTime(event.startsAt, timeZone),
    endDate: localDateOf(end, timeZone),
    endTime: wallTime(event.endsAt, timeZone),
  };
}

/**
 * What is wrong with the form, by the form's own field names (`startDate`, `startTime`, `endDate`, `endTime`,
 * `title`, …), with the shared domain issues so messages read as the server's.
 */
export function checkRequestForm(values: RequestFormValues): FieldIssues {
  const issues = check(values, {
    title: rules.text(LIMITS.title, { required: true }),
    description: rules.text(LIMITS.description),
    location: rules.text(LIMITS.location),
    note: rules.text(LIMITS.note),
  });
  const date = (value: string) =>
    value === '' ? { code: 'required' as const } : isValidDate(value) ? null : { code: 'invalidDate' as const };
  const time = (value: string) =>
    value === '' ? { code: 'required' as const } : isValidTime(value) ? null : { code: 'invalidTime' as const };
  const startDate = date(values.startDate);
  const endDate = date(values.endDate);
  if (startDate) issues.startDate = startDate;
  if (endDate) issues.endDate = endDate;
  if (!values.allDay) {
    const startTime = time(values.startTime);
    const endTime = time(values.endTime);
    if (startTime) issues.startTime = startTime;
    if (endTime) issues.endTime = endTime;
  }
  if (!issues.startDate && !issues.endDate && !issues.startTime && !issues.endTime) {
    const times = requestTimes(values, 'UTC');
    if (values.allDay ? values.endDate < values.startDate : times.endsAt <= times.startsAt)
      issues[values.allDay ? 'endDate' : 'endTime'] = { code: 'endBeforeStart' };
  }
  return issues;
}

/**
 * The instants the API takes. All day: from midnight of the first day to midnight after the last day, as the server
 * stores it; timed: the wall-clock start and end in the organisation's zone.
 */
export function requestTimes(
  values: Pick<RequestFormValues, 'allDay' | 'startDate' | 'startTime' | 'endDate' | 'endTime'>,
  timeZone: string,
): { startsAt: string; endsAt: string } {
  if (values.allDay) {
    return {
      startsAt: startOfLocalDate(values.startDate, timeZone).toISOString(),
      endsAt: startOfLocalDate(addDays(values.endDate, 1), timeZone).toISOString(),
    };
  }
  return {
    startsAt: atLocalTime(values.startDate, values.startTime, timeZone).toISOString(),
    endsAt: atLocalTime(values.endDate, values.endTime, timeZone).toISOString(),
  };
}

/** The form's values as the API's input fields (shared by submit and edit). */
export function requestInput(values: RequestFormValues, timeZone: string) {
  return {
    title: values.title.trim(),
    description: values.description.trim() || null,
    location: values.location.trim() || null,
    allDay: values.allDay,
    ...requestTimes(values, timeZone),
    departmentId: values.departmentId || null,
    themeIds: values.themeIds,
    audienceIds: values.audienceIds,
    wishedChannelIds: values.wishedChannelIds,
  };
}

/** The server names times `startsAt` and `endsAt`; the form splits them into date and time fields. */
export function formFieldOf(serverField: string, allDay: boolean): string {
  if (serverField === 'startsAt') return 'startDate';
  if (serverField === 'endsAt') return allDay ? 'endDate' : 'endTime';
  return serverField;
}

/** Starting sooner than the minimum lead time: the request is accepted, but flagged short notice (server's rule). */
export function isShortNotice(
  values: RequestFormValues,
  now: Date,
  minimumLeadDays: number,
  timeZone: string,
): boolean {
  if (!isValidDate(values.startDate) || (!values.allDay && !isValidTime(values.startTime))) return false;
  const { startsAt } = requestTimes(
    { ...values, endDate: values.startDate, endTime: values.startTime || '00:00' },
    timeZone,
  );
  return new Date(startsAt).getTime() - now.getTime() < minimumLeadDays * 86400_000;
}
