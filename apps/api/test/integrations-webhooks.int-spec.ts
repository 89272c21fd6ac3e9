import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import { Webhook as StandardWebhook } from 'standardwebhooks';
import { Jobs } from '@planbord/api-core';
import { Client, eventually, loggedIn, makeChannel, startApi, type TestApi } from './harness';

/** A receiver on loopback that records every request and answers with the next status of its list (then 200). */
class Receiver {
  readonly requests: { headers: IncomingHttpHeaders; body: string }[] = [];
  answers: number[] = [];
  private server: Server | null = null;
  url = '';

  async start(port = 0): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.requests.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = this.answers.shift() ?? 200;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/hook`;
    return this;
  }

  of(type: string) {
    return this.requests.filter((request) => (JSON.parse(request.body) as { type: string }).type === type);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

const ENV = { WEBHOOK_RETRY_SECONDS: '1,1,1', PUBLIC_URL: 'https://planbord.example.test' };
const day = 86400_000;
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString();

const CREATE =
  'mutation($u: String!, $e: [String!]!) { createWebhook(url: $u, events: $e) { secret webhook { id version url events active } } }';
const UPDATE =
  'mutation($id: ID!, $v: Int!, $i: WebhookPatch!) { updateWebhook(id: $id, expectedVersion: $v, input: $i) { id version url events active } }';
const DELIVERIES =
  'query($id: ID!) { webhookDeliveries(id: $id) { event messageId attempt attemptedAt statusCode error durationMs success nextAttemptAt } }';
type Created = { createWebhook: { secret: string; webhook: { id: string; version: number } } };
type Delivery = {
  event: string;
  messageId: string;
  attempt: number;
  statusCode: number | null;
  success: boolean;
  nextAttemptAt: string | null;
};

function verified(secret: string, request: { headers: IncomingHttpHeaders; body: string }) {
  return new StandardWebhook(secret).verify(request.body, {
    'webhook-id': String(request.headers['webhook-id']),
    'webhook-timestamp': String(request.headers['webhook-timestamp']),
    'webhook-signature': String(request.headers['webhook-signature']),
  }) as { type: string; timestamp: string; data: Record<string, unknown> };
}

/** A post written by a member and approved by an editor: the moment `post.approved` is told. */
async function approvedPost(api: TestApi, channelId: string, title: string) {
  const author = await loggedIn(api, 'MEMBER');
  const editor = await loggedIn(api, 'EDITOR');
  const { createPost } = await author.client.ok<{ createPost: { id: string; version: number } }>(
    'mutation($i: PostInput!) { createPost(input: $i) { id version } }',
    {
      i: {
        channelId,
        title,
        body: 'De nieuwe bibliotheek is open.',
        plannedAt: inDays(5),
        mediaUrls: ['https://x.test/a.jpg'],
      },
    },
  );
  const { submitPostForReview } = await author.client.ok<{ submitPostForReview: { version: number } }>(
    'mutation($id: ID!, $v: Int!) { submitPostForReview(id: $id, expectedVersion: $v) { version } }',
    { id: createPost.id, v: createPost.version },
  );
  return (
    await editor.client.ok<{ reviewPost: { id: string; version: number; status: string } }>(
      'mutation($id: ID!, $v: Int!) { reviewPost(id: $id, expectedVersion: $v, decision: APPROVE) { id version status } }',
      { id: createPost.id, v: submitPostForReview.version },
    )
  ).reviewPost;
}

let api: TestApi;
let admin: Client;
let adminId: string;
const receivers: Receiver[] = [];
async function receiver(): Promise<Receiver> {
  const r = await new Receiver().start();
  receivers.push(r);
  return r;
}

beforeAll(async () => {
  api = await startApi(ENV);
  const signedIn = await loggedIn(api, 'ADMIN');
  admin = signedIn.client;
  adminId = signedIn.user.id;
});
afterAll(async () => {
  await api.close();
  for (const r of receivers) await r.stop();
});

describe('administering webhooks', () => {
  it('is for administrators only', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    for (const [query, variables] of [
      ['{ webhooks { id } }', {}],
      [CREATE, { u: 'https://example.test/hook', e: ['post.approved'] }],
      [DELIVERIES, { id: randomUUID() }],
    ] as const) {
      const res = await member.gql(query, variables);
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
  });

  it('refuses an address that is not absolute http(s) and events outside the list, naming the field', async () => {
    for (const url of ['ftp://example.test/hook', '/relative/hook', 'example.test/hook', '']) {
      const res = await admin.gql(CREATE, { u: url, e: ['post.approved'] });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { url: expect.any(String) } });
    }
    for (const events of [[], ['post.approved', 'post.deleted']]) {
      const res = await admin.gql(CREATE, { u: 'https://example.test/hook', e: events });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { events: expect.any(String) },
      });
    }
  });

  it('shows the secret once, in the Standard Webhooks format, and refuses a stale version', async () => {
    const { createWebhook } = await admin.ok<Created>(CREATE, { u: 'https://example.test/a', e: ['post.approved'] });
    expect(createWebhook.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32,}=*$/);
    const list = await admin.ok<{ webhooks: Record<string, unknown>[] }>('{ webhooks { id url events active } }');
    expect(list.webhooks).toContainEqual({
      id: createWebhook.webhook.id,
      url: 'https://example.test/a',
      events: ['post.approved'],
      active: true,
    });
    const { updateWebhook } = await admin.ok<{ updateWebhook: { version: number; events: string[] } }>(UPDATE, {
      id: createWebhook.webhook.id,
      v: createWebhook.webhook.version,
      i: { events: ['post.approved', 'crisis.activated'] },
    });
    expect(updateWebhook.events).toEqual(['post.approved', 'crisis.activated']);
    const stale = await admin.gql(UPDATE, {
      id: createWebhook.webhook.id,
      v: createWebhook.webhook.version,
      i: { active: false },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: updateWebhook.version,
    });
    const rotated = await admin.ok<{ rotateWebhookSecret: { secret: string } }>(
      'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }',
      { id: createWebhook.webhook.id },
    );
    expect(rotated.rotateWebhookSecret.secret).not.toBe(createWebhook.secret);
    await admin.ok(UPDATE, { id: createWebhook.webhook.id, v: updateWebhook.version + 1, i: { active: false } });
  });
});

describe('delivering messages', () => {
  it('posts post.approved to its receiver, signed as Standard Webhooks says, with what a publishing tool needs', async () => {
    const r = await receiver();
    const { createWebhook } = await admin.ok<Created>(CREATE, { u: r.url, e: ['post.approved'] });
    const channel = await makeChannel(api, { kind: 'INSTAGRAM', handle: '@lindeveld' });
    const post = await approvedPost(api, channel.id, 'Bibliotheek open');
    const [request] = await eventually('post.approved at the receiver', () =>
      r.of('post.approved').length ? r.of('post.approved') : null,
    );
    expect(request.headers['webhook-id']).toMatch(/^msg_/);
    const message = verified(createWebhook.secret, request);
    expect(message).toMatchObject({
      type: 'post.approved',
      data: {
        id: post.id,
        title: 'Bibliotheek open',
        text: 'De nieuwe bibliotheek is open.',
        status: 'APPROVED',
        channel: { id: channel.id, kind: 'INSTAGRAM', handle: '@lindeveld' },
        mediaUrls: ['https://x.test/a.jpg'],
        link: `https://planbord.example.test/berichten/${post.id}`,
      },
    });
    expect(Number.isNaN(Date.parse(message.timestamp))).toBe(false);
    expect(Date.parse(message.data.plannedAt as string)).toBeGreaterThan(Date.now());
    expect(() =>
      new StandardWebhook(`whsec_${Buffer.from('another secret of 24 bytes!').toString('base64')}`).verify(
        request.body,
        request.headers as Record<string, string>,
      ),
    ).toThrow();
    // The attempt is logged once the receiver has answered.
    const log = await eventually('the attempt in the log', async () => {
      const { webhookDeliveries } = await admin.ok<{ webhookDeliveries: Delivery[] }>(DELIVERIES, {
        id: createWebhook.webhook.id,
      });
      return webhookDeliveries.length ? webhookDeliveries : null;
    });
    expect(log).toEqual([
      expect.objectContaining({
        event: 'post.approved',
        messageId: request.headers['webhook-id'],
        attempt: 1,
        statusCode: 200,
        success: true,
        nextAttemptAt: null,
      }),
    ]);
  });

  it('writes to the outbox only while an active webhook listens to the event', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const createEvent = async (title: string) =>
      (
        await member.ok<{ createEvent: { id: string } }>(
          'mutation($t: String!, $s: DateTime!, $e: DateTime!) { createEvent(input: { title: $t, startsAt: $s, endsAt: $e }) { id } }',
          { t: title, s: inDays(20), e: inDays(20.1) },
        )
      ).createEvent;
    const waiting = async (id: string) =>
      (await api.db.query(`SELECT type, data FROM webhook_outbox_messages WHERE data->>'id' = $1`, [id])) as {
        type: string;
        data: Record<string, unknown>;
      }[];

    const unheard = await createEvent('Niemand luistert');
    expect(await waiting(unheard.id)).toEqual([]);

    const r = await receiver();
    await admin.ok<Created>(CREATE, { u: r.url, e: ['event.planned'] });
    const heard = await createEvent('Markt op het plein');
    expect(await waiting(heard.id)).toEqual([
      {
        type: 'event.planned',
        data: expect.objectContaining({
          id: heard.id,
          title: 'Markt op het plein',
          link: `https://planbord.example.test/kalender?item=event:${heard.id}`,
        }),
      },
    ]);
    await eventually('event.planned at the receiver', () => r.of('event.planned').length);
  });

  it('retries a failing receiver with the same webhook-id, and logs every attempt with the next one', async () => {
    const r = await receiver();
    r.answers = [500, 500];
    const { createWebhook } = await admin.ok<Created>(CREATE, { u: r.url, e: ['post.approved'] });
    const channel = await makeChannel(api);
    await approvedPost(api, channel.id, 'Derde keer');
    const attempts = await eventually('a third attempt', () => (r.requests.length >= 3 ? r.requests : null));
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    for (const attempt of attempts) expect(verified(createWebhook.secret, attempt).data.title).toBe('Derde keer');
    const log = await eventually('three attempts in the log', async () => {
      const { webhookDeliveries } = await admin.ok<{ webhookDeliveries: Delivery[] }>(DELIVERIES, {
        id: createWebhook.webhook.id,
      });
      return webhookDeliveries.length === 3 ? webhookDeliveries : null;
    });
    expect(log.map((d) => [d.attempt, d.statusCode, d.success, !!d.nextAttemptAt])).toEqual([
      [3, 200, true, false],
      [2, 500, false, true],
      [1, 500, false, true],
    ]);
  });

  it('sends a test event on request and logs a receiver that cannot be reached', async () => {
    const r = await receiver();
    const { createWebhook } = await admin.ok<Created>(CREATE, { u: r.url, e: ['crisis.activated'] });
    await admin.ok('mutation($id: ID!) { sendTestWebhook(id: $id) { id } }', { id: createWebhook.webhook.id });
    const [request] = await eventually('webhook.test', () =>
      r.of('webhook.test').length ? r.of('webhook.test') : null,
    );
    expect(verified(createWebhook.secret, request).data).toMatchObject({ id: createWebhook.webhook.id });

    const gone = await receiver();
    await gone.stop();
    const { createWebhook: unreachable } = await admin.ok<Created>(CREATE, { u: gone.url, e: ['crisis.activated'] });
    await admin.ok('mutation($id: ID!) { sendTestWebhook(id: $id) { id } }', { id: unreachable.webhook.id });
    const [first] = await eventually('a failed attempt in the log', async () => {
      const { webhookDeliveries } = await admin.ok<{ webhookDeliveries: (Delivery & { error: string })[] }>(
        DELIVERIES,
        { id: unreachable.webhook.id },
      );
      return webhookDeliveries.length ? webhookDeliveries : null;
    });
    expect(first).toMatchObject({ event: 'webhook.test', success: false, statusCode: null, error: 'ECONNREFUSED' });
  });

  it('switches off a webhook that has failed for three days and tells the administrator who made it', async () => {
    const r = await receiver();
    r.answers = Array(20).fill(503);
    const { createWebhook } = await admin.ok<Created>(CREATE, { u: r.url, e: ['post.approved'] });
    // Its first failure was four days ago, and nothing arrived since.
    await api.db.query(`UPDATE webhooks SET failing_since = now() - interval '4 days' WHERE id = $1`, [
      createWebhook.webhook.id,
    ]);
    await admin.ok('mutation($id: ID!) { sendTestWebhook(id: $id) { id } }', { id: createWebhook.webhook.id });
    await eventually('the webhook switched off', async () => {
      const { webhooks } = await admin.ok<{ webhooks: { id: string; active: boolean; disabledAt: string | null }[] }>(
        '{ webhooks { id active disabledAt } }',
      );
      const mine = webhooks.find((w) => w.id === createWebhook.webhook.id);
      return mine && !mine.active && mine.disabledAt;
    });
    const { myNotifications } = await admin.ok<{
      myNotifications: { kind: string; entityType: string; entityId: string; subject: string }[];
    }>('{ myNotifications { kind entityType entityId subject } }');
    expect(myNotifications).toContainEqual({
      kind: 'WEBHOOK_DISABLED',
      entityType: 'Webhook',
      entityId: createWebhook.webhook.id,
      subject: r.url,
    });
    // Switched off, it gets no more messages.
    const seen = r.requests.length;
    const channel = await makeChannel(api);
    await approvedPost(api, channel.id, 'Na het uitzetten');
    expect(r.requests.length).toBe(seen);
    expect(adminId).toBeTruthy();
  });

  it('tells of a signal that comes in, and of one that is urgent, without the resident’s name', async () => {
    const r = await receiver();
    const { createWebhook } = await admin.ok<Created>(CREATE, { u: r.url, e: ['signal.received', 'signal.urgent'] });
    const { client: member } = await loggedIn(api, 'MEMBER');
    const { recordSignal } = await member.ok<{ recordSignal: { id: string } }>(
      'mutation($i: SignalInput!) { recordSignal(input: $i) { id } }',
      {
        i: {
          source: 'EMAIL',
          body: 'De lantaarnpaal bij de school is kapot',
          authorName: 'Jan Jansen',
          priority: 'URGENT',
        },
      },
    );
    await eventually(
      'signal.received and signal.urgent',
      () => r.of('signal.received').length && r.of('signal.urgent').length,
    );
    for (const type of ['signal.received', 'signal.urgent']) {
      const message = verified(createWebhook.secret, r.of(type)[0]);
      expect(message.data).toMatchObject({ id: recordSignal.id, subject: 'De lantaarnpaal bij de school is kapot' });
      expect(JSON.stringify(message)).not.toContain('Jan Jansen');
    }
  });

  it('tells of the crisis switch and of every post it holds', async () => {
    const r = await receiver();
    const { createWebhook } = await admin.ok<Created>(CREATE, { u: r.url, e: ['crisis.activated', 'post.held'] });
    const channel = await makeChannel(api);
    const post = await approvedPost(api, channel.id, 'Vasthouden');
    const { client: editor } = await loggedIn(api, 'EDITOR');
    await editor.ok('mutation { setCrisisMode(active: true, reason: "Brand") { active } }');
    try {
      // One message per held post: this test's post among whatever else was approved.
      const heldIds = () => r.of('post.held').map((request) => verified(createWebhook.secret, request).data.id);
      await eventually('post.held of this post', () => heldIds().includes(post.id));
      await eventually('crisis.activated', () => r.of('crisis.activated').length);
      expect(verified(createWebhook.secret, r.of('crisis.activated')[0]).data).toMatchObject({
        active: true,
        reason: 'Brand',
      });
      expect(verified(createWebhook.secret, r.of('crisis.activated')[0]).data.posts).toContain(post.id);
    } finally {
      await editor.ok('mutation { setCrisisMode(active: false, reason: "Voorbij") { active } }');
    }
  });
});

describe('the outbox', () => {
  it('keeps a message written with its change when the API stops before delivering it', async () => {
    const own = await startApi(ENV);
    let again: TestApi | null = null;
    try {
      const r = await receiver();
      const { client } = await loggedIn(own, 'ADMIN');
      const { createWebhook } = await client.ok<Created>(CREATE, { u: r.url, e: ['post.approved'] });
      // The queue stops first: the change commits with its message, and nothing is delivered.
      await own.app.get(Jobs).beforeApplicationShutdown();
      const channel = await makeChannel(own);
      const post = await approvedPost(own, channel.id, 'Na de herstart');
      const [{ waiting }] = await own.db.query(
        `SELECT count(*)::int AS waiting FROM webhook_outbox_messages WHERE dispatched_at IS NULL AND data->>'id' = $1`,
        [post.id],
      );
      expect(waiting).toBe(1);
      await own.close();
      expect(r.requests).toHaveLength(0);
      again = await startApi(ENV, own);
      const [request] = await eventually('the message after the restart', () =>
        r.of('post.approved').length ? r.of('post.approved') : null,
      );
      expect(verified(createWebhook.secret, request).data.id).toBe(post.id);
    } finally {
      await again?.close();
    }
  });
});

describe('POST /hooks/published', () => {
  async function scheduledPost() {
    const channel = await makeChannel(api);
    const post = await approvedPost(api, channel.id, 'Gaat zo live');
    const { client: editor } = await loggedIn(api, 'EDITOR');
    return (
      await editor.ok<{ schedulePost: { id: string; version: number } }>(
        'mutation($id: ID!, $v: Int!, $t: DateTime!) { schedulePost(id: $id, expectedVersion: $v, plannedAt: $t) { id version } }',
        { id: post.id, v: post.version, t: inDays(1) },
      )
    ).schedulePost;
  }
  async function send(
    webhookId: string,
    secret: string | null,
    body: string,
    at = new Date(),
    id = `msg_${randomUUID()}`,
  ) {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'webhook-id': id };
    headers['webhook-timestamp'] = String(Math.floor(at.getTime() / 1000));
    headers['webhook-signature'] = secret ? new StandardWebhook(secret).sign(id, at, body) : 'v1,bm9wZQ==';
    return fetch(`${api.url}/hooks/published?webhook=${webhookId}`, { method: 'POST', headers, body });
  }

  it('moves a post to published with its address, once, and refuses what is not signed right', async () => {
    const { createWebhook } = await admin.ok<Created>(CREATE, {
      u: 'https://tool.example.test/in',
      e: ['post.approved'],
    });
    const { id: webhookId } = createWebhook.webhook;
    const post = await scheduledPost();
    const report = JSON.stringify({ postId: post.id, url: 'https://www.instagram.com/p/abc/' });

    expect((await send(webhookId, null, report)).status).toBe(401);
    expect((await send(randomUUID(), createWebhook.secret, report)).status).toBe(401);
    expect((await send(webhookId, createWebhook.secret, report, new Date(Date.now() - 6 * 60_000))).status).toBe(401);
    expect((await send(webhookId, createWebhook.secret, 'not json')).status).toBe(400);
    const bad = await send(webhookId, createWebhook.secret, JSON.stringify({ postId: post.id, url: 'nope' }));
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ fields: ['url'] });

    const ok = await send(webhookId, createWebhook.secret, report);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      id: post.id,
      status: 'PUBLISHED',
      publishedUrl: 'https://www.instagram.com/p/abc/',
    });
    const { client: member } = await loggedIn(api, 'MEMBER');
    const { post: stored } = await member.ok<{ post: { status: string; publishedUrl: string } }>(
      'query($id: ID!) { post(id: $id) { status publishedUrl } }',
      { id: post.id },
    );
    expect(stored).toEqual({ status: 'PUBLISHED', publishedUrl: 'https://www.instagram.com/p/abc/' });

    expect((await send(webhookId, createWebhook.secret, report)).status).toBe(200);
    const other = JSON.stringify({ postId: post.id, url: 'https://www.instagram.com/p/other/' });
    expect((await send(webhookId, createWebhook.secret, other)).status).toBe(409);
  });

  it('respects the post workflow: a draft cannot be reported published', async () => {
    const { createWebhook } = await admin.ok<Created>(CREATE, {
      u: 'https://tool.example.test/in',
      e: ['post.approved'],
    });
    const channel = await makeChannel(api);
    const { client: author } = await loggedIn(api, 'MEMBER');
    const { createPost } = await author.ok<{ createPost: { id: string } }>(
      'mutation($i: PostInput!) { createPost(input: $i) { id } }',
      { i: { channelId: channel.id, title: 'Concept', body: 'Nog niet klaar' } },
    );
    const res = await send(
      createWebhook.webhook.id,
      createWebhook.secret,
      JSON.stringify({ postId: createPost.id, url: 'https://x.test/p/1' }),
    );
    expect(res.status).toBe(409);
    expect(await res.json()).toMatchObject({ error: 'INVALID_TRANSITION', from: 'DRAFT', to: 'PUBLISHED' });
  });
});
