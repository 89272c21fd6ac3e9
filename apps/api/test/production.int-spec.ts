import { Client, startApi, type TestApi } from './harness';

let production: TestApi;
let development: TestApi;
beforeAll(async () => {
  production = await startApi({ NODE_ENV: 'production' });
  development = await startApi({}, production);
});
afterAll(async () => {
  await production.close();
  await development.close();
});

const introspection = '{ __schema { queryType { name } } }';
const misspelled = '{ me { nmae } }';
const badEnum = ['query($s: [EventStatus!]) { eventRequests(status: $s) { id } }', { s: ['REQESTED'] }] as const;

describe('production mode', () => {
  it('refuses introspection, which development mode answers', async () => {
    const refused = await new Client(production).gql(introspection);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(refused.errors?.[0].message).toMatch(/introspection/);
    expect(await new Client(production).gql('{ __type(name: "User") { name } }')).toMatchObject({
      errors: [{ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }],
    });
    expect(await new Client(development).ok(introspection)).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('answers introspection when GRAPHQL_INTROSPECTION=true says so', async () => {
    const open = await startApi({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }, production);
    try {
      expect(await new Client(open).ok(introspection)).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await open.close();
    }
  });

  it('suggests no field or enum value names', async () => {
    const field = await new Client(production).gql(misspelled);
    expect(field.errors?.[0].message).toBe('Cannot query field "nmae" on type "User".');
    expect((await new Client(development).gql(misspelled)).errors?.[0].message).toMatch(/Did you mean "name"\?/);

    const value = await new Client(production).gql(...badEnum);
    expect(value.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(JSON.stringify(value.errors)).not.toMatch(/Did you mean|REQUESTED/);
    expect((await new Client(development).gql(...badEnum)).errors?.[0].message).toMatch(
      /Did you mean the enum value "REQUESTED"\?/,
    );
  });

  it('sends the security headers on every response, and no X-Powered-By', async () => {
    for (const res of [
      await fetch(`${production.url}/health`),
      await fetch(`${production.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      }),
    ]) {
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self';");
      expect(csp).toContain("default-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeNull();
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('asks for HTTPS only once it is served over HTTPS (COOKIE_SECURE)', async () => {
    const secure = await startApi({ NODE_ENV: 'production', COOKIE_SECURE: 'true' }, production);
    try {
      const res = await fetch(`${secure.url}/health`);
      expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
      expect(res.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      await secure.close();
    }
  });
});
