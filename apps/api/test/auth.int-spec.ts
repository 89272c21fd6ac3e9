import { LoginFailure, LoginThrottle, passwordHasher, Session } from '@planbord/api-identity';
import { Client, loggedIn, makeUser, startApi, TEST_PASSWORD, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const ME = '{ me { id name role email } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id name } }';

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie with a long random token and answers who you are', async () => {
    const user = await makeUser(api, 'MEMBER');
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { e: user.email.toUpperCase(), p: TEST_PASSWORD } }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^planbord_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    const client = new Client(api);
    client.cookie = cookie.split(';')[0];
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('marks the cookie Secure when COOKIE_SECURE is set', async () => {
    const secureApi = await startApi({ COOKIE_SECURE: 'true' });
    try {
      const user = await makeUser(secureApi, 'MEMBER');
      const res = await fetch(`${secureApi.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: LOGIN, variables: { e: user.email, p: TEST_PASSWORD } }),
      });
      expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    } finally {
      await secureApi.close();
    }
  });

  it('refuses a wrong password and an unknown address alike, with UNAUTHENTICATED', async () => {
    const user = await makeUser(api, 'EDITOR');
    const wrong = await new Client(api).gql(LOGIN, { e: user.email, p: 'not the password' });
    const unknown = await new Client(api).gql(LOGIN, { e: 'nobody@example.test', p: 'whatever-it-is' });
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(unknown.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('answers anonymous calls with UNAUTHENTICATED, and `me` with null', async () => {
    const anonymous = new Client(api);
    expect((await anonymous.ok<{ me: null }>(ME)).me).toBeNull();
    const res = await anonymous.gql('{ users { id } }');
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('does not let a deactivated person sign in', async () => {
    const user = await makeUser(api, 'MEMBER', { active: false });
    const res = await new Client(api).gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('throttling', () => {
  // Through a trusted proxy, each test signs in from an address of its own, so address counts never add up across tests.
  let proxied: TestApi;
  let addresses = 0;
  beforeAll(async () => {
    proxied = await startApi({ TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await proxied.close();
  });
  afterEach(() => {
    jest.restoreAllMocks();
  });

  const newAddress = () => `198.51.100.${++addresses}`;
  const from = (address: string) => new Client(proxied, { 'x-forwarded-for': address });
  const signIn = (address: string, email: string, password: string) =>
    from(address).gql<{ login: { id: string } }>(LOGIN, { e: email, p: password });
  const WRONG = 'E-mailadres of wachtwoord klopt niet.';
  const addressFailures = (ip: string, count: number) =>
    proxied.db
      .getRepository(LoginFailure)
      .insert(Array.from({ length: count }, (_, i) => ({ email: `guess-${i}@example.test`, ip })));

  it('sees the hash check of every login, and refuses a locked account without one, even with the right password', async () => {
    const user = await makeUser(proxied, 'MEMBER');
    const address = newAddress();
    const verify = jest.spyOn(passwordHasher, 'verify');
    const hash = jest.spyOn(passwordHasher, 'hash');
    expect((await signIn(address, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    expect(verify).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) {
      const res = await signIn(address, user.email, `wrong password ${i}`);
      expect(res.errors?.[0]).toMatchObject({ message: WRONG, extensions: { code: 'UNAUTHENTICATED' } });
    }
    expect(verify).toHaveBeenCalledTimes(6);
    verify.mockClear();
    const sixth = await signIn(address, user.email, TEST_PASSWORD);
    expect(sixth.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(sixth.errors?.[0].extensions.retryAfter).toBeGreaterThan(14 * 60);
    expect(sixth.errors?.[0].message).toMatch(/Te veel mislukte pogingen/);
    expect(verify).not.toHaveBeenCalled();
    expect(hash).not.toHaveBeenCalled();
  });

  it('checks at most 5 of 40 parallel wrong passwords for one account', async () => {
    const user = await makeUser(proxied, 'MEMBER');
    const verify = jest.spyOn(passwordHasher, 'verify');
    const answers = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(newAddress(), user.email, `guess ${i}`)),
    );
    expect(verify).toHaveBeenCalledTimes(5);
    expect(answers.every((res) => res.errors?.[0].extensions.code === 'UNAUTHENTICATED')).toBe(true);
    expect(answers.filter((res) => res.errors?.[0].message === WRONG)).toHaveLength(5);
    expect(answers.filter((res) => Number(res.errors?.[0].extensions.retryAfter) > 0)).toHaveLength(35);
    // Unknown accounts alike: the same five checks (of a stand-in hash), however many guesses.
    verify.mockClear();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) => signIn(newAddress(), 'nobody-here@example.test', `guess ${i}`)),
    );
    expect(verify).toHaveBeenCalledTimes(5);
  });

  it('starts the count afresh after the right password', async () => {
    const user = await makeUser(proxied, 'MEMBER');
    const address = newAddress();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++)
        expect((await signIn(address, user.email, `wrong ${i}`)).errors?.[0].message).toBe(WRONG);
      expect((await signIn(address, user.email, TEST_PASSWORD)).errors).toBeUndefined();
    }
  });

  it('locks for longer after each further round of failures, up to a day, and forgets rounds after a day', async () => {
    const user = await makeUser(proxied, 'MEMBER');
    const address = newAddress();
    const throttles = proxied.db.getRepository(LoginThrottle);
    const lockedFor = async () => {
      for (let i = 0; i < 5; i++)
        expect((await signIn(address, user.email, `wrong ${i}`)).errors?.[0].message).toBe(WRONG);
      const refused = await signIn(address, user.email, TEST_PASSWORD);
      return Number(refused.errors?.[0].extensions.retryAfter);
    };
    const minutes = (seconds: number) => Math.ceil(seconds / 60);
    // Each lock runs out by moving it into the past, as time would.
    const lockRunsOut = (fields: Partial<LoginThrottle> = {}) =>
      throttles.update({ email: user.email }, { lockedUntil: new Date(Date.now() - 1000), ...fields });

    expect(minutes(await lockedFor())).toBe(15);
    await lockRunsOut();
    expect(minutes(await lockedFor())).toBe(30);
    await lockRunsOut();
    expect(minutes(await lockedFor())).toBe(60);
    await lockRunsOut({ rounds: 9 });
    expect(minutes(await lockedFor())).toBe(24 * 60);
    await lockRunsOut({ lockedAt: new Date(Date.now() - 25 * 60 * 60 * 1000) });
    expect(minutes(await lockedFor())).toBe(15);
  });

  it('does not stop a colleague with the right password after 20 failed logins to made-up accounts from the same address', async () => {
    const office = newAddress();
    for (let i = 0; i < 20; i++) {
      const res = await signIn(office, `made-up-${i}@example.test`, 'guessing');
      expect(res.errors?.[0]).toMatchObject({ message: WRONG, extensions: { code: 'UNAUTHENTICATED' } });
    }
    const colleague = await makeUser(proxied, 'EDITOR');
    const res = await signIn(office, colleague.email, TEST_PASSWORD);
    expect(res.errors).toBeUndefined();
    expect(res.data?.login.id).toBe(colleague.id);
  });

  it('answers further failed attempts from a busy address later, while a right password from it signs in at once', async () => {
    const office = newAddress();
    await addressFailures(office, 29);
    const colleague = await makeUser(proxied, 'MEMBER');
    const answered: string[] = [];
    const started = Date.now();
    const [wrong, right] = await Promise.all([
      signIn(office, 'made-up@example.test', 'guessing').then((res) => {
        answered.push('wrong');
        return { res, ms: Date.now() - started };
      }),
      signIn(office, colleague.email, TEST_PASSWORD).then((res) => {
        answered.push('right');
        return res;
      }),
    ]);
    expect(right.errors).toBeUndefined();
    expect(wrong.res.errors?.[0].message).toBe(WRONG);
    // The 30th failure in 15 minutes waits 10 × 250 ms before its answer; the right password did not wait for it.
    expect(wrong.ms).toBeGreaterThanOrEqual(2500);
    expect(answered).toEqual(['right', 'wrong']);
  });

  it('refuses failed attempts from an address past 50 failures, with retryAfter, and still lets the right password in', async () => {
    const office = newAddress();
    await addressFailures(office, 49);
    const colleague = await makeUser(proxied, 'MEMBER');
    const [wrong, right] = await Promise.all([
      signIn(office, 'made-up@example.test', 'guessing'),
      signIn(office, colleague.email, TEST_PASSWORD),
    ]);
    expect(wrong.errors?.[0].message).toMatch(/Te veel mislukte pogingen/);
    expect(wrong.errors?.[0].extensions.retryAfter).toBeGreaterThan(14 * 60);
    expect(right.errors).toBeUndefined();
  });
});

describe('behind a reverse proxy', () => {
  it('counts failures against the client address the trusted proxy passes on', async () => {
    const proxied = await startApi({ TRUST_PROXY: 'loopback' });
    try {
      await new Client(proxied, { 'x-forwarded-for': '203.0.113.9' }).gql(LOGIN, {
        e: 'someone@example.test',
        p: 'not the password',
      });
      const failures = await proxied.db.getRepository(LoginFailure).findBy({ email: 'someone@example.test' });
      expect(failures.map((f) => f.ip)).toEqual(['203.0.113.9']);
    } finally {
      await proxied.close();
    }
  });
});

describe('sessions', () => {
  it('die at once on logout', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const cookie = client.cookie;
    expect(await client.ok('mutation { logout }')).toEqual({ logout: true });
    const stale = new Client(api);
    stale.cookie = cookie;
    expect((await stale.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await stale.gql('{ departments { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('die at once when an administrator deactivates the person', async () => {
    const { client: admin } = await loggedIn(api, 'ADMIN');
    const { user, client } = await loggedIn(api, 'MEMBER');
    await admin.ok('mutation($id: ID!) { setUserActive(id: $id, active: false) { active } }', { id: user.id });
    expect((await client.gql('{ departments { id } }')).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('expire after 12 hours idle and after 7 days in any case', async () => {
    const sessions = api.db.getRepository(Session);
    const idle = await loggedIn(api, 'MEMBER');
    await sessions.update({ userId: idle.user.id }, { lastSeenAt: new Date(Date.now() - 12 * 60 * 60 * 1000 - 1000) });
    expect((await idle.client.ok<{ me: null }>(ME)).me).toBeNull();

    const old = await loggedIn(api, 'MEMBER');
    await sessions.update({ userId: old.user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await old.client.ok<{ me: null }>(ME)).me).toBeNull();

    const active = await loggedIn(api, 'MEMBER');
    await sessions.update({ userId: active.user.id }, { lastSeenAt: new Date(Date.now() - 11 * 60 * 60 * 1000) });
    expect((await active.client.ok<{ me: { id: string } }>(ME)).me.id).toBe(active.user.id);
  });

  it('keep only a hash of the token in the database', async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const token = client.cookie!.split('=')[1];
    const rows = await api.db.getRepository(Session).findBy({ userId: user.id });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).not.toContain(token);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('changing your password', () => {
  it('needs the current password and a valid new one, and ends your other sessions', async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const other = await new Client(api).login(user.email);
    const CHANGE = 'mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }';

    const wrong = await client.gql(CHANGE, { c: 'not my password', n: 'a brand new password' });
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { current: expect.any(String) },
    });
    const short = await client.gql(CHANGE, { c: TEST_PASSWORD, n: 'short' });
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { next: 'Minimaal 10 tekens.' },
    });

    expect(await client.ok(CHANGE, { c: TEST_PASSWORD, n: 'a brand new password' })).toEqual({ changePassword: true });
    expect((await other.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    await new Client(api).login(user.email, 'a brand new password');
  });
});

describe('the organisation', () => {
  it('tells every signed-in person the time zone of ORG_TIME_ZONE, and nobody else', async () => {
    const caribbean = await startApi({ ORG_TIME_ZONE: 'America/Kralendijk' });
    try {
      const ORGANISATION = '{ organisation { timeZone } }';
      const { client } = await loggedIn(caribbean, 'LIAISON');
      expect(await client.ok(ORGANISATION)).toEqual({ organisation: { timeZone: 'America/Kralendijk' } });
      expect((await new Client(caribbean).gql(ORGANISATION)).errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    } finally {
      await caribbean.close();
    }
  });
});
