import { ApolloClient, ApolloLink, gql, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { Observable } from 'rxjs';
import { evictRootFields, refetchRootFields } from './cache';

const CALENDAR: TypedDocumentNode<{ calendar: { from: string } }> = gql`
  query Calendar {
    calendar {
      from
    }
  }
`;
const CRISIS: TypedDocumentNode<{ crisis: { active: boolean } }> = gql`
  query Crisis {
    crisis {
      active
    }
  }
`;

/** A client whose server counts how often it was asked; it answers at once, or when `hold` is released. */
function clientCountingRequests() {
  const asked: Record<string, number> = {};
  let held: (() => void) | null = null;
  let holding = false;
  const link = new ApolloLink((operation) => {
    asked[operation.operationName ?? ''] = (asked[operation.operationName ?? ''] ?? 0) + 1;
    const data =
      operation.operationName === 'Calendar'
        ? { calendar: { __typename: 'Calendar', from: `answer ${asked.Calendar}` } }
        : { crisis: { __typename: 'CrisisState', active: false } };
    return new Observable((observer) => {
      const answer = () => {
        observer.next({ data });
        observer.complete();
      };
      if (holding) held = answer;
      else answer();
    });
  });
  const hold = () => {
    holding = true;
    return {
      isWaiting: () => held !== null,
      release: () => {
        holding = false;
        held?.();
      },
    };
  };
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), asked, hold };
}

/** Watches a query as a component on screen does, keeping every result it is shown. */
function watch<T>(client: ApolloClient, query: TypedDocumentNode<T>) {
  const shown: (T | undefined)[] = [];
  const subscription = client.watchQuery({ query }).subscribe((result) => shown.push(result.data as T | undefined));
  return { shown, stop: () => subscription.unsubscribe() };
}

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 200) throw new Error('condition not met');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('refreshing other screens through the cache', () => {
  it('refetches the queries on screen that read a root field, and no others, keeping what they show until the answer is in', async () => {
    const { client, asked, hold } = clientCountingRequests();
    const calendar = watch(client, CALENDAR);
    const crisis = watch(client, CRISIS);
    await until(() => calendar.shown.some(Boolean) && crisis.shown.some(Boolean));

    const server = hold();
    const refetched = refetchRootFields(client, ['calendar']);
    await until(server.isWaiting);
    expect(client.readQuery({ query: CALENDAR })?.calendar.from).toBe('answer 1');
    server.release();
    await refetched;

    expect(asked).toEqual({ Calendar: 2, Crisis: 1 });
    expect(client.readQuery({ query: CALENDAR })?.calendar.from).toBe('answer 2');
    expect(calendar.shown.at(-1)?.calendar.from).toBe('answer 2');
    calendar.stop();
    crisis.stop();
  });

  it('drops evicted root fields, so a query that is not on screen loads afresh when it next mounts', async () => {
    const { client, asked } = clientCountingRequests();
    await client.query({ query: CALENDAR });
    evictRootFields(client.cache, ['calendar']);
    expect(client.readQuery({ query: CALENDAR })).toBeNull();
    await client.query({ query: CALENDAR });
    expect(asked.Calendar).toBe(2);
  });
});
