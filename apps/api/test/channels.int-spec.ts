import type { Role } from '@planbord/domain';
import {
  Client,
  loggedIn,
  makeAudience,
  makeChannel,
  makeDepartment,
  makeUser,
  startApi,
  type TestApi,
} from './harness';

let api: TestApi;
const clients = {} as Record<Role, Client>;
beforeAll(async () => {
  api = await startApi();
  for (const role of ['ADMIN', 'EDITOR', 'MEMBER', 'LIAISON'] as Role[])
    clients[role] = (await loggedIn(api, role)).client;
});
afterAll(async () => {
  await api.close();
});

interface C {
  id: string;
  version: number;
  name: string;
  kind: string;
  status: string;
  reason: string | null;
  decisionNote: string | null;
  proposedBy: { id: string } | null;
  decidedBy: { id: string } | null;
  proposedAt: string | null;
  decidedAt: string | null;
}
const FIELDS =
  'id version name kind status reason decisionNote proposedBy { id } decidedBy { id } proposedAt decidedAt ownerDepartment { id } audiences { id }';
const PROPOSE = `mutation($i: ChannelProposalInput!) { proposeChannel(input: $i) { ${FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $v: Int!, $approve: Boolean!, $note: String) { decideChannelProposal(id: $id, expectedVersion: $v, approve: $approve, note: $note) { ${FIELDS} } }`;
const PROPOSALS = `query($status: [ChannelStatus!], $mine: Boolean) { channelProposals(status: $status, mine: $mine) { ${FIELDS} } }`;
let n = 0;
const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${n++}`;

async function propose(client: Client, fields: Record<string, unknown> = {}): Promise<C> {
  return (
    await client.ok<{ proposeChannel: C }>(PROPOSE, {
      i: {
        name: uniqueName('Mastodon Lindeveld'),
        kind: 'MASTODON',
        handle: '@lindeveld@social.overheid.nl',
        reason: 'De Rijksoverheid zit op Mastodon; inwoners vragen ernaar.',
        ...fields,
      },
    })
  ).proposeChannel;
}

describe('channel kinds', () => {
  it('creates channels of the kinds Mastodon, Bluesky, Threads and Pinterest', async () => {
    for (const kind of ['MASTODON', 'BLUESKY', 'THREADS', 'PINTEREST']) {
      const res = await clients.ADMIN.ok<{ createChannel: { kind: string; status: string } }>(
        'mutation($i: ChannelInput!) { createChannel(input: $i) { kind status } }',
        { i: { name: uniqueName(kind), kind } },
      );
      expect(res.createChannel).toEqual({ kind, status: 'APPROVED' });
    }
  });

  it('warns about the length limit of a Bluesky post', async () => {
    const channel = await makeChannel(api, { kind: 'BLUESKY' });
    const res = await clients.MEMBER.ok<{ createPost: { warnings: string[] } }>(
      'mutation($i: PostInput!) { createPost(input: $i) { warnings } }',
      { i: { channelId: channel.id, title: 'Lang', body: 'x'.repeat(301) } },
    );
    expect(res.createPost.warnings.join(' ')).toMatch(/300/);
  });

  it('refuses a new channel without a kind: there is no default', async () => {
    const res = await clients.ADMIN.gql('mutation { createChannel(input: { name: "Zonder soort" }) { id } }');
    expect(res.errors?.[0].extensions.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });
});

describe('new channels agreed centrally', () => {
  it('lets a liaison propose a channel with kind, handle, owner department, audiences and reason, as PROPOSED', async () => {
    const department = await makeDepartment(api);
    const audience = await makeAudience(api);
    const proposal = await propose(clients.LIAISON, { ownerDepartmentId: department.id, audienceIds: [audience.id] });
    expect(proposal).toMatchObject({
      kind: 'MASTODON',
      status: 'PROPOSED',
      reason: expect.stringContaining('Mastodon'),
      decisionNote: null,
      decidedBy: null,
      ownerDepartment: { id: department.id },
      audiences: [{ id: audience.id }],
    });
    expect(proposal.proposedBy).not.toBeNull();
    expect(proposal.proposedAt).not.toBeNull();
  });

  it('refuses a proposal without a reason or kind, naming the fields', async () => {
    const res = await clients.MEMBER.gql(PROPOSE, { i: { name: uniqueName('Leeg'), kind: 'OTHER', reason: '  ' } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reason: 'Vul dit veld in.' },
    });
  });

  it('keeps proposed channels out of the channel list until an editor approves, and tells the proposer', async () => {
    const { user: liaison, client } = await loggedIn(api, 'LIAISON');
    const proposal = await propose(client);
    const listed = async () =>
      (await clients.MEMBER.ok<{ channels: { id: string }[] }>('{ channels(take: 200) { id } }')).channels.map(
        (c) => c.id,
      );
    expect(await listed()).not.toContain(proposal.id);

    const { decideChannelProposal: approved } = await clients.EDITOR.ok<{ decideChannelProposal: C }>(DECIDE, {
      id: proposal.id,
      v: proposal.version,
      approve: true,
      note: 'Goed idee; Sanne beheert het.',
    });
    expect(approved).toMatchObject({
      status: 'APPROVED',
      decisionNote: 'Goed idee; Sanne beheert het.',
      decidedBy: { id: expect.any(String) },
    });
    expect(await listed()).toContain(proposal.id);

    const { myNotifications } = await client.ok<{
      myNotifications: { kind: string; entityType: string; entityId: string; subject: string }[];
    }>('{ myNotifications { kind entityType entityId subject } }');
    expect(myNotifications).toContainEqual({
      kind: 'CHANNEL_APPROVED',
      entityType: 'Channel',
      entityId: proposal.id,
      subject: proposal.name,
    });
    expect(liaison.id).toBe(proposal.proposedBy?.id);
  });

  it('declines only with a note, and a declined proposal leaves its name free', async () => {
    const proposal = await propose(clients.MEMBER);
    const bare = await clients.EDITOR.gql(DECIDE, { id: proposal.id, v: proposal.version, approve: false });
    expect(bare.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { note: 'Vul dit veld in.' } });
    const { decideChannelProposal: declined } = await clients.EDITOR.ok<{ decideChannelProposal: C }>(DECIDE, {
      id: proposal.id,
      v: proposal.version,
      approve: false,
      note: 'We bundelen dit op het bestaande Facebook-kanaal.',
    });
    expect(declined.status).toBe('DECLINED');
    const again = await clients.EDITOR.gql(DECIDE, { id: proposal.id, v: declined.version, approve: true });
    expect(again.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
    const stale = await clients.EDITOR.gql(DECIDE, { id: proposal.id, v: proposal.version, approve: true });
    expect(stale.errors?.[0].extensions.code).toBe('VERSION_CONFLICT');
    expect((await propose(clients.MEMBER, { name: proposal.name })).status).toBe('PROPOSED');
  });

  it('lets only editors and admins decide; the others see only their own proposals', async () => {
    const { client: other } = await loggedIn(api, 'MEMBER');
    const mine = await propose(clients.LIAISON);
    const theirs = await propose(other);
    for (const role of ['MEMBER', 'LIAISON'] as Role[]) {
      const res = await clients[role].gql(DECIDE, { id: mine.id, v: mine.version, approve: true });
      expect(res.errors?.[0].extensions.code).toBe('FORBIDDEN');
    }
    const liaisonSees = (await clients.LIAISON.ok<{ channelProposals: C[] }>(PROPOSALS, {})).channelProposals.map(
      (c) => c.id,
    );
    expect(liaisonSees).toContain(mine.id);
    expect(liaisonSees).not.toContain(theirs.id);
    const editorSees = (
      await clients.EDITOR.ok<{ channelProposals: C[] }>(PROPOSALS, { status: ['PROPOSED'] })
    ).channelProposals.map((c) => c.id);
    expect(editorSees).toEqual(expect.arrayContaining([mine.id, theirs.id]));
    expect(
      (await new Client(api).gql(PROPOSE, { i: { name: 'x', kind: 'X', reason: 'y' } })).errors?.[0].extensions.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('refuses posts, free room and rubrics on a proposed or declined channel, with the field channelId', async () => {
    const proposed = await propose(clients.MEMBER);
    const declinedProposal = await propose(clients.MEMBER);
    await clients.EDITOR.ok(DECIDE, {
      id: declinedProposal.id,
      v: declinedProposal.version,
      approve: false,
      note: 'Nee.',
    });
    for (const channel of [proposed, declinedProposal]) {
      const post = await clients.MEMBER.gql('mutation($i: PostInput!) { createPost(input: $i) { id } }', {
        i: { channelId: channel.id, title: 'Test', body: 'Tekst' },
      });
      expect(post.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { channelId: expect.stringContaining('goedgekeurd') },
      });
      const slot = await clients.MEMBER.gql('mutation($i: AdHocSlotInput!) { createAdHocSlot(input: $i) { id } }', {
        i: { startsAt: '2031-03-04T10:00:00+01:00', channelId: channel.id },
      });
      expect(slot.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { channelId: expect.any(String) },
      });
      const rubric = await clients.MEMBER.gql('mutation($i: RubricInput!) { createRubric(input: $i) { id } }', {
        i: {
          name: uniqueName('Rubriek'),
          channelIds: [channel.id],
          rrule: 'FREQ=WEEKLY;BYDAY=TU',
          startsOn: '2031-01-01',
          endsOn: '2031-02-01',
          time: '10:00',
        },
      });
      expect(rubric.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { channelIds: expect.any(String) },
      });
    }
    const existing = await makeChannel(api);
    const post = await clients.MEMBER.gql('mutation($i: PostInput!) { createPost(input: $i) { id } }', {
      i: { channelId: existing.id, title: 'Test', body: 'Tekst' },
    });
    expect(post.errors).toBeUndefined();
  });
});

describe("a person's open jobs", () => {
  const OPEN =
    'query($u: ID!) { openAssignments(userId: $u) { id role status event { id title } slot { id } post { id } } }';

  it('lists pending and accepted jobs from now on, soonest first, without past, declined or done ones; for admins only', async () => {
    const person = await makeUser(api, 'MEMBER');
    const event = async (title: string, startsAt: string, endsAt: string) =>
      (
        await clients.EDITOR.ok<{ createEvent: { id: string } }>(
          'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
          { i: { title, startsAt, endsAt } },
        )
      ).createEvent.id;
    const assign = async (eventId: string, role: string) =>
      (
        await clients.EDITOR.ok<{ assign: { id: string; version: number } }>(
          'mutation($i: AssignInput!) { assign(input: $i) { id version } }',
          { i: { eventId, userId: person.id, role } },
        )
      ).assign;
    const later = await event('Boomplantdag 2031', '2031-03-12T09:30:00+01:00', '2031-03-12T12:00:00+01:00');
    const sooner = await event('Voorleesochtend 2031', '2031-03-05T10:00:00+01:00', '2031-03-05T11:30:00+01:00');
    const past = await event('Intocht 2020', '2020-11-14T12:00:00+01:00', '2020-11-14T14:00:00+01:00');
    const laterJob = await assign(later, 'COVER');
    const soonerJob = await assign(sooner, 'PUBLISH');
    await assign(past, 'COVER');
    const declined = await assign(sooner, 'COVER');
    await api.db.query(`UPDATE assignments SET status = 'DECLINED' WHERE id = $1`, [declined.id]);

    const { openAssignments } = await clients.ADMIN.ok<{ openAssignments: { id: string; event: { title: string } }[] }>(
      OPEN,
      { u: person.id },
    );
    expect(openAssignments.map((a) => a.id)).toEqual([soonerJob.id, laterJob.id]);
    expect(openAssignments[0].event.title).toBe('Voorleesochtend 2031');
    for (const role of ['EDITOR', 'MEMBER', 'LIAISON'] as Role[])
      expect((await clients[role].gql(OPEN, { u: person.id })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('similar rubrics', () => {
  const SIMILAR =
    'query($name: String!, $rrule: String!, $ex: ID) { similarRubrics(name: $name, rrule: $rrule, excludeId: $ex) { id name } }';

  it('finds a rubric with the same name and rule, whatever the case, spaces or order of the rule, but not itself', async () => {
    const channel = await makeChannel(api);
    const name = uniqueName('Afvaltip van de week');
    const { createRubric } = await clients.MEMBER.ok<{ createRubric: { id: string } }>(
      'mutation($i: RubricInput!) { createRubric(input: $i) { id } }',
      {
        i: {
          name,
          channelIds: [channel.id],
          rrule: 'FREQ=WEEKLY;BYDAY=MO',
          startsOn: '2031-01-01',
          endsOn: '2031-03-01',
          time: '08:30',
        },
      },
    );
    const found = async (vars: Record<string, unknown>) =>
      (await clients.MEMBER.ok<{ similarRubrics: { id: string }[] }>(SIMILAR, vars)).similarRubrics.map((r) => r.id);
    expect(await found({ name: `  ${name.toUpperCase()} `, rrule: 'RRULE:BYDAY=MO;FREQ=WEEKLY' })).toEqual([
      createRubric.id,
    ]);
    expect(await found({ name, rrule: 'FREQ=WEEKLY;BYDAY=TU' })).toEqual([]);
    expect(await found({ name: `${name} 2`, rrule: 'FREQ=WEEKLY;BYDAY=MO' })).toEqual([]);
    expect(await found({ name, rrule: 'FREQ=WEEKLY;BYDAY=MO', ex: createRubric.id })).toEqual([]);
    expect((await clients.LIAISON.gql(SIMILAR, { name, rrule: 'FREQ=WEEKLY' })).errors?.[0].extensions.code).toBe(
      'FORBIDDEN',
    );
  });
});
