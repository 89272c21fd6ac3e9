import { isValidDate } from './time';
import { check, LIMITS, rules, type FieldIssues, type Issue } from './validation';

export const CAMPAIGN_LIMITS = {
  name: 200,
  results: LIMITS.description,
  /** Ten million euros: far beyond any municipality's ads, well inside a PostgreSQL integer. */
  maxCents: 1_000_000_000,
  /** The posts one campaign boosts. */
  maxPosts: 100,
  /** What worked, and what we would do differently: each. */
  evaluationText: 2000,
  /** The best and worst posts listed by default. */
  performanceTake: 5,
} as const;

/** An amount in euro cents: a whole number from 0 up to `CAMPAIGN_LIMITS.maxCents`. */
function cents({ required = false } = {}) {
  return (value: unknown): Issue | null => {
    if (value == null) return required ? { code: 'required' } : null;
    return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= CAMPAIGN_LIMITS.maxCents
      ? null
      : { code: 'outOfRange', min: 0, max: CAMPAIGN_LIMITS.maxCents };
  };
}

function day({ required = false } = {}) {
  return (value: unknown): Issue | null => {
    if (value == null || value === '') return required ? { code: 'required' } : null;
    return isValidDate(String(value)) ? null : { code: 'invalidDate' };
  };
}

export interface CampaignFields {
  name?: string | null;
  channelId?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
  budgetCents?: number | null;
  spentCents?: number | null;
  results?: string | null;
  postIds?: readonly string[] | null;
}

/**
 * A campaign names itself, its channel and its period (ending on or after its first day), and its budget and spend in
 * whole euro cents. A patch (`partial`) is checked against the campaign it changes: `current` fills in what it leaves.
 */
export function checkCampaign(input: CampaignFields, partial = false, current?: CampaignFields): FieldIssues {
  const issues = check(
    input,
    {
      name: rules.text(CAMPAIGN_LIMITS.name, { required: true }),
      channelId: rules.text(LIMITS.text, { required: true }),
      startsOn: day({ required: true }),
      endsOn: day({ required: true }),
      budgetCents: cents({ required: true }),
      spentCents: cents({ required: partial }),
      results: rules.text(CAMPAIGN_LIMITS.results),
    },
    partial,
  );
  const startsOn = input.startsOn ?? current?.startsOn;
  const endsOn = input.endsOn ?? current?.endsOn;
  if (!issues.startsOn && !issues.endsOn && startsOn && endsOn && endsOn < startsOn)
    issues.endsOn = { code: 'endBeforeStart' };
  if (input.postIds && new Set(input.postIds).size > CAMPAIGN_LIMITS.maxPosts)
    issues.postIds = { code: 'outOfRange', min: 0, max: CAMPAIGN_LIMITS.maxPosts };
  return issues;
}

/** The year's ads budget, in whole euro cents. */
export function checkAdsBudget(input: { budgetCents: number }): FieldIssues {
  return check(input, { budgetCents: cents({ required: true }) });
}

export interface EvaluationFields {
  postId?: string | null;
  rubricId?: string | null;
  worked?: string | null;
  different?: string | null;
}

/**
 * An evaluation is about one published post or one rubric, never both, and says what worked, what we would do
 * differently, or both (each at most `CAMPAIGN_LIMITS.evaluationText` characters).
 */
export function checkEvaluation(input: EvaluationFields, isNew: boolean): FieldIssues {
  const issues = check(input, {
    worked: rules.text(CAMPAIGN_LIMITS.evaluationText),
    different: rules.text(CAMPAIGN_LIMITS.evaluationText),
  });
  if (!issues.worked && !issues.different && !input.worked?.trim() && !input.different?.trim())
    issues.worked = { code: 'required' };
  if (isNew) {
    if (input.postId && input.rubricId) issues.rubricId = { code: 'notAllowed' };
    else if (!input.postId && !input.rubricId) issues.postId = { code: 'required' };
  }
  return issues;
}
