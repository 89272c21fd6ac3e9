import { PostsService } from '@planbord/api-publishing';
import { Client, loggedIn, makeChannel, makeTheme, startApi, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const day = 86400_000;
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString();
const POST_FIELDS =
  'id version status onHold warnings title body plannedAt publishedAt publishedUrl author { id } channel { kind } reviews { decision comment reviewer { id } } siblings { id channel { id } }';
type P = {
  id: string;
  version: number;
  status: string;
  onHold: boolean;
  warnings: string[];
  reviews: { decision: string; comment: string }[];
  siblings: { id: string }[];
};

const CREATE = `mutation($i: PostInput!) { createPost(input: $i) { ${POST_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!, $v: Int!) { submitPostForReview(id: $id, expectedVersion: $v) { ${POST_FIELDS} } }`;
const REVIEW = `mutation($id: ID!, $v: Int!, $d: ReviewDecision!, $c: String) { reviewPost(id: $id, expectedVersion: $v, decision: $d, comment: $c) { ${POST_FIELDS} } }`;
const SCHEDULE = `mutation($id: ID!, $v: Int!, $t: DateTime!, $c: Boolean) { schedulePost(id: $id, expectedVersion: $v, plannedAt: $t, confirmCrisis: $c) { ${POST_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $i: PostPatch!) { updatePost(id: $id, expectedVersion: $v, input: $i) { ${POST_FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $v: Int!, $u: String) { markPostPublished(id: $id, expectedVersion: $v, url: $u) { ${POST_FIELDS} } }`;
const CRISIS =
  'mutation($a: Boolean!, $r: String!) { setCrisisMode(active: $a, reason: $r) { active activationId reason since heldPosts by { id } } }';

async function approvedPost(author: Client, editor: Client, channelId: string, title = 'Bericht'): Promise<P> {
  const { createPost } = await author.ok<{ createPost: P }>(CREATE, {
    i: { channelId, title, body: 'Tekst', plannedAt: inDays(5) },
  });
  const { submitPostForReview } = await author.ok<{ submitPostForReview: P }>(SUBMIT, {
    id: createPost.id,
    v: createPost.version,
  });
  return (
    await editor.ok<{ reviewPost: P }>(REVIEW, { id: createPost.id, v: submitPostForReview.version, d: 'APPROVE' })
  ).reviewPost;
}

describe('the four-eyes workflow', () => {
  it('goes from draft through requested changes to approved and scheduled, telling the author at each decision', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const editor = await loggedIn(api, 'EDITOR');
    const channel = await makeChannel(api, { kind: 'FACEBOOK' });
    const event = (
      await member.client.ok<{ createEvent: { id: string } }>(
        'mutation($s: DateTime!, $e: DateTime!) { createEvent(input: { title: "Opening bibliotheek", startsAt: $s, endsAt: $e }) { id } }',
        { s: inDays(6), e: inDays(6.1) },
      )
    ).createEvent;

    let post = (
      await member.client.ok<{ createPost: P }>(CREATE, {
        i: {
          channelId: channel.id,
          title: 'Bibliotheek open',
          body: 'Vanaf zaterdag open!',
          eventId: event.id,
          plannedAt: inDays(6),
        },
      })
    ).createPost;
    expect(post.status).toBe('DRAFT');
    post = (await member.client.ok<{ submitPostForReview: P }>(SUBMIT, { id: post.id, v: post.version }))
      .submitPostForReview;
    expect(post.status).toBe('IN_REVIEW');
    const queue = await editor.client.ok<{ approvalQueue: { id: string }[] }>('{ approvalQueue { id } }');
    expect(queue.approvalQueue.map((p) => p.id)).toContain(post.id);

    const noComment = await editor.client.gql(REVIEW, { id: post.id, v: post.version, d: 'REQUEST_CHANGES' });
    expect(noComment.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { comment: expect.any(String) },
    });
    post = (
      await editor.client.ok<{ reviewPost: P }>(REVIEW, {
        id: post.id,
        v: post.version,
        d: 'REQUEST_CHANGES',
        c: 'Noem de openingstijden',
      })
    ).reviewPost;
    expect(post.status).toBe('CHANGES_REQUESTED');
    const { myNotifications } = await member.client.ok<{
      myNotifications: { kind: string; subject: string; actorName: string }[];
    }>('{ myNotifications { kind subject actorName } }');
    expect(myNotifications[0]).toMatchObject({
      kind: 'CHANGES_REQUESTED',
      subject: 'Bibliotheek open',
      actorName: editor.user.name,
    });

    post = (
      await member.client.ok<{ updatePost: P }>(UPDATE, {
        id: post.id,
        v: post.version,
        i: { body: 'Vanaf zaterdag open, van 10 tot 17 uur!' },
      })
    ).updatePost;
    expect(post.status).toBe('CHANGES_REQUESTED');
    post = (await member.client.ok<{ submitPostForReview: P }>(SUBMIT, { id: post.id, v: post.version }))
      .submitPostForReview;
    post = (await editor.client.ok<{ reviewPost: P }>(REVIEW, { id: post.id, v: post.version, d: 'APPROVE' }))
      .reviewPost;
    expect(post.status).toBe('APPROVED');
    expect(post.reviews.map((r) => r.decision)).toEqual(['REQUEST_CHANGES', 'APPROVE']);
    const unread = await member.client.ok<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
    expect(unread.unreadNotificationCount).toBe(2);

    post = (await member.client.ok<{ schedulePost: P }>(SCHEDULE, { id: post.id, v: post.version, t: inDays(6) }))
      .schedulePost;
    expect(post.status).toBe('SCHEDULED');
    expect(
      (await member.client.ok<{ markNotificationsRead: number }>('mutation { markNotificationsRead }'))
        .markNotificationsRead,
    ).toBe(0);
  });

  it('never lets an author review their own post, whatever their role, and never a liaison', async () => {
    const editor = await loggedIn(api, 'EDITOR');
    const liaison = await loggedIn(api, 'LIAISON');
    const channel = await makeChannel(api);
    const { createPost } = await editor.client.ok<{ createPost: P }>(CREATE, {
      i: { channelId: channel.id, title: 'Eigen werk', body: 'Tekst' },
    });
    const { submitPostForReview } = await editor.client.ok<{ submitPostForReview: P }>(SUBMIT, {
      id: createPost.id,
      v: createPost.version,
    });
    const own = await editor.client.gql(REVIEW, { id: createPost.id, v: submitPostForReview.version, d: 'APPROVE' });
    expect(own.errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect(own.errors?.[0].message).toBe('Je kunt je eigen bericht niet beoordelen.');
    const byLiaison = await liaison.client.gql(REVIEW, {
      id: createPost.id,
      v: submitPostForReview.version,
      d: 'APPROVE',
    });
    expect(byLiaison.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const member = await loggedIn(api, 'MEMBER');
    expect(
      (await member.client.gql(REVIEW, { id: createPost.id, v: submitPostForReview.version, d: 'APPROVE' })).errors?.[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('refuses to schedule in the past, freezes a published post, and sends an edited approved post back to review', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const editor = await loggedIn(api, 'EDITOR');
    const channel = await makeChannel(api);
    let post = await approvedPost(member.client, editor.client, channel.id);
    const past = await member.client.gql(SCHEDULE, { id: post.id, v: post.version, t: inDays(-1) });
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { plannedAt: expect.any(String) },
    });

    const edited = (
      await member.client.ok<{ updatePost: P }>(UPDATE, { id: post.id, v: post.version, i: { title: 'Nieuwe titel' } })
    ).updatePost;
    expect(edited.status).toBe('IN_REVIEW');
    post = (await editor.client.ok<{ reviewPost: P }>(REVIEW, { id: post.id, v: edited.version, d: 'APPROVE' }))
      .reviewPost;
    post = (await member.client.ok<{ schedulePost: P }>(SCHEDULE, { id: post.id, v: post.version, t: inDays(1) }))
      .schedulePost;
    const badUrl = await member.client.gql(PUBLISH, { id: post.id, v: post.version, u: 'niet een adres' });
    expect(badUrl.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { url: expect.any(String) },
    });
    post = (
      await member.client.ok<{ markPostPublished: P }>(PUBLISH, {
        id: post.id,
        v: post.version,
        u: 'https://facebook.com/lindeveld/posts/1',
      })
    ).markPostPublished;
    expect(post.status).toBe('PUBLISHED');
    const frozen = await member.client.gql(UPDATE, { id: post.id, v: post.version, i: { body: 'Toch anders' } });
    expect(frozen.errors?.[0].extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'PUBLISHED' });
    const stale = await member.client.gql(UPDATE, { id: post.id, v: post.version - 1, i: { body: 'Oud' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: post.version });
  });

  it('warns about an X post of 300 characters, and links a sibling post for another channel', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const x = await makeChannel(api, { kind: 'X', name: 'X test' });
    const instagram = await makeChannel(api, { kind: 'INSTAGRAM', name: 'Instagram test' });
    const { createPost } = await client.ok<{ createPost: P }>(CREATE, {
      i: { channelId: x.id, title: 'Lang', body: 'x'.repeat(300) },
    });
    expect(createPost.warnings).toEqual(['Te lang voor X test: 300 van maximaal 280 tekens.']);
    const { createSiblingPost } = await client.ok<{ createSiblingPost: P }>(
      `mutation($id: ID!, $c: ID!) { createSiblingPost(id: $id, channelId: $c) { ${POST_FIELDS} } }`,
      { id: createPost.id, c: instagram.id },
    );
    expect(createSiblingPost.warnings).toEqual(['Instagram test vraagt om een afbeelding of video.']);
    expect(createSiblingPost.siblings.map((s) => s.id)).toEqual([createPost.id]);
  });
});

describe('crisis mode', () => {
  // Crisis mode holds every post there is: it gets a database of its own, so it holds exactly the posts made here.
  let crisisApi: TestApi;
  beforeAll(async () => {
    crisisApi = await startApi();
  });
  afterAll(async () => {
    await crisisApi.close();
  });

  it('holds every approved and scheduled post, and releases exactly those, with both switches in the history', async () => {
    const member = await loggedIn(crisisApi, 'MEMBER');
    const editor = await loggedIn(crisisApi, 'EDITOR');
    const admin = await loggedIn(crisisApi, 'ADMIN');
    const channel = await makeChannel(crisisApi);
    const approved = await approvedPost(member.client, editor.client, channel.id, 'Goedgekeurd');
    const toSchedule = await approvedPost(member.client, editor.client, channel.id, 'Ingepland');
    const scheduled = (
      await member.client.ok<{ schedulePost: P }>(SCHEDULE, { id: toSchedule.id, v: toSchedule.version, t: inDays(2) })
    ).schedulePost;
    const { createPost: draft } = await member.client.ok<{ createPost: P }>(CREATE, {
      i: { channelId: channel.id, title: 'Concept', body: 'Tekst' },
    });

    expect((await member.client.gql(CRISIS, { a: true, r: 'Grote brand' })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
    expect((await editor.client.gql(CRISIS, { a: true, r: ' ' })).errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    const on = (
      await editor.client.ok<{
        setCrisisMode: { active: boolean; activationId: string; heldPosts: number; by: { id: string } };
      }>(CRISIS, { a: true, r: 'Grote brand bedrijventerrein' })
    ).setCrisisMode;
    expect(on).toMatchObject({ active: true, by: { id: editor.user.id } });
    expect(on.heldPosts).toBe(2);
    const status = async (id: string) =>
      (await member.client.ok<{ post: P }>(`query($id: ID!) { post(id: $id) { ${POST_FIELDS} } }`, { id })).post;
    expect((await status(approved.id)).onHold).toBe(true);
    expect((await status(scheduled.id)).onHold).toBe(true);
    expect((await status(draft.id)).onHold).toBe(false);
    const liaison = await loggedIn(crisisApi, 'LIAISON');
    expect(
      (await liaison.client.ok<{ crisis: { active: boolean; reason: string } }>('{ crisis { active reason } }')).crisis,
    ).toEqual({ active: true, reason: 'Grote brand bedrijventerrein' });
    const held = await status(scheduled.id);
    expect((await member.client.gql(PUBLISH, { id: held.id, v: held.version })).errors?.[0].extensions.code).toBe(
      'INVALID_TRANSITION',
    );

    // During the crisis: a member may not schedule; an editor only with confirmation; that post is not held.
    const during = await approvedPost(member.client, editor.client, channel.id, 'Tijdens crisis');
    expect(
      (await member.client.gql(SCHEDULE, { id: during.id, v: during.version, t: inDays(3) })).errors?.[0].extensions
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await admin.client.gql(SCHEDULE, { id: during.id, v: during.version, t: inDays(3) })).errors?.[0].extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', fields: { confirmCrisis: expect.any(String) } });
    const confirmed = (
      await admin.client.ok<{ schedulePost: P }>(SCHEDULE, { id: during.id, v: during.version, t: inDays(3), c: true })
    ).schedulePost;
    expect(confirmed).toMatchObject({ status: 'SCHEDULED', onHold: false });

    const off = (
      await admin.client.ok<{ setCrisisMode: { active: boolean } }>(CRISIS, { a: false, r: 'Brand onder controle' })
    ).setCrisisMode;
    expect(off.active).toBe(false);
    expect((await status(approved.id)).onHold).toBe(false);
    expect(await status(scheduled.id)).toMatchObject({ onHold: false, status: 'SCHEDULED' });
    expect(await status(during.id)).toMatchObject({ onHold: false, status: 'SCHEDULED' });

    const { auditTrail } = await admin.client.ok<{ auditTrail: { action: string; actorId: string; after: string }[] }>(
      `{ auditTrail(entityType: "Crisis", entityId: "${on.activationId}") { action actorId after } }`,
    );
    expect(auditTrail.map((e) => e.action)).toEqual(['crisisOff', 'crisisOn']);
    expect(JSON.parse(auditTrail[1].after).heldPostIds.sort()).toEqual([approved.id, scheduled.id].sort());
    expect(JSON.parse(auditTrail[0].after).releasedPostIds.sort()).toEqual(
      JSON.parse(auditTrail[1].after).heldPostIds.sort(),
    );
    const told = await member.client.ok<{ myNotifications: { kind: string }[] }>('{ myNotifications { kind } }');
    expect(told.myNotifications.filter((n) => n.kind === 'CRISIS_SWITCHED')).toHaveLength(2);
  });
});

describe('work around posts', () => {
  it('fills a slot with a post, assigns jobs on posts, and notifies mentioned people', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const colleague = await loggedIn(api, 'MEMBER');
    const channel = await makeChannel(api);
    const { createAdHocSlot } = await member.client.ok<{ createAdHocSlot: { id: string } }>(
      'mutation($t: DateTime!) { createAdHocSlot(input: { startsAt: $t }) { id } }',
      { t: inDays(9) },
    );
    const { createPost } = await member.client.ok<{ createPost: P }>(CREATE, {
      i: {
        channelId: channel.id,
        title: 'In de vrije ruimte',
        body: 'Tekst',
        slotId: createAdHocSlot.id,
        plannedAt: inDays(9),
      },
    });
    const { calendar } = await member.client.ok<{
      calendar: { slots: { id: string; status: string; post: { id: string } | null }[]; posts: { id: string }[] };
    }>(
      'query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) { slots { id status post { id } } posts { id } } }',
      { f: inDays(8.5), t: inDays(9.5) },
    );
    expect(calendar.slots.find((s) => s.id === createAdHocSlot.id)).toEqual({
      id: createAdHocSlot.id,
      status: 'FILLED',
      post: { id: createPost.id },
    });
    expect(calendar.posts.map((p) => p.id)).toContain(createPost.id);

    const { assign } = await member.client.ok<{ assign: { post: { id: string } } }>(
      'mutation($p: ID!, $u: ID!) { assign(input: { postId: $p, userId: $u, role: PUBLISH }) { post { id } } }',
      { p: createPost.id, u: colleague.user.id },
    );
    expect(assign.post.id).toBe(createPost.id);
    await member.client.ok(
      'mutation($p: ID!, $m: [ID!]) { addComment(input: { postId: $p, body: "Kun jij dit plaatsen?", mentionIds: $m }) { id } }',
      { p: createPost.id, m: [colleague.user.id] },
    );
    const { myNotifications } = await colleague.client.ok<{ myNotifications: { kind: string; entityId: string }[] }>(
      '{ myNotifications { kind entityId } }',
    );
    expect(myNotifications.map((n) => n.kind).sort()).toEqual(['ASSIGNED', 'MENTIONED']);
    const { myWork } = await colleague.client.ok<{ myWork: { assignments: { role: string; post: { id: string } }[] } }>(
      'query($f: DateTime!, $t: DateTime!) { myWork(from: $f, to: $t) { assignments { role post { id } } reviews { id } } }',
      { f: inDays(0), t: inDays(14) },
    );
    expect(myWork.assignments).toEqual([{ role: 'PUBLISH', post: { id: createPost.id } }]);
  });
});

describe('themes of posts', () => {
  const THEMES = 'themes { id name }';
  it("gives a post its own themes, else its event's, and filters the calendar on the themes it shows", async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const channel = await makeChannel(api);
    const [own, ofEvent] = [await makeTheme(api, 'Afval 2031'), await makeTheme(api, 'Verkeer 2031')];
    const { createEvent } = await client.ok<{ createEvent: { id: string } }>(
      'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
      {
        i: {
          title: 'Wegwerkzaamheden',
          startsAt: '2031-03-10T08:00:00Z',
          endsAt: '2031-03-10T10:00:00Z',
          themeIds: [ofEvent.id],
        },
      },
    );
    const create = (title: string, themeIds?: string[]) =>
      client.ok<{ createPost: { id: string; version: number; themes: { id: string }[] } }>(
        `mutation($i: PostInput!) { createPost(input: $i) { id version ${THEMES} } }`,
        {
          i: {
            channelId: channel.id,
            title,
            body: 'Tekst',
            plannedAt: '2031-03-10T09:00:00Z',
            eventId: createEvent.id,
            themeIds,
          },
        },
      );
    const inherits = (await create('Omleiding')).createPost;
    const tagged = (await create('Containers', [own.id])).createPost;
    expect(inherits.themes.map((t) => t.id)).toEqual([ofEvent.id]);
    expect(tagged.themes.map((t) => t.id)).toEqual([own.id]);

    const calendarWith = async (themeId: string) =>
      (
        await client.ok<{ calendar: { posts: { id: string }[] } }>(
          'query($t: [ID!]) { calendar(from: "2031-03-09T00:00:00Z", to: "2031-03-12T00:00:00Z", filter: { themeIds: $t }) { posts { id } } }',
          { t: [themeId] },
        )
      ).calendar.posts.map((p) => p.id);
    expect(await calendarWith(ofEvent.id)).toEqual([inherits.id]);
    expect(await calendarWith(own.id)).toEqual([tagged.id]);

    const { updatePost } = await client.ok<{ updatePost: { themes: { id: string }[] } }>(
      `mutation($id: ID!, $v: Int!) { updatePost(id: $id, expectedVersion: $v, input: { themeIds: [] }) { ${THEMES} } }`,
      { id: tagged.id, v: tagged.version },
    );
    expect(updatePost.themes.map((t) => t.id)).toEqual([ofEvent.id]);
    const unknown = await client.gql('mutation($i: PostInput!) { createPost(input: $i) { id } }', {
      i: { channelId: channel.id, title: 'X', body: 'Tekst', themeIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { themeIds: { code: 'notFound' } },
    });
  });
});

describe('posts decided on in the newsroom', () => {
  const signalId = '6a4c1a52-7f0e-4e3e-9a51-2f3d4c5b6a70';
  const actorOf = (user: { id: string; name: string }) =>
    ({ id: user.id, name: user.name, role: 'MEMBER', locale: 'nl', sessionId: 'test' }) as const;

  it("puts a draft with the given themes in a new ad-hoc slot, in the caller's transaction, and links it to the signal", async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const channel = await makeChannel(api);
    const theme = await makeTheme(api);
    const posts = api.app.get(PostsService);
    const plannedAt = new Date('2031-05-06T14:00:00Z');
    const { post, announce } = await api.db.transaction((em) =>
      posts.draftFromSignal(em, actorOf(user), {
        signalId,
        channelId: channel.id,
        plannedAt,
        title: 'Losse stoeptegel Dorpsstraat',
        body: 'We hebben het gemeld.',
        themeIds: [theme.id],
      }),
    );
    await announce();
    const { calendar } = await client.ok<{
      calendar: {
        slots: { id: string; kind: string; status: string; post: { id: string } | null }[];
        posts: { id: string; status: string; signalId: string; themes: { id: string }[]; slot: { id: string } }[];
      };
    }>(
      'query { calendar(from: "2031-05-06T00:00:00Z", to: "2031-05-07T00:00:00Z") { slots { id kind status post { id } } posts { id status signalId themes { id } slot { id } } } }',
    );
    expect(calendar.posts).toEqual([
      { id: post.id, status: 'DRAFT', signalId, themes: [{ id: theme.id }], slot: { id: post.slotId } },
    ]);
    expect(calendar.slots).toEqual([{ id: post.slotId, kind: 'AD_HOC', status: 'FILLED', post: { id: post.id } }]);
  });

  it('uses a chosen ad-hoc slot, refuses an unknown channel by its field, and writes nothing when the caller rolls back', async () => {
    const { user, client } = await loggedIn(api, 'MEMBER');
    const channel = await makeChannel(api);
    const posts = api.app.get(PostsService);
    const { createAdHocSlot } = await client.ok<{ createAdHocSlot: { id: string } }>(
      'mutation { createAdHocSlot(input: { startsAt: "2031-05-08T09:00:00Z", title: "Vrije ruimte" }) { id } }',
    );
    const draft = {
      signalId,
      channelId: channel.id,
      plannedAt: new Date('2031-05-08T09:30:00Z'),
      title: 'Bibliotheek',
      body: 'Dank voor het compliment!',
      themeIds: [],
      slotId: createAdHocSlot.id,
    };
    const { post } = await api.db.transaction((em) => posts.draftFromSignal(em, actorOf(user), draft));
    expect(post.slotId).toBe(createAdHocSlot.id);

    await expect(
      api.db.transaction((em) =>
        posts.draftFromSignal(em, actorOf(user), { ...draft, channelId: signalId, slotId: null }),
      ),
    ).rejects.toMatchObject({ issues: { channelId: { code: 'notFound' } } });
    const before = await api.db.query('SELECT count(*)::int AS n FROM slots');
    await expect(
      api.db.transaction(async (em) => {
        await posts.draftFromSignal(em, actorOf(user), { ...draft, slotId: null, title: 'Teruggedraaid' });
        throw new Error('the decision failed');
      }),
    ).rejects.toThrow('the decision failed');
    expect(await api.db.query('SELECT count(*)::int AS n FROM slots')).toEqual(before);
    expect(await api.db.query("SELECT id FROM posts WHERE title = 'Teruggedraaid'")).toEqual([]);
  });
});
