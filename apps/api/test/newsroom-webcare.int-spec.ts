import { WebcareService } from '@planbord/api-newsroom';
import { Client, loggedIn, makeTheme, startApi, type TestApi } from './harness';

let api: TestApi;
let editor: Client;
let member: Client;
beforeAll(async () => {
  api = await startApi();
  editor = (await loggedIn(api, 'EDITOR')).client;
  member = (await loggedIn(api, 'MEMBER')).client;
});
afterAll(async () => {
  await api.close();
});

interface S {
  id: string;
  version: number;
  status: string;
  crisis: boolean;
  receivedAt: string;
  firstReplyAt: string | null;
  firstReplyDueAt: string | null;
  overdue: boolean;
  slaState: string | null;
  slaWarnAt: string | null;
  replies: {
    body: string;
    sentAt: string;
    url: string | null;
    minutes: number;
    officeMinutes: number;
    author: { id: string };
  }[];
}
const SIGNAL_FIELDS =
  'id version status crisis receivedAt firstReplyAt firstReplyDueAt overdue slaState slaWarnAt replies { body sentAt url minutes officeMinutes author { id } }';
const RECORD = `mutation($i: SignalInput!) { recordSignal(input: $i) { ${SIGNAL_FIELDS} } }`;
const REPLY = `mutation($id: ID!, $v: Int!, $b: String!, $t: ID, $u: String, $at: DateTime) {
  replyToSignal(id: $id, expectedVersion: $v, body: $b, templateId: $t, url: $u, sentAt: $at) { ${SIGNAL_FIELDS} } }`;
const SET_HOURS = `mutation($d: [OfficeHoursInput!]!) { setOfficeHours(days: $d) { weekday opens closes } }`;
const SET_NORM = `mutation($s: SignalSource!, $m: Int!, $b: Boolean!) {
  setResponseNorm(source: $s, minutes: $m, businessHoursOnly: $b) { source minutes businessHoursOnly } }`;
const CRISIS = 'mutation($a: Boolean!, $r: String!) { setCrisisMode(active: $a, reason: $r) { active } }';
const QUEUE = `query { webcareQueue { id firstReplyDueAt } }`;

const WEEKDAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '17:00' }));
const WEEKEND = [6, 7].map((weekday) => ({ weekday, opens: null, closes: null }));

async function officeHoursMonToFri(): Promise<void> {
  await editor.ok(SET_HOURS, { d: [...WEEKDAYS, ...WEEKEND] });
}

async function record(input: Record<string, unknown>): Promise<S> {
  return (await member.ok<{ recordSignal: S }>(RECORD, { i: { source: 'FACEBOOK', body: 'Een bericht', ...input } }))
    .recordSignal;
}

function fieldsOf(res: { errors?: { extensions: Record<string, unknown> }[] }): Record<string, string> {
  expect(res.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  return res.errors![0].extensions.fields as Record<string, string>;
}

const iso = (local: string) => new Date(local).toISOString();

describe('first-reply due times on arrival', () => {
  it('counts 240 office minutes from a Friday 16:00 signal to Monday 11:30', async () => {
    await officeHoursMonToFri();
    await editor.ok(SET_NORM, { s: 'FACEBOOK', m: 240, b: true });
    const signal = await record({ body: 'Er ligt een losse stoeptegel', receivedAt: '2025-12-19T16:00:00+01:00' });
    expect(signal.firstReplyDueAt).toBe(iso('2025-12-22T11:30:00+01:00'));
    expect(signal.crisis).toBe(false);
  });

  it('skips the Dutch Christmas holidays: Wednesday 24 December 2025 16:00 is due Monday 29 December 11:30', async () => {
    await officeHoursMonToFri();
    await editor.ok(SET_NORM, { s: 'FACEBOOK', m: 240, b: true });
    const signal = await record({ receivedAt: '2025-12-24T16:00:00+01:00' });
    expect(signal.firstReplyDueAt).toBe(iso('2025-12-29T11:30:00+01:00'));
  });

  it('counts wall-clock office hours across the DST weekends of March and October', async () => {
    await officeHoursMonToFri();
    await editor.ok(SET_NORM, { s: 'FACEBOOK', m: 240, b: true });
    const spring = await record({ receivedAt: '2026-03-27T16:00:00+01:00' });
    expect(spring.firstReplyDueAt).toBe(iso('2026-03-30T11:30:00+02:00'));
    const autumn = await record({ receivedAt: '2026-10-23T16:00:00+02:00' });
    expect(autumn.firstReplyDueAt).toBe(iso('2026-10-26T11:30:00+01:00'));
  });

  it('skips the public holidays of the planning country, Belgian ones when it is Belgium', async () => {
    await officeHoursMonToFri();
    await editor.ok(SET_NORM, { s: 'FACEBOOK', m: 240, b: true });
    const admin = (await loggedIn(api, 'ADMIN')).client;
    const SETTINGS = `mutation($v: Int!, $c: String!) { updatePlanningSettings(expectedVersion: $v, input: { country: $c }) { version } }`;
    const { planningSettings } = await admin.ok<{ planningSettings: { version: number } }>(
      'query { planningSettings { version } }',
    );
    const be = await admin.ok<{ updatePlanningSettings: { version: number } }>(SETTINGS, {
      v: planningSettings.version,
      c: 'BE',
    });
    try {
      // 21 July is Belgium's national day, a working day in the Netherlands.
      const signal = await record({ receivedAt: '2026-07-20T16:00:00+02:00' });
      expect(signal.firstReplyDueAt).toBe(iso('2026-07-22T11:30:00+02:00'));
    } finally {
      await admin.ok(SETTINGS, { v: be.updatePlanningSettings.version, c: 'NL' });
    }
    const dutch = await record({ receivedAt: '2026-07-20T16:00:00+02:00' });
    expect(dutch.firstReplyDueAt).toBe(iso('2026-07-21T11:30:00+02:00'));
  });

  it('gives e-mail two working days and phone notes one by default, and none to a signal that needs no reply', async () => {
    await officeHoursMonToFri();
    const norms = await member.ok<{ responseNorms: { source: string; minutes: number; businessHoursOnly: boolean }[] }>(
      'query { responseNorms { source minutes businessHoursOnly } }',
    );
    expect(norms.responseNorms.map((n) => n.source)).toHaveLength(16);
    expect(norms.responseNorms.find((n) => n.source === 'EMAIL')).toEqual({
      source: 'EMAIL',
      minutes: 1020,
      businessHoursOnly: true,
    });
    const email = await record({ source: 'EMAIL', receivedAt: '2025-12-22T10:00:00+01:00' });
    expect(email.firstReplyDueAt).toBe(iso('2025-12-24T10:00:00+01:00'));
    const phone = await record({ source: 'PHONE', receivedAt: '2025-12-24T10:00:00+01:00' });
    expect(phone.firstReplyDueAt).toBe(iso('2025-12-29T10:00:00+01:00'));
    const praise = await record({
      body: 'Fijne bibliotheek!',
      needsReply: false,
      receivedAt: '2025-12-22T10:00:00+01:00',
    });
    expect(praise.firstReplyDueAt).toBeNull();
    expect(praise.slaState).toBeNull();
    // Triage finds it needs a reply after all: it is due as it would have been on arrival.
    const { triageSignal } = await member.ok<{ triageSignal: S }>(
      `mutation($id: ID!, $v: Int!) { triageSignal(id: $id, expectedVersion: $v, input: { needsReply: true }) { ${SIGNAL_FIELDS} } }`,
      { id: praise.id, v: praise.version },
    );
    expect(triageSignal.firstReplyDueAt).toBe(iso('2025-12-22T14:00:00+01:00'));
  });

  it('gives new signals the crisis norm of 30 calendar minutes while crisis mode is on, and marks them', async () => {
    await editor.ok(CRISIS, { a: true, r: 'Grote brand bij het industrieterrein' });
    try {
      const signal = await record({ body: 'Rook boven de wijk', receivedAt: '2025-12-20T22:10:00+01:00' });
      expect(signal.crisis).toBe(true);
      expect(signal.firstReplyDueAt).toBe(iso('2025-12-20T22:40:00+01:00'));

      const { webcareSettings } = await member.ok<{ webcareSettings: { version: number; crisisMinutes: number } }>(
        'query { webcareSettings { version crisisMinutes } }',
      );
      expect(webcareSettings.crisisMinutes).toBe(30);
      await editor.ok(
        'mutation($v: Int!) { updateWebcareSettings(expectedVersion: $v, crisisMinutes: 45) { version } }',
        {
          v: webcareSettings.version,
        },
      );
      const later = await record({ body: 'Nog steeds rook', receivedAt: '2025-12-20T22:10:00+01:00' });
      expect(later.firstReplyDueAt).toBe(iso('2025-12-20T22:55:00+01:00'));
      const stale = await editor.gql(
        'mutation($v: Int!) { updateWebcareSettings(expectedVersion: $v, crisisMinutes: 30) { version } }',
        {
          v: webcareSettings.version,
        },
      );
      expect(stale.errors?.[0].extensions.code).toBe('VERSION_CONFLICT');

      // The crisis view: both signals in the 22:00 hour, both waiting, one in a topic.
      const [{ id: topicId }] = await api.db.query(
        `INSERT INTO topics (title, signal_count) VALUES ('Brand industrieterrein', 1) RETURNING id`,
      );
      await api.db.query('UPDATE signals SET topic_id = $1 WHERE id = $2', [topicId, later.id]);
      const { crisisOverview } = await member.ok<{
        crisisOverview: {
          signals: number;
          waiting: number;
          perHour: { hour: string; count: number }[];
          topTopics: { topic: { id: string; title: string }; count: number }[];
        };
      }>(
        'query($f: DateTime, $t: DateTime) { crisisOverview(from: $f, to: $t) { signals waiting perHour { hour count } topTopics { topic { id title } count } } }',
        { f: '2025-12-20T21:00:00+01:00', t: '2025-12-21T00:00:00+01:00' },
      );
      expect(crisisOverview).toEqual({
        signals: 2,
        waiting: 2,
        perHour: [
          { hour: iso('2025-12-20T21:00:00+01:00'), count: 0 },
          { hour: iso('2025-12-20T22:00:00+01:00'), count: 2 },
          { hour: iso('2025-12-20T23:00:00+01:00'), count: 0 },
        ],
        topTopics: [{ topic: { id: topicId, title: 'Brand industrieterrein' }, count: 1 }],
      });
    } finally {
      await editor.ok(CRISIS, { a: false, r: 'Brand onder controle' });
    }
    const after = await record({ receivedAt: '2025-12-20T22:10:00+01:00' });
    expect(after.crisis).toBe(false);
  });
});

describe('replies', () => {
  it('record calendar and office minutes, set the first reply and pick the signal up', async () => {
    await officeHoursMonToFri();
    await editor.ok(SET_NORM, { s: 'FACEBOOK', m: 240, b: true });
    const signal = await record({ receivedAt: '2025-12-19T16:00:00+01:00' });
    expect(signal.status).toBe('NEW');
    expect(signal.overdue).toBe(true);
    expect(signal.slaState).toBe('RED');
    const { replyToSignal } = await member.ok<{ replyToSignal: S }>(REPLY, {
      id: signal.id,
      v: signal.version,
      b: 'Dank voor uw melding, we sturen iemand langs.',
      u: 'https://www.facebook.com/lindeveld/posts/1?comment_id=2',
      at: '2025-12-22T09:00:00+01:00',
    });
    expect(replyToSignal.status).toBe('IN_PROGRESS');
    expect(replyToSignal.version).toBe(signal.version + 1);
    expect(replyToSignal.firstReplyAt).toBe(iso('2025-12-22T09:00:00+01:00'));
    expect(replyToSignal.overdue).toBe(false);
    expect(replyToSignal.slaState).toBeNull();
    expect(replyToSignal.replies).toHaveLength(1);
    // Friday 16:00 to Monday 09:00: 2 days and 17 hours; in office time Friday's last hour and Monday's first half hour.
    expect(replyToSignal.replies[0]).toMatchObject({ minutes: 2 * 1440 + 17 * 60, officeMinutes: 90 });

    const second = await member.ok<{ replyToSignal: S }>(REPLY, {
      id: signal.id,
      v: replyToSignal.version,
      b: 'Het is inmiddels gemaakt.',
      at: '2025-12-23T12:00:00+01:00',
    });
    expect(second.replyToSignal.firstReplyAt).toBe(iso('2025-12-22T09:00:00+01:00'));
    expect(second.replyToSignal.replies.map((r) => r.body)).toEqual([
      'Dank voor uw melding, we sturen iemand langs.',
      'Het is inmiddels gemaakt.',
    ]);
  });

  it('default to now, and refuse a reply before the signal, in the future, empty, or with an unknown template', async () => {
    const signal = await record({ receivedAt: '2025-12-19T16:00:00+01:00' });
    const before = await member.gql(REPLY, {
      id: signal.id,
      v: signal.version,
      b: 'Ja',
      at: '2025-12-19T15:59:00+01:00',
    });
    expect(fieldsOf(before)).toHaveProperty('sentAt');
    const future = new Date(Date.now() + 3600_000).toISOString();
    expect(fieldsOf(await member.gql(REPLY, { id: signal.id, v: signal.version, b: 'Ja', at: future }))).toHaveProperty(
      'sentAt',
    );
    expect(fieldsOf(await member.gql(REPLY, { id: signal.id, v: signal.version, b: '  ' }))).toHaveProperty('body');
    const unknown = await member.gql(REPLY, {
      id: signal.id,
      v: signal.version,
      b: 'Ja',
      t: '00000000-0000-4000-8000-000000000000',
    });
    expect(fieldsOf(unknown)).toHaveProperty('templateId');

    const started = Date.now();
    const { replyToSignal } = await member.ok<{ replyToSignal: S }>(REPLY, {
      id: signal.id,
      v: signal.version,
      b: 'Ja',
    });
    expect(new Date(replyToSignal.replies[0].sentAt).getTime()).toBeGreaterThanOrEqual(started - 1000);
  });

  it('answer VERSION_CONFLICT when the signal changed meanwhile, and store nothing', async () => {
    const signal = await record({ receivedAt: '2025-12-19T16:00:00+01:00' });
    await member.ok(REPLY, { id: signal.id, v: signal.version, b: 'Eerste antwoord' });
    const stale = await member.gql(REPLY, { id: signal.id, v: signal.version, b: 'Tweede antwoord' });
    expect(stale.errors?.[0].extensions).toMatchObject({
      code: 'VERSION_CONFLICT',
      currentVersion: signal.version + 1,
    });
    const { signal: now } = await member.ok<{ signal: S }>(`query($id: ID!) { signal(id: $id) { ${SIGNAL_FIELDS} } }`, {
      id: signal.id,
    });
    expect(now.replies.map((r) => r.body)).toEqual(['Eerste antwoord']);
  });
});

describe('the webcare queue', () => {
  it('lists what needs a first reply, soonest due first, without answered, unneeded or dismissed signals', async () => {
    await officeHoursMonToFri();
    await editor.ok(SET_NORM, { s: 'FACEBOOK', m: 240, b: true });
    const late = await record({ receivedAt: '2025-12-24T16:00:00+01:00' }); // due 29 December 11:30
    const soon = await record({ receivedAt: '2025-12-19T16:00:00+01:00' }); // due 22 December 11:30
    const middle = await record({ source: 'EMAIL', receivedAt: '2025-12-22T10:00:00+01:00' }); // due 24 December 10:00
    const fresh = await record({ body: 'Wanneer wordt de container geleegd?' }); // now
    const unneeded = await record({ needsReply: false, receivedAt: '2025-12-19T15:00:00+01:00' });
    const answered = await record({ receivedAt: '2025-12-19T15:00:00+01:00' });
    await member.ok(REPLY, { id: answered.id, v: answered.version, b: 'Dank u' });
    const dismissed = await record({ receivedAt: '2025-12-19T15:00:00+01:00' });
    await member.ok(
      'mutation($id: ID!, $v: Int!) { dismissSignal(id: $id, expectedVersion: $v, reason: "Reclame") { id } }',
      {
        id: dismissed.id,
        v: dismissed.version,
      },
    );
    const done = await record({ receivedAt: '2025-12-19T15:00:00+01:00' });
    const picked = await member.ok<{ triageSignal: { version: number } }>(
      'mutation($id: ID!, $v: Int!) { triageSignal(id: $id, expectedVersion: $v, input: { priority: LOW }) { version } }',
      { id: done.id, v: done.version },
    );
    await member.ok('mutation($id: ID!, $v: Int!) { completeSignal(id: $id, expectedVersion: $v) { id } }', {
      id: done.id,
      v: picked.triageSignal.version,
    });

    const { webcareQueue } = await member.ok<{ webcareQueue: { id: string; firstReplyDueAt: string }[] }>(QUEUE);
    const mine = [late, soon, middle, fresh, unneeded, answered, dismissed, done].map((s) => s.id);
    expect(webcareQueue.map((s) => s.id).filter((id) => mine.includes(id))).toEqual([
      soon.id,
      middle.id,
      late.id,
      fresh.id,
    ]);
    const due = webcareQueue.map((s) => s.firstReplyDueAt);
    expect([...due].sort()).toEqual(due);
    expect(fresh.slaState).toBe('GREEN');
    expect(new Date(fresh.slaWarnAt!).getTime()).toBeLessThan(new Date(fresh.firstReplyDueAt!).getTime());
  });

  it('is the media team’s: a liaison gets FORBIDDEN, and only editors change the settings', async () => {
    const liaison = (await loggedIn(api, 'LIAISON')).client;
    expect((await liaison.gql(QUEUE)).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await liaison.gql('query { replyTemplates { id } }')).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await member.gql(SET_HOURS, { d: WEEKDAYS })).errors?.[0].extensions.code).toBe('FORBIDDEN');
    expect((await member.gql(SET_NORM, { s: 'X', m: 60, b: true })).errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('settings', () => {
  it('refuse office hours that are no times, close before they open, or name a weekday twice or out of range', async () => {
    const res = await editor.gql(SET_HOURS, {
      d: [
        { weekday: 8, opens: '08:30', closes: '17:00' },
        { weekday: 2, opens: '8.30', closes: '17:00' },
        { weekday: 3, opens: '17:00', closes: '09:00' },
        { weekday: 3, opens: '09:00' },
      ],
    });
    expect(Object.keys(fieldsOf(res)).sort()).toEqual([
      'days.0.weekday',
      'days.1.opens',
      'days.2.closes',
      'days.3.closes',
      'days.3.weekday',
    ]);
    const { officeHours } = await member.ok<{ officeHours: { weekday: number; opens: string | null }[] }>(
      'query { officeHours { weekday opens closes } }',
    );
    expect(officeHours.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuse a norm of no minutes', async () => {
    expect(fieldsOf(await editor.gql(SET_NORM, { s: 'X', m: 0, b: true }))).toHaveProperty('minutes');
  });

  it('keep templates with known placeholders and fill them in for a signal', async () => {
    const theme = await makeTheme(api, 'Afval');
    const CREATE = `mutation($n: String!, $b: String!, $t: [ID!]) { createReplyTemplate(name: $n, body: $b, themeIds: $t) { id version name body active themes { id } } }`;
    const bad = await editor.gql(CREATE, { n: 'Dank', b: 'Beste {naam}, zie {link}' });
    expect(fieldsOf(bad)).toHaveProperty('body');
    const { createReplyTemplate: template } = await editor.ok<{
      createReplyTemplate: { id: string; version: number; themes: { id: string }[] };
    }>(CREATE, { n: 'Melding ontvangen', b: 'Beste {naam}, dank voor uw bericht over {onderwerp}.', t: [theme.id] });
    expect(template.themes).toEqual([{ id: theme.id }]);

    const signal = await record({
      authorName: 'Fatima',
      themeIds: [theme.id],
      receivedAt: '2025-12-19T16:00:00+01:00',
    });
    const { replyDraft } = await member.ok<{ replyDraft: string }>(
      'query($t: ID!, $s: ID!) { replyDraft(templateId: $t, signalId: $s) }',
      { t: template.id, s: signal.id },
    );
    expect(replyDraft).toBe('Beste Fatima, dank voor uw bericht over afval.');

    const UPDATE = `mutation($id: ID!, $v: Int!, $n: String, $a: Boolean) { updateReplyTemplate(id: $id, expectedVersion: $v, name: $n, active: $a) { version active } }`;
    const updated = await editor.ok<{ updateReplyTemplate: { version: number; active: boolean } }>(UPDATE, {
      id: template.id,
      v: template.version,
      a: false,
    });
    expect(updated.updateReplyTemplate).toEqual({ version: template.version + 1, active: false });
    const stale = await editor.gql(UPDATE, { id: template.id, v: template.version, n: 'Anders' });
    expect(stale.errors?.[0].extensions.code).toBe('VERSION_CONFLICT');
    const { replyTemplates } = await member.ok<{ replyTemplates: { id: string }[] }>(
      'query { replyTemplates(active: true) { id } }',
    );
    expect(replyTemplates.map((t) => t.id)).not.toContain(template.id);
  });
});

describe('the on-call roster', () => {
  const SHIFT = `mutation($u: ID!, $s: DateTime!, $e: DateTime!) { createOnCallShift(userId: $u, startsAt: $s, endsAt: $e) { id startsAt endsAt user { id } } }`;

  it('refuses a shift that ends before it starts, and one for a liaison', async () => {
    const person = await loggedIn(api, 'MEMBER');
    const liaison = await loggedIn(api, 'LIAISON');
    const backwards = await editor.gql(SHIFT, {
      u: person.user.id,
      s: '2031-01-03T17:00:00+01:00',
      e: '2031-01-03T17:00:00+01:00',
    });
    expect(fieldsOf(backwards)).toHaveProperty('endsAt');
    const notTeam = await editor.gql(SHIFT, {
      u: liaison.user.id,
      s: '2031-01-03T17:00:00+01:00',
      e: '2031-01-06T08:30:00+01:00',
    });
    expect(fieldsOf(notTeam)).toHaveProperty('userId');
  });

  it('says who is on call, and tells them once about urgent and overdue signals outside office hours', async () => {
    await officeHoursMonToFri();
    await editor.ok(SET_NORM, { s: 'PHONE', m: 30, b: false });
    const onCall = await loggedIn(api, 'MEMBER');
    const { createOnCallShift: shift } = await editor.ok<{ createOnCallShift: { id: string; user: { id: string } } }>(
      SHIFT,
      { u: onCall.user.id, s: '2025-12-19T17:00:00+01:00', e: '2025-12-22T08:30:00+01:00' },
    );
    const KEYED = `mutation($u: ID!, $s: DateTime!, $e: DateTime!, $k: String) { createOnCallShift(userId: $u, startsAt: $s, endsAt: $e, idempotencyKey: $k) { id } }`;
    const keyed = {
      u: onCall.user.id,
      s: '2025-12-26T17:00:00+01:00',
      e: '2025-12-29T08:30:00+01:00',
      k: `piket-${shift.id}`,
    };
    const first = await editor.ok<{ createOnCallShift: { id: string } }>(KEYED, keyed);
    const again = await editor.ok<{ createOnCallShift: { id: string } }>(KEYED, keyed);
    expect(again.createOnCallShift.id).toBe(first.createOnCallShift.id);
    const { onCallRoster } = await member.ok<{ onCallRoster: { id: string }[] }>(
      'query($f: DateTime!, $t: DateTime!) { onCallRoster(from: $f, to: $t) { id } }',
      { f: '2025-12-19T00:00:00+01:00', t: '2026-01-01T00:00:00+01:00' },
    );
    expect(onCallRoster.map((s) => s.id)).toEqual([shift.id, first.createOnCallShift.id]);

    const ON_CALL = 'query($at: DateTime) { onCall(at: $at) { id user { id } } }';
    const saturday = await member.ok<{ onCall: { id: string }[] }>(ON_CALL, { at: '2025-12-20T11:00:00+01:00' });
    expect(saturday.onCall.map((s) => s.id)).toContain(shift.id);
    const monday = await member.ok<{ onCall: { id: string }[] }>(ON_CALL, { at: '2025-12-22T10:00:00+01:00' });
    expect(monday.onCall.map((s) => s.id)).not.toContain(shift.id);

    const urgent = await record({
      body: 'Waterleiding gesprongen',
      priority: 'URGENT',
      receivedAt: '2025-12-20T10:40:00+01:00',
    });
    const overdue = await record({ source: 'PHONE', body: 'Boom op de weg', receivedAt: '2025-12-20T10:00:00+01:00' });
    const waiting = await record({ body: 'Wanneer is de markt?', receivedAt: '2025-12-20T10:50:00+01:00' });
    const webcare = api.app.get(WebcareService);
    // In office hours nobody is called.
    expect(await webcare.alertOnCall(new Date('2025-12-22T10:00:00+01:00'))).toBe(0);

    await webcare.alertOnCall(new Date('2025-12-20T11:00:00+01:00'));
    await webcare.alertOnCall(new Date('2025-12-20T11:05:00+01:00'));
    const { myNotifications } = await onCall.client.ok<{
      myNotifications: { kind: string; entityType: string; entityId: string; outcome: string }[];
    }>('query { myNotifications { kind entityType entityId outcome } }');
    const about = (id: string) => myNotifications.filter((n) => n.entityId === id);
    expect(about(urgent.id)).toEqual([
      { kind: 'WEBCARE_ON_CALL', entityType: 'Signal', entityId: urgent.id, outcome: 'URGENT' },
    ]);
    expect(about(overdue.id)).toEqual([
      { kind: 'WEBCARE_ON_CALL', entityType: 'Signal', entityId: overdue.id, outcome: 'OVERDUE' },
    ]);
    expect(about(waiting.id)).toEqual([]);

    expect(await editor.ok('mutation($id: ID!) { deleteOnCallShift(id: $id) }', { id: shift.id })).toEqual({
      deleteOnCallShift: true,
    });
    const gone = await member.ok<{ onCall: { id: string }[] }>(ON_CALL, { at: '2025-12-20T11:00:00+01:00' });
    expect(gone.onCall.map((s) => s.id)).not.toContain(shift.id);
  });
});
