import { loggedIn, startApi, type GraphQLResponse, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

interface Created {
  token: string;
  apiToken: { id: string; name: string; createdAt: string; lastUsedAt: string | null };
}

/** A request as a script sends it: the token, no cookie and no Apollo preflight header. */
async function asScript(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<Record<string, unknown>> };
}

const CREATE = 'mutation($n: String!) { createApiToken(name: $n) { token apiToken { id name createdAt lastUsedAt } } }';

describe('API tokens', () => {
  it('act as the person who made them until revoked, shown once and listed with their last use', async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const { createApiToken } = await client.ok<{ createApiToken: Created }>(CREATE, { n: '  Rapportage-script ' });
    expect(createApiToken.token).toMatch(/^pbt_[A-Za-z0-9_-]{43}$/);
    expect(createApiToken.apiToken).toMatchObject({ name: 'Rapportage-script', lastUsedAt: null });

    const me = await asScript(createApiToken.token, '{ me { id name } }');
    expect(me.status).toBe(200);
    expect(me.body.data?.me).toEqual({ id: user.id, name: user.name });
    const gaps = await asScript(
      createApiToken.token,
      '{ planningGaps(from: "2031-01-01T00:00:00Z", to: "2031-02-01T00:00:00Z") { id } }',
    );
    expect(gaps.body.errors).toBeUndefined();

    const list = await client.gql<{ apiTokens: Record<string, unknown>[] }>(
      '{ apiTokens { id name createdAt lastUsedAt } }',
    );
    expect(list.data?.apiTokens).toHaveLength(1);
    expect(list.data?.apiTokens[0]).toMatchObject({ id: createApiToken.apiToken.id, name: 'Rapportage-script' });
    expect(list.data?.apiTokens[0].lastUsedAt).toEqual(expect.any(String));
    expect(JSON.stringify(list)).not.toContain(createApiToken.token);
    const stored = await api.db.query('SELECT token_hash FROM api_tokens WHERE id = $1', [createApiToken.apiToken.id]);
    expect(stored[0].token_hash).not.toContain(createApiToken.token.slice(4));

    await client.ok('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: createApiToken.apiToken.id });
    const refused = await asScript(createApiToken.token, '{ me { id } }');
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await client.ok<{ apiTokens: unknown[] }>('{ apiTokens { id } }')).apiTokens).toEqual([]);

    const audit = await api.db.query(
      "SELECT action FROM audit_entries WHERE entity_type = 'ApiToken' AND entity_id = $1 ORDER BY at",
      [createApiToken.apiToken.id],
    );
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['create', 'revoke']);
  });

  it("apply the permission table to the token's person: a liaison's token may not ask for planning gaps", async () => {
    const { client } = await loggedIn(api, 'LIAISON');
    const { createApiToken } = await client.ok<{ createApiToken: Created }>(CREATE, { n: 'Liaison' });
    const gaps = await asScript(
      createApiToken.token,
      '{ planningGaps(from: "2031-01-01T00:00:00Z", to: "2031-02-01T00:00:00Z") { id } }',
    );
    expect(gaps.body.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const calendar = await asScript(
      createApiToken.token,
      '{ calendar(from: "2031-01-01T00:00:00Z", to: "2031-02-01T00:00:00Z") { events { id } } }',
    );
    expect(calendar.body.errors).toBeUndefined();
  });

  it('refuse wrong tokens and the tokens of a deactivated person alike, without a hint', async () => {
    const { user, client } = await loggedIn(api, 'EDITOR');
    const { createApiToken } = await client.ok<{ createApiToken: Created }>(CREATE, { n: 'Editor' });
    const wrong = await asScript(`pbt_${'A'.repeat(43)}`, '{ me { id } }');
    const garbage = await asScript('not-a-token', '{ me { id } }');
    await api.db.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    const deactivated = await asScript(createApiToken.token, '{ me { id } }');
    for (const answer of [wrong, garbage, deactivated]) {
      expect(answer.status).toBe(401);
      expect(answer.body).toEqual(wrong.body);
      expect(answer.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('need a name of at most 100 characters, and are revoked only by their owner', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    for (const name of ['   ', 'x'.repeat(101)]) {
      const res = await client.gql(CREATE, { n: name });
      expect(res.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions.fields).toHaveProperty('name');
    }
    const { createApiToken } = await client.ok<{ createApiToken: Created }>(CREATE, { n: 'x'.repeat(100) });
    const { client: admin } = await loggedIn(api, 'ADMIN');
    const res = await admin.gql('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: createApiToken.apiToken.id });
    expect(res.errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await asScript(createApiToken.token, '{ me { id } }')).status).toBe(200);
  });

  it("act as the token's person also when the request carries someone else's session cookie", async () => {
    const { client: cookieHolder } = await loggedIn(api, 'LIAISON');
    const { user, client } = await loggedIn(api, 'MEMBER');
    const { createApiToken } = await client.ok<{ createApiToken: Created }>(CREATE, { n: 'Beide' });
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: cookieHolder.cookie!,
        authorization: `Bearer ${createApiToken.token}`,
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(((await res.json()) as { data: { me: { id: string } } }).data.me.id).toBe(user.id);
    const { me } = await cookieHolder.ok<{ me: { id: string } }>('{ me { id } }');
    expect(me.id).not.toBe(user.id);
  });

  it('end no session when a script logs out: there is none, and the token keeps working until revoked', async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const { createApiToken } = await client.ok<{ createApiToken: Created }>(CREATE, { n: 'Uitloggen' });
    const logout = await asScript(createApiToken.token, 'mutation { logout }');
    expect(logout.body).toEqual({ data: { logout: true } });
    expect((await asScript(createApiToken.token, '{ me { id } }')).body.data?.me).toEqual({ id: user.id });
    expect((await client.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(user.id);
  });
});
