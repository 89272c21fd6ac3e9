import { Foundation1763769600000 } from './1763769600000-foundation';
import { Planning1763856000000 } from './1763856000000-planning';
import { Publishing1763942400000 } from './1763942400000-publishing';
import { Idempotency1764032400000 } from './1764032400000-idempotency';
import { LoginThrottles1764201600000 } from './1764201600000-login-throttles';
import { NotificationOutcome1764410000000 } from './1764410000000-notification-outcome';

/** Every migration, in order. Listed here rather than found by a glob, so the build needs no file scanning. */
export const migrations = [Foundation1763769600000, Planning1763856000000, Publishing1763942400000, Idempotency1764032400000, LoginThrottles1764201600000, NotificationOutcome1764410000000];
