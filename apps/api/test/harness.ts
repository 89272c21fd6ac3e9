import { randomBytes, randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { DataSource } from 'typeorm';
import { addDays, atLocalTime, localDateOf, type Role } from '@planbord/domain';
import { ChangeFeed, createDatabase, loadConfig, type AppConfig } from '@planbord/api-core';
import { Audience, Channel, Department, passwordHasher, Theme, User } from '@planbord/api-identity';
import { createApp } from '../src/app';

export interface TestApi {
  url: string;
  database: string;
  db: DataSource;
  app: NestExpressApplication;
  close(): Promise<void>;
}

/**
 * Boots the real API on a random port against a new database of the run's PostgreSQL (or of `server`), migrated and
 * empty. Every test file gets its own database, so files never see each other's rows.
 */
export async function startApi(
  env: Record<string, string> = {},
  sameDatabaseAs?: TestApi,
  server = process.env.PLANBORD_TEST_SERVER_URL,
): Promise<TestApi> {
  if (!server)
    throw new Error(
      'PLANBORD_TEST_SERVER_URL is not set: run integration tests through jest --selectProjects integration',
    );
  const database = sameDatabaseAs?.database ?? `t_${randomBytes(6).toString('hex')}`;
  if (!sameDatabaseAs) await createDatabase(server, database);
  // Tests date their signals on fixed days in the past; the nightly retention job must not anonymise them mid-run.
  const config: AppConfig = loadConfig({
    SIGNAL_RETENTION_DAYS: '3650',
    ...env,
    DATABASE_URL: `${server}/${database}`,
  });
  // PLANBORD_TEST_LOGS=1 shows the API's error log (unexpected errors are logged there with their id).
  const app = await createApp(config, `${server}/${database}`, {
    logger: process.env.PLANBORD_TEST_LOGS ? ['error', 'warn'] : false,
  });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    db: app.get<DataSource>(getDataSourceToken()),
    app,
    close: () => app.close(),
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; extensions: Record<string, unknown> & { code: string }; path?: string[] }[];
}

/** A client with its own cookie jar, talking to `/graphql` over HTTP as the web app does. */
export class Client {
  cookie: string | null = null;
  constructor(
    private readonly api: TestApi,
    private readonly headers: Record<string, string> = {},
  ) {}

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const res = await fetch(`${this.api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...this.headers },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return (await res.json()) as GraphQLResponse<T>;
  }

  /** The data of a request that must succeed; fails the test with the errors otherwise. */
  async ok<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.gql<T>(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
    return res.data as T;
  }

  async login(email: string, password = TEST_PASSWORD): Promise<this> {
    await this.ok('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }', {
      e: email,
      p: password,
    });
    return this;
  }
}

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | null = null;

/** A person straight in the database, ready to log in with TEST_PASSWORD. */
export async function makeUser(api: TestApi, role: Role, fields: Partial<User> = {}): Promise<User> {
  passwordHash ??= passwordHasher.hash(TEST_PASSWORD);
  const n = randomBytes(4).toString('hex');
  const repo = api.db.getRepository(User);
  return repo.save(
    repo.create({
      name: `${role.toLowerCase()} ${n}`,
      email: `${role.toLowerCase()}-${n}@example.test`,
      passwordHash: await passwordHash,
      role,
      locale: 'nl',
      ...fields,
    }),
  );
}

export async function loggedIn(
  api: TestApi,
  role: Role,
  fields: Partial<User> = {},
): Promise<{ user: User; client: Client }> {
  const user = await makeUser(api, role, fields);
  const client = await new Client(api).login(user.email);
  return { user, client };
}

export async function makeDepartment(
  api: TestApi,
  name = `Afdeling ${randomBytes(3).toString('hex')}`,
): Promise<Department> {
  return api.db.getRepository(Department).save({ name, color: '#336699' });
}

export async function makeTheme(api: TestApi, name = `Thema ${randomBytes(3).toString('hex')}`): Promise<Theme> {
  return api.db.getRepository(Theme).save({ name, color: '#993366' });
}

export async function makeAudience(
  api: TestApi,
  name = `Doelgroep ${randomBytes(3).toString('hex')}`,
): Promise<Audience> {
  return api.db.getRepository(Audience).save({ name });
}

export async function makeChannel(api: TestApi, fields: Partial<Channel> = {}): Promise<Channel> {
  return api.db
    .getRepository(Channel)
    .save({ name: `Kanaal ${randomBytes(3).toString('hex')}`, kind: 'FACEBOOK', ...fields });
}

/** Asks `check` again and again until it answers something truthy; fails naming `what` after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 30_000,
): Promise<Exclude<T, false | null | undefined | 0 | ''>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as Exclude<T, false | null | undefined | 0 | ''>;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The organisation's zone of every test API (the default of ORG_TIME_ZONE). */
export const ORG_TIME_ZONE = loadConfig({}).orgTimeZone;

/** The local date `days` after today in the organisation's zone, as `YYYY-MM-DD`. */
export function localDate(days = 0): string {
  return addDays(localDateOf(new Date(), ORG_TIME_ZONE), days);
}

/** The instant of a wall-clock time (`HH:mm`) on the local date `days` after today, in the organisation's zone. */
export function localTime(days: number, time = '10:00'): Date {
  return atLocalTime(localDate(days), time, ORG_TIME_ZONE);
}

export interface CalendarChangeMessage {
  entityType: string;
  id: string;
  kind: string;
}

/** A `calendarChanged` subscription over WebSocket, signed in with `cookie`, collecting what arrives. */
export function watchCalendar(
  url: string,
  cookie: string,
): { changes: CalendarChangeMessage[]; dispose(): Promise<void> } {
  const changes: CalendarChangeMessage[] = [];
  const ws = createClient({
    url: `${url.replace('http', 'ws')}/graphql`,
    retryAttempts: 0,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    },
  });
  ws.subscribe<{ calendarChanged: CalendarChangeMessage }>(
    { query: 'subscription { calendarChanged { entityType id kind } }' },
    {
      next: (msg) => msg.data && changes.push(msg.data.calendarChanged),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return { changes, dispose: () => ws.dispose() as Promise<void> };
}

/**
 * Makes changes until one reaches every watcher: a subscription is registered some time after its WebSocket opens,
 * and the protocol does not say when. Returns the ids of the changes made.
 */
export async function untilEveryWatcherSees(
  watchers: { changes: CalendarChangeMessage[] }[],
  change: () => Promise<string>,
  timeoutMs = 30_000,
): Promise<string[]> {
  const ids: string[] = [];
  const seenByAll = () => watchers.every((w) => w.changes.some((c) => ids.includes(c.id)));
  await eventually(
    'a change to reach every subscriber',
    async () => {
      ids.push(await change());
      return eventually('the change to arrive', seenByAll, 2000).catch(() => false);
    },
    timeoutMs,
  );
  return ids;
}

export interface CalendarSubscription {
  /** The first change that matches, whether it came already or comes within the deadline. */
  next(match: (change: CalendarChangeMessage) => boolean, timeoutMs?: number): Promise<CalendarChangeMessage>;
  dispose(): Promise<void>;
}

/**
 * Subscribes to `calendarChanged` over a WebSocket with the client's session, and returns once the subscription is
 * live: after the server's connection acknowledgement, a probe change goes through the same PostgreSQL NOTIFY
 * channel as every change (again, until it arrives), so any change made afterwards reaches the subscriber.
 */
export async function calendarSubscription(api: TestApi, client: Client): Promise<CalendarSubscription> {
  const received: CalendarChangeMessage[] = [];
  const listeners = new Set<() => void>();
  let failure: Error | null = null;
  const fail = (error: Error) => {
    failure ??= error;
    listeners.forEach((listener) => listener());
  };
  const ws = createClient({
    url: `${api.url.replace('http', 'ws')}/graphql`,
    retryAttempts: 0,
    on: { closed: (event) => fail(new Error(`the socket closed (${(event as { code?: number }).code})`)) },
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: client.cookie ? { cookie: client.cookie } : {} });
      }
    },
  });
  // graphql-ws reports `connected` on the server's connection_ack.
  const connected = new Promise<void>((resolve, reject) => {
    ws.on('connected', () => resolve());
    listeners.add(() => failure && reject(failure));
  });
  ws.subscribe<{ calendarChanged: CalendarChangeMessage }>(
    { query: 'subscription { calendarChanged { entityType id kind } }' },
    {
      next: (message) => {
        if (message.data) received.push(message.data.calendarChanged);
        listeners.forEach((listener) => listener());
      },
      error: (error) => fail(error instanceof Error ? error : new Error(JSON.stringify(error))),
      complete: () => undefined,
    },
  );

  const next = (match: (change: CalendarChangeMessage) => boolean, timeoutMs = 10_000) =>
    new Promise<CalendarChangeMessage>((resolve, reject) => {
      const settle = () => {
        const found = received.find(match);
        if (!found && !failure) return;
        listeners.delete(settle);
        clearTimeout(timer);
        if (found) resolve(found);
        else reject(failure);
      };
      const timer = setTimeout(() => {
        listeners.delete(settle);
        reject(new Error(`no matching change within ${timeoutMs} ms; received ${JSON.stringify(received)}`));
      }, timeoutMs);
      listeners.add(settle);
      settle();
    });

  await connected;
  const feed = api.app.get(ChangeFeed);
  const probe = randomUUID();
  for (let attempt = 1; ; attempt++) {
    await feed.publish({ entityType: 'Probe', id: probe, kind: 'updated' });
    const arrived = await next((change) => change.id === probe, 250).then(
      () => true,
      (error: Error) => {
        if (failure || attempt === 40) throw error;
        return false;
      },
    );
    if (arrived)
      return {
        next,
        dispose: async () => {
          await ws.dispose();
        },
      };
  }
}
