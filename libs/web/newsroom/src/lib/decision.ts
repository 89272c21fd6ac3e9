import { checkDecision, type FieldIssues } from '@planbord/domain';
import type { ActionKind } from '../model/newsroom';

/**
 * The fields each kind of decision shows (DESIGN §7), and the ones it requires. What counts as valid is the domain's
 * `checkDecision`, the same rules the server applies.
 */
export const DECISION_FIELDS: Record<
  ActionKind,
  { shows: readonly DecisionField[]; requires: readonly DecisionField[] }
> = {
  INFORM_COLLEAGUE: { shows: ['departmentId', 'dueAt', 'note'], requires: ['departmentId', 'dueAt', 'note'] },
  SOCIAL_POST: { shows: ['channelId', 'slotId', 'plannedAt', 'note'], requires: ['channelId', 'plannedAt'] },
  MONITOR: { shows: ['reviewAt', 'note'], requires: ['reviewAt'] },
  REQUEST_DATA: { shows: ['ownerId', 'dueAt', 'note'], requires: ['ownerId', 'dueAt'] },
  ENVIRONMENT_ANALYSIS: { shows: ['ownerId', 'dueAt', 'note'], requires: ['ownerId', 'dueAt'] },
  UPDATE_WEBSITE: { shows: ['ownerId', 'dueAt', 'note'], requires: ['ownerId', 'dueAt'] },
};

export type DecisionField =
  'ownerId' | 'departmentId' | 'channelId' | 'slotId' | 'dueAt' | 'reviewAt' | 'plannedAt' | 'note';

export type DecisionValues = Record<DecisionField, string>;

export const EMPTY_DECISION: DecisionValues = {
  ownerId: '',
  departmentId: '',
  channelId: '',
  slotId: '',
  dueAt: '',
  reviewAt: '',
  plannedAt: '',
  note: '',
};

/** What the domain's rules say of the decision as filled in, before it is sent. */
export function decisionIssues(input: ReturnType<typeof decisionInput>, now: Date = new Date()): FieldIssues {
  const date = (value: string | null) => (value ? new Date(value) : null);
  return checkDecision(
    { ...input, dueAt: date(input.dueAt), reviewAt: date(input.reviewAt), plannedAt: date(input.plannedAt) },
    now,
  );
}

/**
 * The `DecisionInput` for the server: only the fields this kind shows, times turned from the organisation's clock
 * into instants.
 */
export function decisionInput(
  kind: ActionKind,
  values: DecisionValues,
  target: { signalId?: string; topicId?: string },
  toInstant: (local: string) => string | null,
) {
  const shown = new Set(DECISION_FIELDS[kind].shows);
  const text = (field: DecisionField) => (shown.has(field) && values[field].trim() ? values[field].trim() : null);
  const time = (field: DecisionField) => (shown.has(field) && values[field] ? toInstant(values[field]) : null);
  return {
    ...target,
    kind,
    ownerId: text('ownerId'),
    departmentId: text('departmentId'),
    channelId: text('channelId'),
    slotId: text('slotId'),
    note: text('note'),
    dueAt: time('dueAt'),
    reviewAt: time('reviewAt'),
    plannedAt: time('plannedAt'),
  };
}

/** How far ahead the decide dialog offers free ad-hoc room. */
export const FREE_SLOT_DAYS = 28;

export interface FreeSlot {
  id: string;
  startsAt: string;
  title: string | null;
  channelId: string | null;
}

/** The open ad-hoc slots among a calendar's slots, soonest first. */
export function freeAdHocSlots(
  slots: readonly {
    id: string;
    kind: string;
    status: string;
    startsAt: string;
    title?: string | null;
    channel?: { id: string } | null;
  }[],
): FreeSlot[] {
  return slots
    .filter((slot) => slot.kind === 'AD_HOC' && slot.status === 'OPEN')
    .map((slot) => ({
      id: slot.id,
      startsAt: slot.startsAt,
      title: slot.title ?? null,
      channelId: slot.channel?.id ?? null,
    }))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

/** The free slots a post on this channel may fill: those on the channel and those kept for any channel. */
export function slotsForChannel(slots: readonly FreeSlot[], channelId: string): FreeSlot[] {
  return slots.filter((slot) => slot.channelId === null || slot.channelId === channelId);
}
