import { seedDemo } from '../src/seed/demo-seed';
import { DEMO_TOPICS, seedNewsroomDemo } from '../src/seed/newsroom-seed';
import { seedPlanningDemo } from '../src/seed/planning-seed';
import { seedPublishingDemo } from '../src/seed/publishing-seed';
import { Client, ORG_TIME_ZONE, startApi, type TestApi } from './harness';

const PASSWORD = 'demo-wachtwoord';
let api: TestApi;
beforeAll(async () => {
  api = await startApi();
  await seedDemo(api.db, PASSWORD);
  await seedPlanningDemo(api.app, api.db, ORG_TIME_ZONE);
  await seedPublishingDemo(api.db, ORG_TIME_ZONE);
  await seedNewsroomDemo(api.app, api.db, ORG_TIME_ZONE);
}, 120_000);
afterAll(async () => {
  await api.close();
});

const count = async (sql: string): Promise<number> => (await api.db.query(sql))[0].n;

describe('the demo newsroom', () => {
  it('holds a fortnight of signals from many sources, none from the future, some in topics', async () => {
    const editor = await new Client(api).login('editor@planbord.local', PASSWORD);
    const { signals } = await editor.ok<{
      signals: { totalCount: number; nodes: { source: string; receivedAt: string; topic: { title: string } | null }[] };
    }>('{ signals(first: 200) { totalCount nodes { source receivedAt topic { title } } } }');
    expect(signals.totalCount).toBeGreaterThanOrEqual(20);
    const times = signals.nodes.map((s) => Date.parse(s.receivedAt));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.now());
    expect(Math.min(...times)).toBeGreaterThan(Date.now() - 15 * 86400_000);
    expect(new Set(signals.nodes.map((s) => s.source)).size).toBeGreaterThanOrEqual(8);
    for (const title of Object.values(DEMO_TOPICS))
      expect(signals.nodes.filter((s) => s.topic?.title === title).length).toBeGreaterThanOrEqual(3);
  });

  it('has a decision of every kind, with a draft post about the diversion in the calendar', async () => {
    const kinds: { kind: string }[] = await api.db.query('SELECT DISTINCT kind FROM newsroom_actions ORDER BY kind');
    expect(kinds.map((k) => k.kind)).toEqual([
      'ENVIRONMENT_ANALYSIS',
      'INFORM_COLLEAGUE',
      'MONITOR',
      'REQUEST_DATA',
      'SOCIAL_POST',
      'UPDATE_WEBSITE',
    ]);
    const member = await new Client(api).login('member@planbord.local', PASSWORD);
    const from = new Date(Date.now() - 86400_000).toISOString();
    const to = new Date(Date.now() + 3 * 86400_000).toISOString();
    const { calendar } = await member.ok<{
      calendar: { posts: { title: string; status: string; themes: { name: string }[] }[] };
    }>(
      'query($f: DateTime!, $t: DateTime!) { calendar(from: $f, to: $t) { posts { title status themes { name } } } }',
      { f: from, t: to },
    );
    expect(calendar.posts).toContainEqual({
      title: 'Omleiding Stationsweg: zo rijdt u',
      status: 'DRAFT',
      themes: expect.arrayContaining([{ name: 'Verkeer' }]),
    });
  });

  it('has a question waiting at Openbare Ruimte for its liaison, without the resident’s name', async () => {
    const liaison = await new Client(api).login('liaison@planbord.local', PASSWORD);
    const { departmentQuestions } = await liaison.ok<{
      departmentQuestions: { status: string; note: string; about: { body: string } }[];
    }>('{ departmentQuestions { status note about { body } } }');
    const open = departmentQuestions.filter((q) => q.status === 'OPEN');
    expect(open).toHaveLength(1);
    expect(open[0].note).toMatch(/stoeptegel/);
    expect(JSON.stringify(departmentQuestions)).not.toMatch(/Henk Brouwer|henk\.brouwer/);
    expect(departmentQuestions.some((q) => q.status === 'DONE')).toBe(true);
  });

  it('has replies with the minutes they took, reply templates and an on-call roster', async () => {
    const member = await new Client(api).login('member@planbord.local', PASSWORD);
    const replies: { minutes: number; office_minutes: number }[] = await api.db.query(
      'SELECT minutes, office_minutes FROM replies',
    );
    expect(replies.length).toBeGreaterThanOrEqual(8);
    expect(replies.every((r) => r.minutes > 0 && r.office_minutes >= 0 && r.office_minutes <= r.minutes)).toBe(true);
    const { replyTemplates } = await member.ok<{ replyTemplates: { name: string }[] }>('{ replyTemplates { name } }');
    expect(replyTemplates.map((t) => t.name)).toContain('Houdingsverklaring (crisis)');
    expect(await count('SELECT count(*)::int AS n FROM on_call_shifts WHERE ends_at > now()')).toBeGreaterThan(5);
  });

  it('is seeded once: running it again adds nothing', async () => {
    const before = await count('SELECT count(*)::int AS n FROM signals');
    const actions = await count('SELECT count(*)::int AS n FROM newsroom_actions');
    await seedNewsroomDemo(api.app, api.db, ORG_TIME_ZONE);
    expect(await count('SELECT count(*)::int AS n FROM signals')).toBe(before);
    expect(await count('SELECT count(*)::int AS n FROM newsroom_actions')).toBe(actions);
  });
});
