import { failureFacts } from '@planbord/web-graphql';
import { describeFailure as describe, type Failure, type Translate } from '@planbord/web-ui';

export type { Failure };

/** A failed operation of this feature, worded for the person. */
export function describeFailure(error: unknown, t: Translate): Failure {
  return describe(failureFacts(error), t, t('drawer.conflict'));
}
