import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Session } from '@planbord/api-identity';
import { Client, loggedIn, startApi, TEST_PASSWORD, type TestApi } from './harness';

let api: TestApi;
let second: TestApi;
beforeAll(async () => {
  api = await startApi();
  second = await startApi({}, api);
});
afterAll(async () => {
  await second?.close();
  await api?.close();
});

interface LiveSocket {
  /** Resolves once the server acknowledged the connection (the socket is then watched), rejects when refused first. */
  connected: Promise<void>;
  /** The close code, whenever the socket closes. */
  closed: Promise<number>;
  /** The next calendar change this socket receives. */
  nextChange(): Promise<string>;
  dispose(): Promise<void>;
}

/** A browser-like live connection to one API process: the session cookie and any headers come with the upgrade. */
function liveSocket(target: TestApi, cookie: string | null, headers: Record<string, string> = {}): LiveSocket {
  let onClosed: (code: number) => void = () => undefined;
  const closed = new Promise<number>((resolve) => (onClosed = resolve));
  let onConnected: () => void = () => undefined;
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve;
    void closed.then((code) => reject(new Error(`closed with ${code} before it was acknowledged`)));
  });
  connected.catch(() => undefined);
  const waiting: ((id: string) => void)[] = [];
  const client = createClient({
    url: `${target.url.replace('http', 'ws')}/graphql`,
    retryAttempts: 0,
    on: { connected: () => onConnected(), closed: (event) => onClosed((event as { code: number }).code) },
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { ...(cookie ? { cookie } : {}), ...headers } });
      }
    },
  });
  client.subscribe<{ calendarChanged: { id: string } }>(
    { query: 'subscription { calendarChanged { id } }' },
    {
      next: (message) => message.data && waiting.shift()?.(message.data.calendarChanged.id),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return {
    connected,
    closed,
    nextChange: () => new Promise<string>((resolve) => waiting.push(resolve)),
    dispose: async () => {
      await client.dispose();
    },
  };
}

/** A protocol event that must come: fails clearly instead of hanging until the test times out. */
function soon<T>(event: Promise<T>, what: string, seconds = 15): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: not within ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([event, deadline]).finally(() => clearTimeout(timer));
}

/** A change every calendar hears of: a new event, made in the first process. */
async function someChange(member: Client): Promise<string> {
  const startsAt = new Date(Date.now() + 30 * 86400_000);
  const { createEvent } = await member.ok<{ createEvent: { id: string } }>(
    'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
    {
      i: { title: 'Live bijgewerkt', startsAt, endsAt: new Date(startsAt.getTime() + 3600_000) },
    },
  );
  return createEvent.id;
}

describe('a session ended in one API process', () => {
  it('closes its live socket in another process at once on logout, and leaves the other sessions of that person open', async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const otherSession = await new Client(api).login(user.email);
    const ending = liveSocket(second, client.cookie);
    const staying = liveSocket(second, otherSession.cookie);
    await Promise.all([ending.connected, staying.connected]);

    await client.ok('mutation { logout }');
    expect(await soon(ending.closed, 'the socket of the ended session closed')).toBe(4401);

    // Changes are told in order: a change after the logout reaches the other session, so it was left open.
    const { client: member } = await loggedIn(api, 'MEMBER');
    const next = staying.nextChange();
    const changed = await someChange(member);
    expect(await soon(next, 'a change reached the other session')).toBe(changed);
    await staying.dispose();
  });

  it('closes the live sockets of a person an administrator deactivates', async () => {
    const { client: admin } = await loggedIn(api, 'ADMIN');
    const { user, client } = await loggedIn(api, 'LIAISON');
    const socket = liveSocket(second, client.cookie);
    await socket.connected;
    await admin.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: user.id });
    expect(await soon(socket.closed, 'the socket closed')).toBe(4401);
  });

  it('closes the other sessions on a password change, and every session on a reset by an administrator', async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const other = await new Client(api).login(user.email);
    const own = liveSocket(second, client.cookie);
    const others = liveSocket(second, other.cookie);
    await Promise.all([own.connected, others.connected]);
    await client.ok('mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }', {
      c: TEST_PASSWORD,
      n: 'another good password',
    });
    expect(await soon(others.closed, 'the other session closed')).toBe(4401);

    const { client: admin } = await loggedIn(api, 'ADMIN');
    await admin.ok(
      'mutation($id: ID!) { updateUser(id: $id, input: { password: "set by the administrator" }) { id } }',
      { id: user.id },
    );
    expect(await soon(own.closed, 'the own session closed')).toBe(4401);
  });
});

describe('a session that runs out', () => {
  it("closes its socket at the session's own deadline, checked again when it comes", async () => {
    const sessions = api.db.getRepository(Session);
    const expiring = await loggedIn(api, 'MEMBER');
    const prolonged = await loggedIn(api, 'MEMBER');
    // Both sessions end within seconds (7 days after sign-in, as it were); one is prolonged after its socket opened.
    await sessions.update({ userId: prolonged.user.id }, { expiresAt: new Date(Date.now() + 5000) });
    await sessions.update({ userId: expiring.user.id }, { expiresAt: new Date(Date.now() + 7000) });
    const kept = liveSocket(second, prolonged.client.cookie);
    const ending = liveSocket(second, expiring.client.cookie);
    await Promise.all([kept.connected, ending.connected]);
    await sessions.update({ userId: prolonged.user.id }, { expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000) });

    expect(await soon(ending.closed, 'the expired session closed')).toBe(4401);
    // The prolonged socket's deadline came before that one's: it found the session alive and stayed open.
    const { client: member } = await loggedIn(api, 'MEMBER');
    const next = kept.nextChange();
    const changed = await someChange(member);
    expect(await soon(next, 'a change reached the prolonged session')).toBe(changed);
    await kept.dispose();
  });
});

describe('the origin of a live connection', () => {
  const outcome = (socket: LiveSocket) =>
    socket.connected.then(
      () => 'connected',
      () => socket.closed.then((code) => `closed ${code}`),
    );

  it("lets in the app's own pages and clients that are no browser, and refuses pages of other sites", async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const own = liveSocket(api, client.cookie, { origin: api.url });
    const noBrowser = liveSocket(api, client.cookie);
    const otherSite = liveSocket(api, client.cookie, { origin: 'https://evil.example' });
    const sandboxed = liveSocket(api, client.cookie, { origin: 'null' });
    expect(await outcome(own)).toBe('connected');
    expect(await outcome(noBrowser)).toBe('connected');
    expect(await outcome(otherSite)).toBe('closed 4403');
    expect(await outcome(sandboxed)).toBe('closed 4403');
    expect(await outcome(liveSocket(api, null))).toBe('closed 4403');
    await own.dispose();
    await noBrowser.dispose();
  });

  it("lets in a dev server that passes the browser's host on, and the origins of ALLOWED_ORIGINS", async () => {
    const allowing = await startApi({ ALLOWED_ORIGINS: 'https://intranet.gemeente.example' }, api);
    try {
      const { client } = await loggedIn(allowing, 'MEMBER');
      // Vite's proxy (npm run dev) keeps the Host the browser asked for.
      const dev = liveSocket(allowing, client.cookie, { origin: 'http://localhost:4200', host: 'localhost:4200' });
      const listed = liveSocket(allowing, client.cookie, { origin: 'https://intranet.gemeente.example' });
      const unlisted = liveSocket(allowing, client.cookie, { origin: 'https://other.gemeente.example' });
      expect(await outcome(dev)).toBe('connected');
      expect(await outcome(listed)).toBe('connected');
      expect(await outcome(unlisted)).toBe('closed 4403');
      await dev.dispose();
      await listed.dispose();
    } finally {
      await allowing.close();
    }
  });

  it('behind a trusted proxy, takes the host the proxy passes on; from anyone else, not', async () => {
    const proxied = await startApi({ TRUST_PROXY: 'loopback' }, api);
    try {
      const { client } = await loggedIn(proxied, 'MEMBER');
      const forwarded = {
        origin: 'https://planbord.gemeente.example',
        'x-forwarded-host': 'planbord.gemeente.example',
      };
      const behindProxy = liveSocket(proxied, client.cookie, forwarded);
      const direct = liveSocket(api, client.cookie, forwarded);
      expect(await outcome(behindProxy)).toBe('connected');
      expect(await outcome(direct)).toBe('closed 4403');
      await behindProxy.dispose();
    } finally {
      await proxied.close();
    }
  });
});
