import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import { Jobs } from '@planbord/api-core';
import { EMAIL_DIGEST_JOB, EmailService } from '@planbord/api-integrations';
import { Client, eventually, loggedIn, localTime, makeDepartment, startApi, type TestApi } from './harness';

const PUBLIC_URL = 'https://planbord.example.test';

/** A real mail server on a free port, keeping what arrives; it refuses the first e-mail to an address in `refuseOnce`. */
class MailServer {
  readonly received: ParsedMail[] = [];
  /** Tries per recipient address, refused ones included. */
  readonly attempts = new Map<string, number>();
  readonly refuseOnce = new Set<string>();
  /** While set, the server takes an e-mail in but answers only once the promise settles. */
  hold: Promise<void> | null = null;
  private readonly server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => void this.answer(Buffer.concat(chunks), session.envelope.rcptTo, callback));
    },
  });

  private async answer(
    message: Buffer,
    recipients: { address: string }[],
    callback: (error?: Error | null) => void,
  ): Promise<void> {
    await this.hold;
    for (const rcpt of recipients) this.attempts.set(rcpt.address, (this.attempts.get(rcpt.address) ?? 0) + 1);
    const refused = recipients.find((rcpt) => this.refuseOnce.delete(rcpt.address));
    if (refused) {
      callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
      return;
    }
    try {
      this.received.push(await simpleParser(message));
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  async start(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', () => resolve()));
    return (this.server.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  to(address: string): ParsedMail[] {
    return this.received.filter((mail) => addressesOf(mail).includes(address));
  }
}

function addressesOf(mail: ParsedMail): string[] {
  const to = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
  return to.flatMap((group) => group.value.map((entry) => entry.address ?? ''));
}

const CREATE = 'mutation($i: EventInput!) { createEvent(input: $i) { id } }';
const ASSIGN = 'mutation($i: AssignInput!) { assign(input: $i) { id } }';
const PREFERENCES = 'query { emailPreferences { version digest serverConfigured kinds { kind enabled } } }';
const UPDATE = `mutation($i: EmailPreferencesInput!, $v: Int!) {
  updateEmailPreferences(input: $i, expectedVersion: $v) { version digest serverConfigured kinds { kind enabled } }
}`;
const ALL_KINDS = [
  'ASSIGNED',
  'REVIEW_REQUESTED',
  'CHANGES_REQUESTED',
  'REQUEST_DECIDED',
  'NEWSROOM_QUESTION',
  'WEBCARE_ON_CALL',
];

interface Preferences {
  version: number;
  digest: boolean;
  serverConfigured: boolean;
  kinds: { kind: string; enabled: boolean }[];
}

let api: TestApi;
let mail: MailServer;
let editor: Client;

beforeAll(async () => {
  mail = new MailServer();
  const port = await mail.start();
  api = await startApi({
    SMTP_URL: `smtp://127.0.0.1:${port}`,
    PUBLIC_URL,
    MAIL_FROM: 'Planbord <planbord@example.test>',
  });
  editor = (await loggedIn(api, 'EDITOR', { name: 'Eva Redacteur' })).client;
});
afterAll(async () => {
  await api.close();
  await mail.close();
});

/** An event in the team's calendar with `userId` assigned to cover it. */
async function assignedTo(userId: string, title: string): Promise<string> {
  const start = localTime(40);
  const { createEvent } = await editor.ok<{ createEvent: { id: string } }>(CREATE, {
    i: { title, startsAt: start, endsAt: new Date(start.getTime() + 3600_000) },
  });
  await editor.ok(ASSIGN, { i: { eventId: createEvent.id, userId, role: 'COVER' } });
  return createEvent.id;
}

/** The e-mails queued for an address: the notice's listener has queued them by the time the mutation answers. */
async function queuedFor(address: string): Promise<number> {
  const rows: { n: number }[] = await api.db.query(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'email-send' AND data->>'to' = $1`,
    [address],
  );
  return rows[0].n;
}

describe('e-mail notifications', () => {
  it('tell a Dutch and an English person they were assigned, in their own language, as text and HTML with the link', async () => {
    const dutch = await loggedIn(api, 'MEMBER', { name: 'Daan de Vries', locale: 'nl' });
    const english = await loggedIn(api, 'MEMBER', { name: 'Emma Jones', locale: 'en' });
    const title = 'Markt <b>& kraam</b>';
    const nlEvent = await assignedTo(dutch.user.id, title);
    const enEvent = await assignedTo(english.user.id, title);

    const [nl] = await eventually(
      'the Dutch e-mail',
      () => mail.to(dutch.user.email).length > 0 && mail.to(dutch.user.email),
    );
    expect(nl.subject).toBe(`Je bent ingedeeld: ${title}`);
    expect(nl.from?.text).toContain('planbord@example.test');
    expect(nl.text).toContain('Hallo Daan de Vries,');
    expect(nl.text).toContain(`Eva Redacteur heeft je ingedeeld voor ‘${title}’.`);
    expect(nl.text).toContain(`${PUBLIC_URL}/kalender?item=event:${nlEvent}`);
    expect(nl.text).toContain(`${PUBLIC_URL}/account`);
    expect(nl.html).toContain(`href="${PUBLIC_URL}/kalender?item=event:${nlEvent}"`);
    expect(nl.html).toContain('Markt &lt;b&gt;&amp; kraam&lt;/b&gt;');
    expect(nl.html).not.toContain('<b>&');
    expect(nl.html).toContain('Mijn account');

    const [en] = await eventually(
      'the English e-mail',
      () => mail.to(english.user.email).length > 0 && mail.to(english.user.email),
    );
    expect(en.subject).toBe(`You were assigned: ${title}`);
    expect(en.text).toContain('Hello Emma Jones,');
    expect(en.text).toContain(`Eva Redacteur assigned you to ‘${title}’.`);
    expect(en.text).toContain(`${PUBLIC_URL}/kalender?item=event:${enEvent}`);
    expect(en.html).toContain(`href="${PUBLIC_URL}/kalender?item=event:${enEvent}"`);
    expect(en.html).toContain('My account');
  });

  it('are chosen per person: every kind their role can receive by default, versioned, and a kind switched off sends none', async () => {
    const member = await loggedIn(api, 'MEMBER');
    const initial = (await member.client.ok<{ emailPreferences: Preferences }>(PREFERENCES)).emailPreferences;
    // The newsroom's questions go to liaisons; the media team is offered the rest.
    const teamKinds = ALL_KINDS.filter((kind) => kind !== 'NEWSROOM_QUESTION');
    expect(initial).toEqual({
      version: 0,
      digest: false,
      serverConfigured: true,
      kinds: teamKinds.map((kind) => ({ kind, enabled: true })),
    });
    const liaison = (await loggedIn(api, 'LIAISON')).client;
    const { emailPreferences } = await liaison.ok<{ emailPreferences: Preferences }>(PREFERENCES);
    expect(emailPreferences.kinds).toEqual([
      { kind: 'REQUEST_DECIDED', enabled: true },
      { kind: 'NEWSROOM_QUESTION', enabled: true },
    ]);

    const others = ALL_KINDS.filter((kind) => kind !== 'ASSIGNED');
    const saved = (
      await member.client.ok<{ updateEmailPreferences: Preferences }>(UPDATE, {
        i: { enabledKinds: others, digest: false },
        v: 0,
      })
    ).updateEmailPreferences;
    expect(saved.version).toBe(1);
    expect(saved.kinds.find((k) => k.kind === 'ASSIGNED')?.enabled).toBe(false);

    const stale = await member.client.gql(UPDATE, { i: { enabledKinds: ALL_KINDS, digest: false }, v: 0 });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'VERSION_CONFLICT', currentVersion: 1 });
    const bad = await member.client.gql(UPDATE, { i: { enabledKinds: ['EVERYTHING'], digest: false }, v: 1 });
    expect(bad.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(bad.errors?.[0].extensions.fields as object)).toEqual(['enabledKinds']);

    await assignedTo(member.user.id, 'Nieuwjaarsreceptie');
    expect(await queuedFor(member.user.email)).toBe(0);
    const kept: unknown[] = await api.db.query('SELECT 1 FROM email_digest_items WHERE user_id = $1', [member.user.id]);
    expect(kept).toHaveLength(0);
    const again = (await member.client.ok<{ emailPreferences: Preferences }>(PREFERENCES)).emailPreferences;
    expect(again).toEqual(saved);
  });

  it('collect a day into one digest e-mail when a person chose the digest', async () => {
    const member = await loggedIn(api, 'MEMBER', { name: 'Sanne Bakker' });
    await member.client.ok(UPDATE, { i: { enabledKinds: ALL_KINDS, digest: true }, v: 0 });
    const first = await assignedTo(member.user.id, 'Opening bibliotheek');
    const second = await assignedTo(member.user.id, 'Sportgala');
    expect(await queuedFor(member.user.email)).toBe(0);

    await api.app.get(Jobs).trigger(EMAIL_DIGEST_JOB);
    const [digest] = await eventually(
      'the digest',
      () => mail.to(member.user.email).length > 0 && mail.to(member.user.email),
    );
    expect(digest.subject).toBe('Planbord: 2 meldingen sinds gisteren');
    expect(digest.text).toContain('Eva Redacteur heeft je ingedeeld voor ‘Opening bibliotheek’.');
    expect(digest.text).toContain('Eva Redacteur heeft je ingedeeld voor ‘Sportgala’.');
    expect(digest.text).toContain(`${PUBLIC_URL}/kalender?item=event:${first}`);
    expect(digest.html).toContain(`href="${PUBLIC_URL}/kalender?item=event:${second}"`);
    await eventually('the kept notifications to be gone', async () => {
      const kept: unknown[] = await api.db.query('SELECT 1 FROM email_digest_items WHERE user_id = $1', [
        member.user.id,
      ]);
      return kept.length === 0;
    });

    // Nothing new since: the next digest sends this person nothing.
    await api.app.get(EmailService).sendDigests();
    expect(await queuedFor(member.user.email)).toBe(1);
    expect(mail.to(member.user.email)).toHaveLength(1);
  });

  it("tell a task's owner and a department's liaisons about the newsroom's work, never quoting the resident", async () => {
    const member = await loggedIn(api, 'MEMBER', { name: 'Noor Visser' });
    const owner = await loggedIn(api, 'MEMBER', { locale: 'en' });
    const department = await makeDepartment(api);
    const liaison = await loggedIn(api, 'LIAISON', { departmentId: department.id });
    const resident = {
      authorName: 'Jan Pietersen',
      authorHandle: '@janpietersen',
      body: 'Losse stoeptegel bij Kerkstraat 8',
    };
    const { recordSignal } = await member.client.ok<{ recordSignal: { id: string } }>(
      'mutation($i: SignalInput!) { recordSignal(input: $i) { id } }',
      { i: { source: 'FACEBOOK', receivedAt: '2025-11-03T09:00:00Z', ...resident } },
    );
    const DECIDE = 'mutation($i: DecisionInput!) { decide(input: $i) { id } }';
    await member.client.ok(DECIDE, {
      i: { signalId: recordSignal.id, kind: 'REQUEST_DATA', ownerId: owner.user.id, dueAt: '2031-06-06T10:00:00Z' },
    });
    await member.client.ok(DECIDE, {
      i: {
        signalId: recordSignal.id,
        kind: 'INFORM_COLLEAGUE',
        departmentId: department.id,
        dueAt: '2031-06-05T15:00:00Z',
        note: 'Kunnen jullie deze tegel vastleggen?',
      },
    });

    const [task] = await eventually(
      'the task e-mail',
      () => mail.to(owner.user.email).length > 0 && mail.to(owner.user.email),
    );
    expect(task.subject).toBe('You were assigned: a signal');
    expect(task.text).toContain(`${PUBLIC_URL}/nieuwsroom?signaal=${recordSignal.id}`);
    const [question] = await eventually(
      'the question e-mail',
      () => mail.to(liaison.user.email).length > 0 && mail.to(liaison.user.email),
    );
    expect(question.subject).toBe('Vraag van de nieuwsredactie: Kunnen jullie deze tegel vastleggen?');
    expect(question.text).toContain(`${PUBLIC_URL}/aanvragen`);
    for (const sent of [task, question])
      for (const words of [resident.authorName, resident.authorHandle, 'Kerkstraat']) {
        expect(sent.subject).not.toContain(words);
        expect(sent.text).not.toContain(words);
        expect(sent.html).not.toContain(words);
      }
  });

  it('tell a liaison that their request was accepted, linking to the request', async () => {
    const liaison = await loggedIn(api, 'LIAISON', { locale: 'en' });
    const start = localTime(40);
    const { submitEventRequest } = await liaison.client.ok<{ submitEventRequest: { id: string; version: number } }>(
      'mutation($i: EventRequestInput!) { submitEventRequest(input: $i) { id version } }',
      { i: { title: 'Buurtfeest Oost', startsAt: start, endsAt: new Date(start.getTime() + 3600_000) } },
    );
    await editor.ok(
      'mutation($id: ID!, $v: Int!) { decideEventRequest(id: $id, expectedVersion: $v, accept: true) { id } }',
      {
        id: submitEventRequest.id,
        v: submitEventRequest.version,
      },
    );
    const [decided] = await eventually(
      'the decision e-mail',
      () => mail.to(liaison.user.email).length > 0 && mail.to(liaison.user.email),
    );
    expect(decided.subject).toBe('Your request was decided: Buurtfeest Oost');
    expect(decided.text).toContain('Eva Redacteur accepted your request ‘Buurtfeest Oost’.');
    expect(decided.text).toContain(`${PUBLIC_URL}/aanvragen?aanvraag=${submitEventRequest.id}`);
  });

  it('leave the mutation that caused them answering at once, however slow the mail server is', async () => {
    const member = await loggedIn(api, 'MEMBER');
    let release = () => undefined as void;
    mail.hold = new Promise<void>((resolve) => (release = resolve));
    try {
      await assignedTo(member.user.id, 'Intocht Sinterklaas');
      expect(mail.to(member.user.email)).toHaveLength(0);
    } finally {
      release();
      mail.hold = null;
    }
    await eventually('the held e-mail', () => mail.to(member.user.email).length === 1);
  });

  it('reach a mail server that refused the first try, on a later try', async () => {
    const member = await loggedIn(api, 'MEMBER');
    mail.refuseOnce.add(member.user.email);
    await assignedTo(member.user.id, 'Dodenherdenking');
    const [arrived] = await eventually(
      'the e-mail on a later try',
      () => mail.to(member.user.email).length > 0 && mail.to(member.user.email),
      60_000,
    );
    expect(arrived.subject).toBe('Je bent ingedeeld: Dodenherdenking');
    expect(mail.attempts.get(member.user.email)).toBe(2);
  }, 90_000);
});

describe('without SMTP_URL', () => {
  let quiet: TestApi;
  beforeAll(async () => {
    quiet = await startApi();
  });
  afterAll(() => quiet.close());

  it('no e-mail is queued or kept, and people are told the server sends none', async () => {
    const boss = (await loggedIn(quiet, 'EDITOR')).client;
    const member = await loggedIn(quiet, 'MEMBER');
    const start = localTime(40);
    const { createEvent } = await boss.ok<{ createEvent: { id: string } }>(CREATE, {
      i: { title: 'Stil evenement', startsAt: start, endsAt: new Date(start.getTime() + 3600_000) },
    });
    await boss.ok(ASSIGN, { i: { eventId: createEvent.id, userId: member.user.id, role: 'COVER' } });

    const jobs: unknown[] = await quiet.db.query(`SELECT 1 FROM pgboss.job WHERE name LIKE 'email-%'`);
    expect(jobs).toHaveLength(0);
    const kept: unknown[] = await quiet.db.query('SELECT 1 FROM email_digest_items');
    expect(kept).toHaveLength(0);
    const { emailPreferences } = await member.client.ok<{ emailPreferences: Preferences }>(PREFERENCES);
    expect(emailPreferences.serverConfigured).toBe(false);
  });
});
