import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { organisationExport, restoreOrganisation } from '../src/organisation-export';
import { seedDemo } from '../src/seed/demo-seed';
import { seedNewsroomDemo } from '../src/seed/newsroom-seed';
import { seedPlanningDemo } from '../src/seed/planning-seed';
import { seedPublishingDemo } from '../src/seed/publishing-seed';
import { Client, loggedIn, makeDepartment, ORG_TIME_ZONE, startApi, type TestApi } from './harness';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api.close();
});

const CREATE = `mutation($i: EventInput!) { createEvent(input: $i) { id } }`;

async function download(client: Client | null, path: string): Promise<Response> {
  return fetch(`${api.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
}

describe('the calendar as a spreadsheet', () => {
  it('gives what the calendar shows as Dutch CSV: semicolons, dd-mm-jjjj, local times across the change to summer time', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const department = await makeDepartment(api);
    await member.ok(CREATE, {
      i: {
        title: 'Opening "De Brug"; met wethouder',
        startsAt: '2031-03-29T08:30:00.000Z', // Saturday 29 March, 09:30 in winter time
        endsAt: '2031-03-29T10:00:00.000Z', // 11:00
        location: 'Markt 1',
        departmentId: department.id,
      },
    });
    await member.ok(CREATE, {
      i: {
        title: '=HYPERLINK("http://example.org")',
        startsAt: '2031-03-31T07:00:00.000Z', // Monday 31 March, 09:00 in summer time
        endsAt: '2031-03-31T08:00:00.000Z',
      },
    });
    await member.ok(CREATE, {
      i: {
        title: 'Koningsdag',
        allDay: true,
        startsAt: '2031-04-25T22:00:00.000Z',
        endsAt: '2031-04-26T22:00:00.000Z',
      },
    });

    const res = await download(member, '/export/calendar.csv?from=2031-03-28T00:00:00Z&to=2031-04-30T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="kalender-2031-03-28.csv"');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe(
      "Soort;Titel;Datum;Begin;Einddatum;Einde;Hele dag;Status;Afdeling;Kanaal;Locatie;Thema's;Mensen;Link",
    );
    const rows = lines.slice(1).filter(Boolean);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatch(
      new RegExp(
        `^Activiteit;"Opening ""De Brug""; met wethouder";29-03-2031;09:30;29-03-2031;11:00;nee;Gepland;${department.name};;Markt 1;;;http://127\\.0\\.0\\.1:\\d+/kalender\\?item=event:`,
      ),
    );
    // A title that starts like a formula stays text in a spreadsheet.
    expect(rows[1]).toMatch(
      /^Activiteit;"'=HYPERLINK\(""http:\/\/example\.org""\)";31-03-2031;09:00;31-03-2031;10:00;nee;/,
    );
    expect(rows[2]).toMatch(/^Activiteit;Koningsdag;26-04-2031;;26-04-2031;;ja;Gepland;/);
  });

  it('keeps to the filters and to what the person may see, and speaks English to an English reader', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER', { locale: 'en' });
    const [press, sport] = [await makeDepartment(api), await makeDepartment(api)];
    for (const [title, department] of [
      ['Persconferentie', press],
      ['Sportgala', sport],
    ] as const)
      await member.ok(CREATE, {
        i: {
          title,
          startsAt: '2032-05-10T10:00:00.000Z',
          endsAt: '2032-05-10T11:00:00.000Z',
          departmentId: department.id,
        },
      });
    const range = 'from=2032-05-01T00:00:00Z&to=2032-06-01T00:00:00Z';
    const filtered = await (await download(member, `/export/calendar.csv?${range}&departmentIds=${press.id}`)).text();
    expect(filtered).toContain('Persconferentie');
    expect(filtered).not.toContain('Sportgala');
    // (fetch's text() reads past the byte-order mark)
    expect(filtered.split('\r\n')[0]).toBe(
      'Kind;Title;Date;Start;End date;End;All day;Status;Department;Channel;Location;Themes;People;Link',
    );
    expect(filtered).toContain(';Planned;');

    // A liaison sees planned events of the organisation, never someone else's request.
    const { client: liaison } = await loggedIn(api, 'LIAISON');
    const { createEvent } = await member.ok<{ createEvent: { id: string } }>(CREATE, {
      i: { title: 'Intern overleg', startsAt: '2032-05-12T10:00:00.000Z', endsAt: '2032-05-12T11:00:00.000Z' },
    });
    expect(createEvent.id).toBeTruthy();
    const theirs = await (await download(liaison, `/export/calendar.csv?${range}`)).text();
    const visible: { title: string }[] = await api.db.query(
      `SELECT title FROM events WHERE starts_at >= '2032-05-01' AND starts_at < '2032-06-01' AND status IN ('PLANNED', 'DONE')`,
    );
    for (const { title } of visible) expect(theirs).toContain(title);
  });

  it('gives an Excel workbook with real dates, a bold frozen header and a filter', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    await member.ok(CREATE, {
      i: { title: 'Raadsvergadering', startsAt: '2033-10-30T18:30:00.000Z', endsAt: '2033-10-30T21:00:00.000Z' },
    });
    const res = await download(member, '/export/calendar.xlsx?from=2033-10-29T00:00:00Z&to=2033-11-01T00:00:00Z');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Kalender')!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Titel');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const row = sheet.getRow(2);
    expect(row.getCell(2).value).toBe('Raadsvergadering');
    // Sunday 30 October 2033, the first day of winter time: 18:30 UTC is 19:30 on the organisation's clock.
    expect(row.getCell(3).value).toEqual(new Date(Date.UTC(2033, 9, 30, 19, 30)));
    expect(row.getCell(3).numFmt).toBe('dd-mm-yyyy');
    expect(row.getCell(4).numFmt).toBe('hh:mm');
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('says what is wrong with a request instead of guessing', async () => {
    const { client: member } = await loggedIn(api, 'MEMBER');
    const missing = await download(member, '/export/calendar.csv?to=2031-01-01T00:00:00Z');
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'BAD_USER_INPUT', fields: { from: { code: 'required' } } });
    const wrong = await download(member, '/export/calendar.csv?from=gisteren&to=2031-01-01T00:00:00Z');
    expect(await wrong.json()).toMatchObject({ fields: { from: { code: 'invalidDate' } } });
    const tooLong = await download(member, '/export/calendar.xlsx?from=2031-01-01T00:00:00Z&to=2033-01-01T00:00:00Z');
    expect(tooLong.status).toBe(400);
    expect((await tooLong.json()).code).toBe('BAD_USER_INPUT');
    expect(
      (await download(member, '/export/calendar.pdf?from=2031-01-01T00:00:00Z&to=2031-02-01T00:00:00Z')).status,
    ).toBe(404);
    expect(
      (await download(null, '/export/calendar.csv?from=2031-01-01T00:00:00Z&to=2031-02-01T00:00:00Z')).status,
    ).toBe(401);
  });
});

describe('the organisation export', () => {
  it('is for administrators only', async () => {
    const { client: editor } = await loggedIn(api, 'EDITOR');
    expect((await download(editor, '/export/organisation.json')).status).toBe(403);
    expect((await download(null, '/export/organisation.json')).status).toBe(401);
  });

  it('restores into an empty database and exports again to the same content, without passwords or sessions', async () => {
    const source = await startApi();
    const target = await startApi();
    try {
      await seedDemo(source.db, 'demo-wachtwoord');
      await seedPlanningDemo(source.app, source.db, ORG_TIME_ZONE);
      await seedPublishingDemo(source.db, ORG_TIME_ZONE);
      await seedNewsroomDemo(source.app, source.db, ORG_TIME_ZONE);
      // More history than one page of the export holds, with text that needs escaping.
      await source.db.query(
        `INSERT INTO audit_entries (entity_type, entity_id, action, after, at)
         SELECT 'Probe', gen_random_uuid(), 'update', jsonb_build_object('note', 'regel ' || n || E'\n"twee"'),
           '2031-01-01T00:00:00Z'::timestamptz + n * interval '1 second'
         FROM generate_series(1, 4500) AS n`,
      );
      const admin = await new Client(source).login('admin@planbord.local', 'demo-wachtwoord');
      // Secrets that sign in stay behind: a token, a feed address, a webhook's secret.
      const { createApiToken } = await admin.ok<{ createApiToken: { token: string } }>(
        'mutation { createApiToken(name: "Rapportage") { token } }',
      );
      const { createCalendarFeed } = await admin.ok<{ createCalendarFeed: { url: string } }>(
        'mutation { createCalendarFeed(scope: ALL) { url } }',
      );
      const { createWebhook } = await admin.ok<{ createWebhook: { secret: string } }>(
        'mutation { createWebhook(url: "https://publicatie.example.org/hook", events: ["post.approved"]) { secret } }',
      );
      const res = await fetch(`${source.url}/export/organisation.json`, { headers: { cookie: admin.cookie! } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(
        /^attachment; filename="planbord-\d{4}-\d{2}-\d{2}\.json"$/,
      );
      const text = await res.text();
      const exported = JSON.parse(text) as { format: string; tables: Record<string, Record<string, unknown>[]> };
      expect(exported.format).toBe('planbord-organisation');
      for (const table of ['users', 'events', 'slots', 'rubrics', 'posts', 'signals', 'audit_entries', 'notifications'])
        expect(exported.tables[table]?.length).toBeGreaterThan(0);
      expect(exported.tables.sessions).toBeUndefined();
      expect(exported.tables.users.every((user) => !('password_hash' in user))).toBe(true);
      expect(text).not.toMatch(/\$argon2id\$/);
      expect(exported.tables.api_tokens).toBeUndefined();
      expect(exported.tables.calendar_feeds).toBeUndefined();
      expect(exported.tables.webhooks).toHaveLength(1);
      for (const secret of [createApiToken.token, createWebhook.secret, createCalendarFeed.url.split('/').pop()!])
        expect(text).not.toContain(secret.replace(/\.ics$/, ''));
      const [{ sessions }] = await source.db.query('SELECT count(*)::int AS sessions FROM sessions');
      expect(sessions).toBeGreaterThan(0);

      const file = join(mkdtempSync(join(tmpdir(), 'planbord-export-')), 'organisation.json');
      writeFileSync(file, text);
      const restored = await restoreOrganisation(target.db, file);
      expect(restored.rows).toBe(Object.values(exported.tables).reduce((n, rows) => n + rows.length, 0));

      let written = '';
      for await (const part of organisationExport(target.db)) written += part;
      const second = JSON.parse(written) as typeof exported;
      expect(second.tables).toEqual(exported.tables);
      const [restoredHook] = await target.db.query('SELECT secret FROM webhooks');
      expect(restoredHook.secret).toMatch(/^whsec_.{40,}$/);
      expect(restoredHook.secret).not.toBe(createWebhook.secret);

      // Nobody signs in with a restored account until a password is set; a second restore is refused.
      const login = await new Client(target).gql(
        'mutation { login(email: "admin@planbord.local", password: "demo-wachtwoord") { id } }',
      );
      expect(login.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
      await expect(restoreOrganisation(target.db, file)).rejects.toThrow('already holds an organisation');
      expect(readFileSync(file, 'utf8').length).toBe(text.length);
    } finally {
      await target.close();
      await source.close();
    }
  }, 180_000);

  it('refuses a file that is not an export of this version', async () => {
    const target = await startApi();
    try {
      const dir = mkdtempSync(join(tmpdir(), 'planbord-export-'));
      writeFileSync(join(dir, 'other.json'), '{"hello":"world"}\n');
      await expect(restoreOrganisation(target.db, join(dir, 'other.json'))).rejects.toThrow(
        'not an organisation export',
      );
      writeFileSync(
        join(dir, 'old.json'),
        '{"format":"planbord-organisation","version":1,"schema":"Initial1700000000000","exportedAt":"2031-01-01T00:00:00.000Z","tables":{\n}}\n',
      );
      await expect(restoreOrganisation(target.db, join(dir, 'old.json'))).rejects.toThrow('use the same version');
    } finally {
      await target.close();
    }
  });
});
