import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo } from 'graphql';
import { RequestLoaders, type GraphQLContext, type SessionUser } from '@planbord/api-core';
import type { User } from '@planbord/api-identity';
import { Assignment } from '@planbord/api-planning';
import { Post } from '@planbord/api-publishing';
import { loggedIn, makeChannel, ORG_TIME_ZONE, startApi, type Client, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const hour = 3600_000;
const at = (hours: number) => new Date(Date.now() + hours * hour).toISOString();
type Versioned = { id: string; version: number };

/** A published post about a liaison's request, and a job on that request: the links a liaison could follow. */
async function requestWithLinks(requester: Client, member: Client, editor: Client, colleagueId: string) {
  const channel = await makeChannel(api);
  const { submitEventRequest: request } = await requester.ok<{ submitEventRequest: Versioned }>(
    'mutation($i: EventRequestInput!) { submitEventRequest(input: $i) { id version } }',
    { i: { title: 'Buurtfeest Molenweg', startsAt: at(24 * 30), endsAt: at(24 * 30 + 3) } },
  );
  let post = (
    await member.ok<{ createPost: Versioned }>('mutation($i: PostInput!) { createPost(input: $i) { id version } }', {
      i: { channelId: channel.id, title: 'Buurtfeest', body: 'Kom ook!', eventId: request.id },
    })
  ).createPost;
  post = (
    await member.ok<{ submitPostForReview: Versioned }>(
      'mutation($id: ID!, $v: Int!) { submitPostForReview(id: $id, expectedVersion: $v) { id version } }',
      { id: post.id, v: post.version },
    )
  ).submitPostForReview;
  post = (
    await editor.ok<{ reviewPost: Versioned }>(
      'mutation($id: ID!, $v: Int!) { reviewPost(id: $id, expectedVersion: $v, decision: APPROVE) { id version } }',
      { id: post.id, v: post.version },
    )
  ).reviewPost;
  post = (
    await member.ok<{ schedulePost: Versioned }>(
      'mutation($id: ID!, $v: Int!, $t: DateTime!) { schedulePost(id: $id, expectedVersion: $v, plannedAt: $t) { id version } }',
      { id: post.id, v: post.version, t: at(24 * 5) },
    )
  ).schedulePost;
  post = (
    await member.ok<{ markPostPublished: Versioned }>(
      'mutation($id: ID!, $v: Int!, $p: DateTime) { markPostPublished(id: $id, expectedVersion: $v, publishedAt: $p) { id version } }',
      { id: post.id, v: post.version, p: at(-2) },
    )
  ).markPostPublished;
  const { assign } = await member.ok<{ assign: { id: string } }>(
    'mutation($e: ID!, $u: ID!) { assign(input: { eventId: $e, userId: $u, role: COVER }) { id } }',
    { e: request.id, u: colleagueId },
  );
  return { requestId: request.id, postId: post.id, assignmentId: assign.id };
}

/** Resolves one relation field as the schema does (permission check, loader, visibility), for this person. */
async function resolveAs(
  user: User,
  typeName: 'Post' | 'Assignment',
  fieldName: string,
  parent: unknown,
): Promise<unknown> {
  const type = api.app.get(GraphQLSchemaHost).schema.getType(typeName);
  if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
  const resolve = type.getFields()[fieldName].resolve as GraphQLFieldResolver<unknown, GraphQLContext>;
  const viewer: SessionUser = { id: user.id, name: user.name, role: user.role, locale: 'nl', sessionId: 'test' };
  const ctx = {
    req: { user: viewer, locale: 'nl' },
    loaders: new RequestLoaders(),
    db: api.db,
    orgTimeZone: ORG_TIME_ZONE,
  } as unknown as GraphQLContext;
  return resolve(parent, {}, ctx, {} as GraphQLResolveInfo);
}

describe('links to events apply the same rule as event(id)', () => {
  it("a liaison cannot reach another liaison's request through post.event or assignment.event", async () => {
    const requester = await loggedIn(api, 'LIAISON');
    const other = await loggedIn(api, 'LIAISON');
    const member = await loggedIn(api, 'MEMBER');
    const editor = await loggedIn(api, 'EDITOR');
    const colleague = await loggedIn(api, 'MEMBER');
    const { requestId, postId, assignmentId } = await requestWithLinks(
      requester.client,
      member.client,
      editor.client,
      colleague.user.id,
    );

    const CALENDAR =
      'query($f: DateTime!, $t: DateTime!, $id: ID!) { calendar(from: $f, to: $t) { posts { id event { id title } } } event(id: $id) { id } }';
    const window = { f: at(-24), t: at(24), id: requestId };
    const seenBy = async (client: Client) =>
      await client.ok<{
        calendar: { posts: { id: string; event: { id: string } | null }[] };
        event: { id: string } | null;
      }>(CALENDAR, window);

    // The other liaison sees the published post, but not the request behind it, just as event(id) does not show it.
    const theirs = await seenBy(other.client);
    expect(theirs.event).toBeNull();
    expect(theirs.calendar.posts.find((p) => p.id === postId)).toEqual({ id: postId, event: null });
    // The one who asked, and the team, follow the same link to it.
    expect((await seenBy(requester.client)).calendar.posts.find((p) => p.id === postId)?.event?.id).toBe(requestId);
    expect((await seenBy(member.client)).calendar.posts.find((p) => p.id === postId)?.event?.id).toBe(requestId);

    // The job on the request and the post, resolved field by field as the schema resolves them for each person.
    const assignment = await api.db.getRepository(Assignment).findOneByOrFail({ id: assignmentId });
    const post = await api.db.getRepository(Post).findOneByOrFail({ id: postId });
    expect(await resolveAs(other.user, 'Assignment', 'event', assignment)).toBeNull();
    expect(await resolveAs(other.user, 'Post', 'event', post)).toBeNull();
    expect(await resolveAs(requester.user, 'Assignment', 'event', assignment)).toMatchObject({ id: requestId });
    expect(await resolveAs(member.user, 'Assignment', 'event', assignment)).toMatchObject({ id: requestId });
  });
});
