import type { ActionKind } from '../model/newsroom';

/** What a decision asks for besides its kind (DESIGN §7): the fields each kind shows and requires. */
export const DECISION_FIELDS: Record<
  ActionKind,
  { shows: readonly DecisionField[]; requires: readonly DecisionField[] }
> = {
  INFORM_COLLEAGUE: { shows: ['departmentId', 'dueAt', 'note'], requires: ['departmentId', 'dueAt', 'note'] },
  SOCIAL_POST: { shows: ['channelId', 'plannedAt', 'note'], requires: ['channelId', 'plannedAt'] },
  MONITOR: { shows: ['reviewAt', 'note'], requires: ['reviewAt'] },
  REQUEST_DATA: { shows: ['ownerId', 'dueAt', 'note'], requires: ['ownerId'] },
  ENVIRONMENT_ANALYSIS: { shows: ['ownerId', 'dueAt', 'note'], requires: ['ownerId'] },
  UPDATE_WEBSITE: { shows: ['ownerId', 'dueAt', 'note'], requires: ['ownerId'] },
};

export type DecisionField = 'ownerId' | 'departmentId' | 'channelId' | 'dueAt' | 'reviewAt' | 'plannedAt' | 'note';

export type DecisionValues = Record<DecisionField, string>;

export const EMPTY_DECISION: DecisionValues = {
  ownerId: '',
  departmentId: '',
  channelId: '',
  dueAt: '',
  reviewAt: '',
  plannedAt: '',
  note: '',
};

/** The fields of this kind that are still empty. */
export function missingDecisionFields(kind: ActionKind, values: DecisionValues): DecisionField[] {
  return DECISION_FIELDS[kind].requires.filter((field) => !values[field].trim());
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
    note: text('note'),
    dueAt: time('dueAt'),
    reviewAt: time('reviewAt'),
    plannedAt: time('plannedAt'),
  };
}
