import { LIMITS, rules, type FieldIssues } from './validation';

/** What a decision in the newsroom asks for; the fields each kind needs are checked by `checkDecision`. */
export interface DecisionFields {
  signalId?: string | null;
  topicId?: string | null;
  kind: string;
  ownerId?: string | null;
  departmentId?: string | null;
  dueAt?: Date | null;
  reviewAt?: Date | null;
  note?: string | null;
  channelId?: string | null;
  plannedAt?: Date | null;
  slotId?: string | null;
}

/** The kinds that are a piece of work for someone on the team: an owner, a due time, and later a result. */
export const TASK_ACTION_KINDS = ['REQUEST_DATA', 'ENVIRONMENT_ANALYSIS', 'UPDATE_WEBSITE'] as const;

const DECISION_KINDS = ['INFORM_COLLEAGUE', ...TASK_ACTION_KINDS, 'SOCIAL_POST', 'MONITOR'];

/** A moment a little in the past still counts as now: the form was filled in a minute ago. */
const GRACE_MS = 60_000;

/**
 * What each kind of decision needs: a post its channel and time; a question its department, the question itself and
 * when the answer is due; watching a moment to look again (ahead); a task its owner and due time. A decision is on a
 * signal or on a topic (then it holds for all the topic's signals), never both.
 */
export function checkDecision(input: DecisionFields, now: Date = new Date()): FieldIssues {
  const issues: FieldIssues = {};
  const kindIssue = rules.oneOf(DECISION_KINDS, { required: true })(input.kind);
  if (kindIssue) return { kind: kindIssue };
  if (!input.signalId && !input.topicId) issues.signalId = { code: 'required' };
  if (input.signalId && input.topicId) issues.topicId = { code: 'notAllowed' };
  const note = rules.text(LIMITS.note, { required: input.kind === 'INFORM_COLLEAGUE' })(input.note);
  if (note) issues.note = note;
  const moment = (field: 'dueAt' | 'reviewAt' | 'plannedAt', required: boolean, ahead: boolean) => {
    const value = input[field];
    if (value == null) {
      if (required) issues[field] = { code: 'required' };
    } else if (Number.isNaN(value.getTime())) issues[field] = { code: 'invalidDate' };
    else if (ahead && value.getTime() < now.getTime() - GRACE_MS) issues[field] = { code: 'notAllowed' };
  };
  const isTask = (TASK_ACTION_KINDS as readonly string[]).includes(input.kind);
  switch (input.kind) {
    case 'SOCIAL_POST':
      if (!input.channelId) issues.channelId = { code: 'required' };
      moment('plannedAt', true, false);
      break;
    case 'INFORM_COLLEAGUE':
      if (!input.departmentId) issues.departmentId = { code: 'required' };
      moment('dueAt', true, true);
      break;
    case 'MONITOR':
      moment('reviewAt', true, true);
      break;
    default:
      if (isTask && !input.ownerId) issues.ownerId = { code: 'required' };
      moment('dueAt', isTask, true);
  }
  return issues;
}

/** What stands in the place of a resident's name or handle once it has been erased. */
export const ERASED = '[verwijderd]';

/**
 * Removes a resident's name and handle from a text (a message, a reply that greeted them by name): every occurrence,
 * whatever its case, with or without the `@` of a handle. Names shorter than two characters are left alone, since
 * they would match inside every word.
 */
export function redactAuthor(text: string, identities: readonly (string | null | undefined)[]): string {
  const words = [...new Set(identities.map((w) => w?.trim().replace(/^@/, '') ?? '').filter((w) => w.length >= 2))]
    // The longest first, so "Jan de Vries" goes as a whole before "Jan" would.
    .sort((a, b) => b.length - a.length);
  if (words.length === 0) return text;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(`@?(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), ERASED);
}
