import { randomBytes } from 'node:crypto';
import { Jobs } from '@planbord/api-core';
import { ActionsService, Reply, Topic } from '@planbord/api-newsroom';
import {
  eventually,
  loggedIn,
  makeChannel,
  makeDepartment,
  makeTheme,
  startApi,
  type Client,
  type TestApi,
} from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const RECORD = 'mutation($i: SignalInput!) { recordSignal(input: $i) { id version status } }';
const ACTION_FIELDS = `id version kind status dueAt reviewAt note result answer answeredAt answeredBy { id }
  owner { id } department { id } signal { id } topic { id } post { id status signalId themes { id } slot { id kind } }`;
const DECIDE = `mutation($i: DecisionInput!) { decide(input: $i) { ${ACTION_FIELDS} } }`;
const COMPLETE = `mutation($id: ID!, $v: Int!, $r: String) { completeAction(id: $id, expectedVersion: $v, result: $r) { ${ACTION_FIELDS} } }`;
const ANSWER = `mutation($id: ID!, $v: Int!, $a: String!) { answerDepartmentQuestion(id: $id, expectedVersion: $v, answer: $a) {
  id version status answer answeredAt } }`;
const QUESTIONS = `{ departmentQuestions { id version status note dueAt answer createdBy { name } department { id name }
  about { title body source receivedAt neighbourhood signalCount } } }`;
const SIGNAL = `query($id: ID!) { signal(id: $id) { id status authorName authorHandle body
  actions { id kind status answer answeredBy { id } } } }`;

interface Action {
  id: string;
  version: number;
  kind: string;
  status: string;
  note: string | null;
  result: string | null;
  answer: string | null;
  owner: { id: string } | null;
  post: {
    id: string;
    status: string;
    signalId: string | null;
    themes: { id: string }[];
    slot: { id: string; kind: string } | null;
  } | null;
}
interface SignalView {
  id: string;
  status: string;
  authorName: string | null;
  authorHandle: string | null;
  body: string;
  actions: { id: string; kind: string; status: string; answer: string | null; answeredBy: { id: string } | null }[];
}

const uniq = () => randomBytes(3).toString('hex');

async function record(client: Client, fields: Record<string, unknown> = {}): Promise<{ id: string }> {
  const { recordSignal } = await client.ok<{ recordSignal: { id: string } }>(RECORD, {
    i: {
      source: 'FACEBOOK',
      body: `Er ligt een losse stoeptegel ${uniq()}`,
      receivedAt: '2025-11-03T09:00:00Z',
      ...fields,
    },
  });
  return recordSignal;
}

async function signalOf(client: Client, id: string): Promise<SignalView> {
  return (await client.ok<{ signal: SignalView }>(SIGNAL, { id })).signal;
}

async function notificationsOf(
  client: Client,
): Promise<{ kind: string; entityType: string; entityId: string; subject: string }[]> {
  return (
    await client.ok<{ myNotifications: { kind: string; entityType: string; entityId: string; subject: string }[] }>(
      '{ myNotifications { kind entityType entityId subject } }',
    )
  ).myNotifications;
}

describe('a decision to post', () => {
  it('puts a DRAFT post with the signal’s themes in a new ad-hoc slot in the calendar, linked back to the signal', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const channel = await makeChannel(api);
    const theme = await makeTheme(api);
    const signal = await record(client, { themeIds: [theme.id], body: 'Wat fijn dat de bibliotheek weer open is!' });
    const { decide } = await client.ok<{ decide: Action }>(DECIDE, {
      i: { signalId: signal.id, kind: 'SOCIAL_POST', channelId: channel.id, plannedAt: '2031-06-03T08:00:00Z' },
    });
    expect(decide).toMatchObject({ kind: 'SOCIAL_POST', status: 'OPEN' });
    expect(decide.post).toMatchObject({ status: 'DRAFT', signalId: signal.id, themes: [{ id: theme.id }] });
    expect(decide.post?.slot?.kind).toBe('AD_HOC');

    const { calendar } = await client.ok<{
      calendar: { posts: { id: string; title: string }[]; slots: { id: string; status: string }[] };
    }>(
      'query { calendar(from: "2031-06-03T00:00:00Z", to: "2031-06-04T00:00:00Z") { posts { id title } slots { id status } } }',
    );
    expect(calendar.posts).toEqual([{ id: decide.post!.id, title: 'Wat fijn dat de bibliotheek weer open is!' }]);
    expect(calendar.slots).toEqual([{ id: decide.post!.slot!.id, status: 'FILLED' }]);
    const after = await signalOf(client, signal.id);
    expect(after.status).toBe('IN_PROGRESS');
    expect(after.actions.map((a) => a.id)).toEqual([decide.id]);
  });

  it('needs a channel and a time, and says so by field', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const signal = await record(client);
    const res = await client.gql(DECIDE, { i: { signalId: signal.id, kind: 'SOCIAL_POST' } });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { channelId: { code: 'required' }, plannedAt: { code: 'required' } },
    });
    const unknown = await client.gql(DECIDE, {
      i: { signalId: signal.id, kind: 'SOCIAL_POST', channelId: signal.id, plannedAt: '2031-06-03T08:00:00Z' },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { channelId: { code: 'notFound' } },
    });
    expect((await signalOf(client, signal.id)).status).toBe('NEW');
  });
});

describe('a question to a department', () => {
  it('reaches the department’s liaison without the resident’s name, is answered there, and the answer is on the signal', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const openbareRuimte = await makeDepartment(api, `Openbare Ruimte ${uniq()}`);
    const elsewhere = await makeDepartment(api);
    const liaison = await loggedIn(api, 'LIAISON', { departmentId: openbareRuimte.id });
    const otherLiaison = await loggedIn(api, 'LIAISON', { departmentId: elsewhere.id });
    const signal = await record(member.client, {
      authorName: 'Jan de Vries',
      authorHandle: '@jdevries',
      neighbourhood: 'Centrum',
      body: 'Losse stoeptegel voor Dorpsstraat 12, ik val er bijna over. Groet, Jan de Vries',
    });

    const missing = await member.client.gql(DECIDE, { i: { signalId: signal.id, kind: 'INFORM_COLLEAGUE' } });
    expect(missing.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { departmentId: { code: 'required' }, dueAt: { code: 'required' }, note: { code: 'required' } },
    });
    const { decide } = await member.client.ok<{ decide: Action }>(DECIDE, {
      i: {
        signalId: signal.id,
        kind: 'INFORM_COLLEAGUE',
        departmentId: openbareRuimte.id,
        dueAt: '2031-06-05T15:00:00Z',
        note: 'Kunnen jullie deze tegel vastleggen?',
      },
    });
    expect((await signalOf(member.client, signal.id)).status).toBe('WAITING_FOR_DEPARTMENT');

    const seen = await liaison.client.gql<{ departmentQuestions: Record<string, unknown>[] }>(QUESTIONS);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.departmentQuestions).toEqual([
      {
        id: decide.id,
        version: decide.version,
        status: 'OPEN',
        note: 'Kunnen jullie deze tegel vastleggen?',
        dueAt: '2031-06-05T15:00:00.000Z',
        answer: null,
        createdBy: { name: member.user.name },
        department: { id: openbareRuimte.id, name: openbareRuimte.name },
        about: {
          title: null,
          body: 'Losse stoeptegel voor Dorpsstraat 12, ik val er bijna over. Groet, [verwijderd]',
          source: 'FACEBOOK',
          receivedAt: '2025-11-03T09:00:00.000Z',
          neighbourhood: 'Centrum',
          signalCount: 1,
        },
      },
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/Jan de Vries|jdevries/);
    expect(await notificationsOf(liaison.client)).toEqual([
      {
        kind: 'NEWSROOM_QUESTION',
        entityType: 'NewsroomAction',
        entityId: decide.id,
        subject: 'Kunnen jullie deze tegel vastleggen?',
      },
    ]);

    // The signal itself, and the way to it through the question, stay closed to liaisons.
    const through = await liaison.client.gql('{ departmentQuestions { signal { authorName } } }');
    expect(through.errors?.[0].extensions.code).toBe('FORBIDDEN');
    for (const query of ['{ signals { nodes { id } } }', `{ signal(id: "${signal.id}") { id } }`])
      expect((await liaison.client.gql(query)).errors?.[0].extensions.code).toBe('FORBIDDEN');

    // Another department neither sees nor answers it.
    expect((await otherLiaison.client.ok<{ departmentQuestions: unknown[] }>(QUESTIONS)).departmentQuestions).toEqual(
      [],
    );
    const meddling = await otherLiaison.client.gql(ANSWER, { id: decide.id, v: decide.version, a: 'Niet van ons' });
    expect(meddling.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const empty = await liaison.client.gql(ANSWER, { id: decide.id, v: decide.version, a: '  ' });
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { answer: { code: 'required' } },
    });

    const { answerDepartmentQuestion } = await liaison.client.ok<{ answerDepartmentQuestion: Action }>(ANSWER, {
      id: decide.id,
      v: decide.version,
      a: 'De tegel wordt donderdag vastgelegd.',
    });
    expect(answerDepartmentQuestion).toMatchObject({ status: 'DONE', answer: 'De tegel wordt donderdag vastgelegd.' });
    const after = await signalOf(member.client, signal.id);
    expect(after.status).toBe('IN_PROGRESS');
    expect(after.actions).toEqual([
      {
        id: decide.id,
        kind: 'INFORM_COLLEAGUE',
        status: 'DONE',
        answer: 'De tegel wordt donderdag vastgelegd.',
        answeredBy: { id: liaison.user.id },
      },
    ]);
    expect(await notificationsOf(member.client)).toContainEqual({
      kind: 'QUESTION_ANSWERED',
      entityType: 'Signal',
      entityId: signal.id,
      subject: 'Kunnen jullie deze tegel vastleggen?',
    });
    const again = await liaison.client.gql(ANSWER, {
      id: decide.id,
      v: answerDepartmentQuestion.version,
      a: 'Nogmaals',
    });
    expect(again.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('on a topic, holds all its open signals until the answer, and shows on each of them', async () => {
    const { client, user } = await loggedIn(api, 'EDITOR');
    const department = await makeDepartment(api);
    const topic = await api.db
      .getRepository(Topic)
      .save({ title: 'Omleiding Molenweg', signalCount: 2, createdById: user.id });
    const [a, b] = [await record(client), await record(client)];
    await api.db.query('UPDATE signals SET topic_id = $1 WHERE id = ANY($2)', [topic.id, [a.id, b.id]]);
    const { decide } = await client.ok<{ decide: Action }>(DECIDE, {
      i: {
        topicId: topic.id,
        kind: 'INFORM_COLLEAGUE',
        departmentId: department.id,
        dueAt: '2031-06-05T15:00:00Z',
        note: 'Hoe lang duurt de omleiding?',
      },
    });
    for (const id of [a.id, b.id]) {
      const signal = await signalOf(client, id);
      expect({ status: signal.status, actions: signal.actions.map((x) => x.id) }).toEqual({
        status: 'WAITING_FOR_DEPARTMENT',
        actions: [decide.id],
      });
    }
    await client.ok(COMPLETE, { id: decide.id, v: decide.version, r: 'Telefonisch beantwoord: tot eind juni.' });
    for (const id of [a.id, b.id]) expect((await signalOf(client, id)).status).toBe('IN_PROGRESS');
  });
});

describe('watching a signal', () => {
  it('comes back on its review moment as a notification and in the "to review" filter, once, until completed', async () => {
    const { client, user } = await loggedIn(api, 'MEMBER');
    const signal = await record(client);
    const { decide } = await client.ok<{ decide: Action }>(DECIDE, {
      i: {
        signalId: signal.id,
        kind: 'MONITOR',
        reviewAt: '2031-06-10T07:00:00Z',
        note: 'Kijken of er meer meldingen komen',
      },
    });
    expect(decide.owner).toEqual({ id: user.id });
    const toReview = async () =>
      (
        await client.ok<{ signals: { nodes: { id: string }[] } }>(
          'query { signals(filter: { toReview: true }) { nodes { id } } }',
        )
      ).signals.nodes.map((n) => n.id);
    expect(await toReview()).not.toContain(signal.id);

    // The review moment passes.
    await api.db.query(`UPDATE newsroom_actions SET review_at = now() - interval '1 minute' WHERE id = $1`, [
      decide.id,
    ]);
    expect(await toReview()).toContain(signal.id);
    const jobs = api.app.get(Jobs);
    await jobs.trigger('newsroom-monitor-review');
    const back = await eventually('the review notification', async () => {
      const due = (await notificationsOf(client)).filter((n) => n.kind === 'MONITOR_DUE');
      return due.length > 0 && due;
    });
    expect(back).toEqual([
      { kind: 'MONITOR_DUE', entityType: 'Signal', entityId: signal.id, subject: 'Kijken of er meer meldingen komen' },
    ]);
    expect(await api.app.get(ActionsService).bringBackReviews()).toBe(0);
    expect((await notificationsOf(client)).filter((n) => n.kind === 'MONITOR_DUE')).toHaveLength(1);

    await client.ok(COMPLETE, { id: decide.id, v: decide.version, r: null });
    expect(await toReview()).not.toContain(signal.id);
  });

  it('needs a review moment ahead', async () => {
    const { client } = await loggedIn(api, 'MEMBER');
    const signal = await record(client);
    const res = await client.gql(DECIDE, {
      i: { signalId: signal.id, kind: 'MONITOR', reviewAt: '2020-01-01T00:00:00Z' },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { reviewAt: { code: 'notAllowed' } },
    });
  });
});

describe('tasks', () => {
  it('have an owner, who is told, a due time and a result, completed once and with the version seen', async () => {
    const { client } = await loggedIn(api, 'EDITOR');
    const owner = await loggedIn(api, 'MEMBER');
    const signal = await record(client, { body: 'Hoeveel containers staan er aan de Molenweg?' });
    for (const kind of ['REQUEST_DATA', 'ENVIRONMENT_ANALYSIS', 'UPDATE_WEBSITE']) {
      const res = await client.gql(DECIDE, { i: { signalId: signal.id, kind } });
      expect(res.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        issues: { ownerId: { code: 'required' }, dueAt: { code: 'required' } },
      });
    }
    const { decide } = await client.ok<{ decide: Action }>(DECIDE, {
      i: { signalId: signal.id, kind: 'REQUEST_DATA', ownerId: owner.user.id, dueAt: '2031-06-06T10:00:00Z' },
    });
    expect(await notificationsOf(owner.client)).toEqual([
      {
        kind: 'ASSIGNED',
        entityType: 'Signal',
        entityId: signal.id,
        subject: 'Hoeveel containers staan er aan de Molenweg?',
      },
    ]);
    const noResult = await owner.client.gql(COMPLETE, { id: decide.id, v: decide.version });
    expect(noResult.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { result: { code: 'required' } },
    });
    const { completeAction } = await owner.client.ok<{ completeAction: Action }>(COMPLETE, {
      id: decide.id,
      v: decide.version,
      r: 'Twaalf containers, waarvan drie ondergronds.',
    });
    expect(completeAction).toMatchObject({ status: 'DONE', result: 'Twaalf containers, waarvan drie ondergronds.' });
    const stale = await client.gql(COMPLETE, { id: decide.id, v: decide.version, r: 'Later' });
    expect(stale.errors?.[0].extensions.code).toBe('VERSION_CONFLICT');
    const twice = await client.gql(COMPLETE, { id: decide.id, v: completeAction.version, r: 'Later' });
    expect(twice.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('are not taken on a signal that is done or dismissed', async () => {
    const { client, user } = await loggedIn(api, 'MEMBER');
    const signal = await record(client);
    await api.db.query(`UPDATE signals SET status = 'DISMISSED' WHERE id = $1`, [signal.id]);
    const res = await client.gql(DECIDE, {
      i: { signalId: signal.id, kind: 'UPDATE_WEBSITE', ownerId: user.id, dueAt: '2031-06-06T10:00:00Z' },
    });
    expect(res.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });
});

describe('the newsroom log', () => {
  it('lists the decisions of a period in the order they were taken, for the team only', async () => {
    const { client, user } = await loggedIn(api, 'MEMBER');
    const liaison = await loggedIn(api, 'LIAISON');
    const from = new Date(Date.now() - 1000).toISOString();
    const ids: string[] = [];
    for (const note of ['Eerst', 'Daarna']) {
      const signal = await record(client);
      const { decide } = await client.ok<{ decide: Action }>(DECIDE, {
        i: { signalId: signal.id, kind: 'UPDATE_WEBSITE', ownerId: user.id, dueAt: '2031-06-06T10:00:00Z', note },
      });
      ids.push(decide.id);
    }
    const to = new Date(Date.now() + 1000).toISOString();
    const { newsroomLog } = await client.ok<{ newsroomLog: { id: string; note: string; createdBy: { id: string } }[] }>(
      'query($f: DateTime!, $t: DateTime!) { newsroomLog(from: $f, to: $t) { id note createdBy { id } } }',
      { f: from, t: to },
    );
    expect(newsroomLog.filter((a) => ids.includes(a.id))).toEqual([
      { id: ids[0], note: 'Eerst', createdBy: { id: user.id } },
      { id: ids[1], note: 'Daarna', createdBy: { id: user.id } },
    ]);
    const refused = await liaison.client.gql(
      'query { newsroomLog(from: "2031-01-01T00:00:00Z", to: "2031-01-02T00:00:00Z") { id } }',
    );
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('erasing a resident’s data', () => {
  it('leaves no trace of their name or handle in signals, replies or history, and every count stays', async () => {
    const editor = await loggedIn(api, 'EDITOR');
    const name = `Petra Jansen ${uniq()}`;
    const handle = `@pjansen${uniq()}`;
    const count = async () =>
      (
        await editor.client.ok<{ signals: { totalCount: number } }>(
          'query { signals(filter: { sources: [FACEBOOK, INSTAGRAM] }) { totalCount } }',
        )
      ).signals.totalCount;
    const facebook = await record(editor.client, {
      authorName: name,
      authorHandle: handle,
      body: `Ik ben ${name} en de lantaarnpaal is stuk`,
    });
    const another = await record(editor.client, { authorName: name, authorHandle: handle, body: 'Nog steeds stuk!' });
    const instagram = await record(editor.client, {
      source: 'INSTAGRAM',
      authorName: name,
      authorHandle: handle,
      body: 'Ook hier',
    });
    await api.db.getRepository(Reply).save({
      signalId: facebook.id,
      body: `Beste ${name}, dank voor je melding. ${handle}, we komen eraan.`,
      authorId: editor.user.id,
      sentAt: new Date('2025-11-03T10:00:00Z'),
      minutes: 60,
      officeMinutes: 60,
    });
    const { decide } = await editor.client.ok<{ decide: Action }>(DECIDE, {
      i: {
        signalId: facebook.id,
        kind: 'MONITOR',
        reviewAt: '2031-06-10T07:00:00Z',
        note: `Volgen wat ${name} nog meldt`,
      },
    });
    const department = await makeDepartment(api);
    const liaison = await loggedIn(api, 'LIAISON', { departmentId: department.id });
    await editor.client.ok(DECIDE, {
      i: {
        signalId: another.id,
        kind: 'INFORM_COLLEAGUE',
        departmentId: department.id,
        dueAt: '2031-06-05T15:00:00Z',
        note: `Kunnen jullie ${name} terugbellen?`,
      },
    });
    const before = await count();

    const member = await loggedIn(api, 'MEMBER');
    const refused = await member.client.gql('mutation($h: String!) { eraseResidentData(authorHandle: $h) }', {
      h: handle,
    });
    expect(refused.errors?.[0].extensions.code).toBe('FORBIDDEN');

    const { eraseResidentData } = await editor.client.ok<{ eraseResidentData: number }>(
      'mutation($h: String!) { eraseResidentData(authorHandle: $h, source: FACEBOOK) }',
      { h: handle.slice(1).toUpperCase() },
    );
    expect(eraseResidentData).toBe(2);
    const erased = await signalOf(editor.client, facebook.id);
    expect(erased).toMatchObject({
      authorName: null,
      authorHandle: null,
      body: 'Ik ben [verwijderd] en de lantaarnpaal is stuk',
    });
    expect(await signalOf(editor.client, another.id)).toMatchObject({ authorName: null, authorHandle: null });
    expect(await signalOf(editor.client, instagram.id)).toMatchObject({ authorName: name, authorHandle: handle });

    const traces = (table: string, idColumn: string, except: string[]) =>
      api.db.query(
        `SELECT * FROM ${table} t WHERE (t::text ILIKE $1 OR t::text ILIKE $2)
          AND (t.${idColumn} IS NULL OR NOT t.${idColumn} = ANY($3::uuid[]))`,
        [`%${name}%`, `%${handle.slice(1)}%`, except],
      );
    const kept = [instagram.id];
    expect(await traces('signals', 'id', kept)).toEqual([]);
    expect(await traces('replies', 'id', [])).toEqual([]);
    expect(await traces('audit_entries', 'entity_id', kept)).toEqual([]);
    expect(await traces('newsroom_actions', 'id', [])).toEqual([]);
    expect(await traces('notifications', 'id', [])).toEqual([]);
    expect((await notificationsOf(liaison.client)).map((n) => n.subject)).toEqual([
      'Kunnen jullie [verwijderd] terugbellen?',
    ]);
    // The history still says what happened, and that the data was erased (without whose it was).
    const history: { action: string }[] = await api.db.query(
      "SELECT action FROM audit_entries WHERE entity_type = 'Signal' AND (entity_id = $1 OR action = 'eraseResidentData') ORDER BY at",
      [facebook.id],
    );
    expect(history.map((h) => h.action)).toEqual(expect.arrayContaining(['create', 'status', 'eraseResidentData']));
    expect(await count()).toBe(before);
    expect((await signalOf(editor.client, facebook.id)).actions.map((a) => a.id)).toEqual([decide.id]);

    // A phone note has the name only; the link to a message that names its author in its address goes too.
    const phone = await record(editor.client, {
      source: 'PHONE',
      authorName: `Mevr. ${name}`,
      body: 'Belt over de lantaarnpaal',
    });
    const linked = await record(editor.client, {
      authorHandle: `${handle}x`,
      url: `https://www.facebook.com/${handle.slice(1)}x/posts/1`,
      body: 'Lantaarnpaal stuk',
    });
    const byName = await editor.client.ok<{ eraseResidentData: number }>(
      'mutation($h: String!) { eraseResidentData(authorHandle: $h) }',
      { h: `mevr. ${name}` },
    );
    expect(byName.eraseResidentData).toBe(1);
    expect(await signalOf(editor.client, phone.id)).toMatchObject({ authorName: null });
    await editor.client.ok('mutation($h: String!) { eraseResidentData(authorHandle: $h) }', { h: `${handle}x` });
    const { signal } = await editor.client.ok<{ signal: { url: string | null; authorHandle: string | null } }>(
      'query($id: ID!) { signal(id: $id) { url authorHandle } }',
      { id: linked.id },
    );
    expect(signal).toEqual({ url: null, authorHandle: null });

    const bad = await editor.client.gql('mutation { eraseResidentData(authorHandle: " ") }');
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: { authorHandle: { code: 'required' } },
    });
  });
});

describe('the retention period', () => {
  let short: TestApi;
  beforeAll(async () => {
    short = await startApi({ SIGNAL_RETENTION_DAYS: '30' });
  });
  afterAll(async () => {
    await short.close();
  });

  it('anonymises the author data of signals older than SIGNAL_RETENTION_DAYS, keeping the signals', async () => {
    const { client } = await loggedIn(short, 'MEMBER');
    const recent = new Date(Date.now() - 5 * 86400_000).toISOString();
    const old = new Date(Date.now() - 40 * 86400_000).toISOString();
    const kept = await record(client, { authorName: 'Recente Schrijver', authorHandle: '@recent', receivedAt: recent });
    const aged = await record(client, {
      authorName: 'Oude Schrijver',
      authorHandle: '@oud',
      receivedAt: old,
      body: 'Groet van Oude Schrijver',
    });
    await short.app.get(Jobs).trigger('newsroom-signal-retention');
    const anonymised = await eventually('the old signal to be anonymised', async () => {
      const signal = await signalOf(client, aged.id);
      return signal.authorName === null && signal;
    });
    expect(anonymised).toMatchObject({ authorHandle: null, body: 'Groet van [verwijderd]' });
    expect(await signalOf(client, kept.id)).toMatchObject({ authorName: 'Recente Schrijver', authorHandle: '@recent' });
    const history: unknown[] = await short.db.query(
      `SELECT 1 FROM audit_entries WHERE before::text LIKE '%Oude Schrijver%' OR after::text LIKE '%Oude Schrijver%'`,
    );
    expect(history).toEqual([]);
    const [{ n }]: { n: number }[] = await short.db.query('SELECT count(*)::int AS n FROM signals');
    expect(n).toBe(2);
  });
});
