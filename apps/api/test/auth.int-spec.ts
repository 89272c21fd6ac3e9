import * as argon2 from '@node-rs/argon2';
import { LoginFailure, Session } from '@planbord/api-identity';
import { Client, loggedIn, makeUser, startApi, TEST_PASSWORD, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => { api = await startApi(); });
afterAll(async () => { await api.close(); });

const ME = '{ me { id name role email } }';
const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id name } }';

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie with a long random token and answers who you are', async () => {
    const user = await makeUser(api, 'MEMBER');
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
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
        method: 'POST', headers: { 'content-type': 'application/json' },
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
  it('refuses the sixth attempt within 15 minutes without computing a hash, even with the right password', async () => {
    const user = await makeUser(api, 'MEMBER');
    for (let i = 0; i < 5; i++) {
      const res = await new Client(api).gql(LOGIN, { e: user.email, p: `wrong password ${i}` });
      expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    const verify = jest.spyOn(argon2, 'verify');
    const hash = jest.spyOn(argon2, 'hash');
    const sixth = await new Client(api).gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
    expect(sixth.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(sixth.errors?.[0].extensions.retryAfter).toBeGreaterThan(14 * 60);
    expect(sixth.errors?.[0].message).toMatch(/Te veel mislukte pogingen/);
    expect(verify).not.toHaveBeenCalled();
    expect(hash).not.toHaveBeenCalled();
    verify.mockRestore();
    hash.mockRestore();
  });

  it('locks for longer after each further round of failures', async () => {
    const user = await makeUser(api, 'MEMBER');
    const failures = api.db.getRepository(LoginFailure);
    // Ten failures today, the last five of them recent: the second round locks for 30 minutes.
    const now = Date.now();
    for (let i = 0; i < 5; i++) await failures.save({ email: user.email, ip: '10.0.0.1', at: new Date(now - 3 * 60 * 60 * 1000 - i * 1000) });
    for (let i = 0; i < 5; i++) await failures.save({ email: user.email, ip: '10.0.0.1', at: new Date(now - 60 * 1000 - i * 1000) });
    const res = await new Client(api).gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
    expect(res.errors?.[0].extensions.retryAfter).toBeGreaterThan(28 * 60);
  });

  it('refuses an address that keeps failing, whatever account it tries', async () => {
    const failures = api.db.getRepository(LoginFailure);
    await new Client(api).gql(LOGIN, { e: 'guess@example.test', p: 'guessing-again' });
    const { ip } = await failures.findOneByOrFail({ email: 'guess@example.test' });
    for (let i = 1; i < 20; i++) await failures.save({ email: `guess${i}@example.test`, ip });
    const user = await makeUser(api, 'MEMBER');
    const res = await new Client(api).gql(LOGIN, { e: user.email, p: TEST_PASSWORD });
    expect(res.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].extensions.retryAfter).toBeGreaterThan(0);
    await failures.delete({ ip: ip! });
    expect((await new Client(api).gql(LOGIN, { e: user.email, p: TEST_PASSWORD })).errors).toBeUndefined();
  });
});

describe('behind a reverse proxy', () => {
  it('counts failures against the client address the trusted proxy passes on', async () => {
    const proxied = await startApi({ TRUST_PROXY: 'loopback' });
    try {
      await new Client(proxied, { 'x-forwarded-for': '203.0.113.9' }).gql(LOGIN, { e: 'someone@example.test', p: 'not the password' });
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
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { current: expect.any(String) } });
    const short = await client.gql(CHANGE, { c: TEST_PASSWORD, n: 'short' });
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { next: 'Minimaal 10 tekens.' } });

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
