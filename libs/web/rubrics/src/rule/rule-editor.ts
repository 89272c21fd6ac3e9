import { parseRule, switchKind, toRrule, type RuleBuilderState, type RuleKind } from './rule-builder';

/** Which part of the editor writes the rule: one of the builder's kinds, or the raw RRULE field. */
export type RuleMode = RuleKind | 'raw';

/** The rule editor: the builder's state and the raw text side by side, so switching loses nothing. */
export interface RuleEditorState {
  mode: RuleMode;
  builder: RuleBuilderState;
  raw: string;
}

/** Opens a rule in the builder when it can express it, otherwise in the raw field. */
export function openRule(rrule: string, startsOn: string): RuleEditorState {
  const parsed = parseRule(rrule);
  if (parsed) return { mode: parsed.kind, builder: parsed, raw: toRrule(parsed) };
  return { mode: rrule.trim() ? 'raw' : 'weekly', builder: switchKind('weekly', null, startsOn), raw: rrule };
}

/** The RRULE value the editor holds now. */
export function currentRule(state: RuleEditorState): string {
  return state.mode === 'raw' ? state.raw.trim() : toRrule(state.builder);
}

/**
 * Switches the mode. To raw: the raw field gets the builder's rule. From raw to the builder: the raw rule is read when
 * the builder can express it, so the rule stays the same; otherwise the builder proposes one of the chosen kind.
 */
export function chooseMode(state: RuleEditorState, mode: RuleMode, startsOn: string): RuleEditorState {
  if (mode === state.mode) return state;
  if (mode === 'raw') return { ...state, mode, raw: currentRule(state) };
  const fromRaw = state.mode === 'raw' ? parseRule(state.raw) : null;
  const base = fromRaw ?? state.builder;
  return { mode, builder: switchKind(mode, base, startsOn), raw: state.raw };
}

/** Changes the builder's state (the raw field follows when the person switches to it). */
export function editBuilder(state: RuleEditorState, builder: RuleBuilderState): RuleEditorState {
  return { ...state, mode: builder.kind, builder };
}
