import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { Client, loggedIn, makeChannel, makeDepartment, startApi, type TestApi } from './harness';

let api: TestApi;
let member: Client;
beforeAll(async () => {
  api = await startApi();
  member = (await loggedIn(api, 'MEMBER')).client;
});
afterAll(async () => {
  await api.close();
});

interface Problem {
  row: number;
  field: string | null;
  column: string | null;
  code: string;
  message: string;
}
interface DryRun {
  headers: string[];
  mapping: Record<string, string | null>;
  mappingIssues: { field: string; code: string }[];
  rowCount: number;
  events: number;
  posts: number;
  skipped: number;
  failed: number;
  problems: Problem[];
  preview: { row: number; title: string; startsAt: string; endsAt: string; allDay: boolean; post: boolean }[];
}
interface Result {
  importId: string | null;
  created: number;
  posts: number;
  skipped: number;
  failed: number;
}

async function send<T>(
  client: Client | null,
  content: Uint8Array | string,
  fields: Record<string, string>,
  name = 'kalender.csv',
  headers: Record<string, string> = { 'x-requested-with': 'planbord' },
): Promise<{ status: number; body: T }> {
  const form = new FormData();
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const res = await fetch(`${api.url}/import/calendar`, {
    method: 'POST',
    headers: { ...(client?.cookie ? { cookie: client.cookie } : {}), ...headers },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as T };
}
const dryRun = (content: Uint8Array | string, fields: Record<string, string> = {}, name?: string) =>
  send<DryRun>(member, content, { dryRun: 'true', year: '2031', ...fields }, name);
const importFile = (content: Uint8Array | string, fields: Record<string, string> = {}, name?: string) =>
  send<Result>(member, content, { year: '2031', ...fields }, name);

const CALENDAR = `query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) {
  events { id title startsAt endsAt allDay location department { name } wishedChannels { name } posts { title body status plannedAt channel { name } } } } }`;
interface Shown {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  location: string | null;
  department: { name: string } | null;
  wishedChannels: { name: string }[];
  posts: { title: string; body: string; status: string; plannedAt: string | null; channel: { name: string } }[];
}
async function eventsTagged(tag: string, from = '2031-01-01T00:00:00Z', to = '2031-12-31T00:00:00Z'): Promise<Shown[]> {
  const { calendar } = await member.ok<{ calendar: { events: Shown[] } }>(CALENDAR, { f: from, t: to });
  return calendar.events.filter((e) => e.title.includes(tag)).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

describe('importing a calendar kept in a spreadsheet', () => {
  it('reads a Dutch CSV in a dry run that writes nothing and names every bad row, then imports it once', async () => {
    const tag = randomBytes(3).toString('hex');
    const department = await makeDepartment(api);
    const channel = await makeChannel(api);
    const file = [
      'Datum;Tijd;Titel;Locatie;Afdeling;Kanaal;Tekst',
      `14-06-2031;10:00 - 12:00;Opening ${tag};Markt 1;${department.name};${channel.name};Kom vanmiddag naar de Markt!`,
      `14 juni 2031;;Dag van de buurt ${tag};;;;`,
      `15-6;9.30;Zonder jaar ${tag};;${department.name.toUpperCase()};;`,
      `16-06-2031;;Onbekende afdeling ${tag};;Afdeling Onbekend;;`,
      `32-13-2031;;Kapotte datum ${tag};;;;`,
      `17-06-2031;11:00;;;;;`,
    ].join('\r\n');

    const dry = await dryRun(file);
    expect(dry.status).toBe(200);
    expect(dry.body.mapping).toMatchObject({
      date: 'Datum',
      time: 'Tijd',
      title: 'Titel',
      location: 'Locatie',
      department: 'Afdeling',
      channel: 'Kanaal',
      text: 'Tekst',
    });
    expect(dry.body).toMatchObject({ rowCount: 6, events: 3, posts: 1, failed: 3, skipped: 0, mappingIssues: [] });
    expect(dry.body.problems.map(({ row, field, column, code }) => ({ row, field, column, code }))).toEqual([
      { row: 5, field: 'department', column: 'Afdeling', code: 'unknownName' },
      { row: 6, field: 'date', column: 'Datum', code: 'invalidDate' },
      { row: 7, field: 'title', column: 'Titel', code: 'required' },
    ]);
    expect(dry.body.problems[0].message).toBe(
      '"Afdeling Onbekend" bestaat niet in Planbord; voeg het eerst toe in Beheer of gebruik de naam die daar staat.',
    );
    expect(dry.body.preview[0]).toMatchObject({ row: 2, title: `Opening ${tag}`, allDay: false, post: true });
    expect(await eventsTagged(tag)).toEqual([]);

    const done = await importFile(file);
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ created: 3, posts: 1, skipped: 0, failed: 3 });
    const events = await eventsTagged(tag);
    expect(events.map((e) => [e.title, e.startsAt, e.endsAt, e.allDay])).toEqual([
      // Summer time in Amsterdam: 10:00 there is 08:00 UTC.
      [`Dag van de buurt ${tag}`, '2031-06-13T22:00:00.000Z', '2031-06-14T22:00:00.000Z', true],
      [`Opening ${tag}`, '2031-06-14T08:00:00.000Z', '2031-06-14T10:00:00.000Z', false],
      [`Zonder jaar ${tag}`, '2031-06-15T07:30:00.000Z', '2031-06-15T08:30:00.000Z', false],
    ]);
    const opening = events[1];
    expect(opening).toMatchObject({
      location: 'Markt 1',
      department: { name: department.name },
      wishedChannels: [{ name: channel.name }],
      posts: [
        {
          title: `Opening ${tag}`,
          body: 'Kom vanmiddag naar de Markt!',
          status: 'DRAFT',
          plannedAt: '2031-06-14T08:00:00.000Z',
          channel: { name: channel.name },
        },
      ],
    });
    expect(events[2].department).toEqual({ name: department.name });

    // The same file again, or saved again with other line ends: nothing new.
    const again = await importFile(file.replace(/\r\n/g, '\n'));
    expect(again.body).toMatchObject({ importId: null, created: 0, skipped: 3, failed: 3 });
    expect(await eventsTagged(tag)).toHaveLength(3);
  });

  it('reads an Excel workbook with real dates and times, and a mapping for headers it does not know', async () => {
    const tag = randomBytes(3).toString('hex');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Planning 2031');
    sheet.addRow(['Wanneer', 'Aanvang', 'Wat gebeurt er', 'Plaats']);
    // A spreadsheet keeps a wall-clock time without a zone.
    sheet.addRow([new Date(Date.UTC(2031, 9, 26, 0, 0)), '14:30', `Herfstmarkt ${tag}`, 'Dorpsplein']);
    sheet.addRow([new Date(Date.UTC(2031, 9, 27, 19, 0)), null, `Raadsvergadering ${tag}`, 'Raadhuis']);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const guessed = await dryRun(bytes, {}, 'planning.xlsx');
    expect(guessed.body.mapping).toMatchObject({ date: 'Wanneer', time: 'Aanvang', title: null, location: 'Plaats' });
    expect(guessed.body.mappingIssues).toEqual([expect.objectContaining({ field: 'title', code: 'required' })]);
    expect((await importFile(bytes, {}, 'planning.xlsx')).status).toBe(400);

    const mapping = JSON.stringify({ title: 'Wat gebeurt er' });
    const dry = await dryRun(bytes, { mapping }, 'planning.xlsx');
    expect(dry.body).toMatchObject({ events: 2, failed: 0, mappingIssues: [] });
    const done = await importFile(bytes, { mapping }, 'planning.xlsx');
    expect(done.body).toMatchObject({ created: 2, posts: 0 });
    const events = await eventsTagged(tag);
    expect(events.map((e) => [e.title, e.startsAt, e.allDay, e.location])).toEqual([
      // 26 October 2031 is the first day of winter time: 14:30 there is 13:30 UTC.
      [`Herfstmarkt ${tag}`, '2031-10-26T13:30:00.000Z', false, 'Dorpsplein'],
      [`Raadsvergadering ${tag}`, '2031-10-27T18:00:00.000Z', false, 'Raadhuis'],
    ]);
  });

  it('undoes an import while nothing was attached to it, and refuses once someone worked on it', async () => {
    const tag = randomBytes(3).toString('hex');
    const channel = await makeChannel(api);
    const file = `datum,tijd,titel,kanaal,tekst\n03-03-2031,10:00,Eerste ${tag},${channel.name},Tekst één\n04-03-2031,,Tweede ${tag},,\n`;
    const first = await importFile(file);
    expect(first.body.created).toBe(2);
    const UNDO = 'mutation($id: ID!) { undoImport(id: $id) { id events posts undoneAt } }';
    const { undoImport } = await member.ok<{ undoImport: { events: number; posts: number; undoneAt: string | null } }>(
      UNDO,
      { id: first.body.importId },
    );
    expect(undoImport).toMatchObject({ events: 2, posts: 1 });
    expect(undoImport.undoneAt).not.toBeNull();
    expect(await eventsTagged(tag)).toEqual([]);
    const twice = await member.gql(UNDO, { id: first.body.importId });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { id: 'Dit is al ongedaan gemaakt.' },
    });

    // Undone, the rows may come in again; once an event is changed, the import stays.
    const second = await importFile(file);
    expect(second.body.created).toBe(2);
    const [event] = await eventsTagged(tag);
    const { event: current } = await member.ok<{ event: { version: number } }>(
      'query($id: ID!) { event(id: $id) { version } }',
      { id: event.id },
    );
    await member.ok(
      'mutation($id: ID!, $v: Int!) { updateEvent(id: $id, expectedVersion: $v, input: { location: "Zaal 2" }) { id } }',
      {
        id: event.id,
        v: current.version,
      },
    );
    const refused = await member.gql(UNDO, { id: second.body.importId });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { id: expect.stringContaining('Er is sindsdien aan gewerkt') },
    });
    expect(await eventsTagged(tag)).toHaveLength(2);

    const { calendarImports } = await member.ok<{ calendarImports: { id: string; undoneAt: string | null }[] }>(
      '{ calendarImports { id fileName events undoneAt } }',
    );
    expect(calendarImports.slice(0, 2).map((i) => i.id)).toEqual([second.body.importId, first.body.importId]);
    const stranger = (await loggedIn(api, 'MEMBER')).client;
    const notTheirs = await stranger.gql(UNDO, { id: second.body.importId });
    expect(notTheirs.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });

  it('imports 10,000 rows in one go', async () => {
    const tag = randomBytes(3).toString('hex');
    const lines = ['Datum;Tijd;Titel'];
    for (let i = 0; i < 10_000; i++) {
      const day = new Date(Date.UTC(2032, 0, 1) + (i % 366) * 86400_000).toISOString().slice(0, 10);
      lines.push(`${day};${String(8 + (i % 10)).padStart(2, '0')}:00;Activiteit ${i} ${tag}`);
    }
    const done = await importFile(lines.join('\n'));
    expect(done.body).toMatchObject({ created: 10_000, failed: 0 });
    const [{ count }] = await api.db.query('SELECT count(*)::int AS count FROM events WHERE title LIKE $1', [
      `% ${tag}`,
    ]);
    expect(count).toBe(10_000);
  }, 120_000);

  it('names rows that end before they start, run past a year or have a title too long', async () => {
    const file = [
      'datum;tijd;einddatum;titel',
      '18-06-2031;14:00 - 12:00;;Omgekeerd',
      '19-06-2031;;18-06-2031;Terug in de tijd',
      '19-06-2031;;19-07-2032;Te lang durend',
      `20-06-2031;;;${'x'.repeat(201)}`,
      '21-06-2031;25:00;;Geen uur',
    ].join('\n');
    const dry = await dryRun(file);
    expect(dry.body).toMatchObject({ events: 0, failed: 5 });
    expect(dry.body.problems.map(({ row, field, code }) => ({ row, field, code }))).toEqual([
      { row: 2, field: 'time', code: 'endBeforeStart' },
      { row: 3, field: 'endDate', code: 'endBeforeStart' },
      { row: 4, field: 'endDate', code: 'rangeTooLong' },
      { row: 5, field: 'title', code: 'tooLong' },
      { row: 6, field: 'time', code: 'invalidTime' },
    ]);
    expect((await importFile(file)).body).toMatchObject({ importId: null, created: 0, failed: 5 });
  });

  it('is for the media team, from Planbord itself, and says what is wrong with a request', async () => {
    const file = 'datum;titel\n01-01-2031;Nieuwjaarsreceptie\n';
    const liaison = (await loggedIn(api, 'LIAISON')).client;
    expect((await send(liaison, file, { dryRun: 'true' })).status).toBe(403);
    expect((await send(null, file, { dryRun: 'true' })).status).toBe(401);
    expect((await send(member, file, { dryRun: 'true' }, 'kalender.csv', {})).status).toBe(403);
    const badYear = await send<{ fields: Record<string, unknown> }>(member, file, { dryRun: 'true', year: '20x1' });
    expect(badYear.status).toBe(400);
    expect(badYear.body.fields).toHaveProperty('year');
    const empty = await send<{ fields: Record<string, unknown> }>(member, '', { dryRun: 'true' });
    expect(empty.body.fields).toHaveProperty('file');
    const broken = await send<{ fields: Record<string, unknown> }>(member, new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]), {
      dryRun: 'true',
    });
    expect(broken.status).toBe(400);
    expect(broken.body.fields).toHaveProperty('file');
  });
});
