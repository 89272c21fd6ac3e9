import type { Browser, Page } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Api = Awaited<ReturnType<typeof apiAs>>;
/** A word no other test (nor the demo) uses. */
const uniqueWord = () => `crisisproef${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

interface Overview {
  waiting: number;
  signals: number;
  perHour: { hour: string; count: number }[];
}
const overviewOf = async (api: Api) =>
  (await api<{ crisisOverview: Overview }>('{ crisisOverview { waiting signals perHour { hour count } } }'))
    .crisisOverview;

async function recordSignal(api: Api, body: string): Promise<string> {
  const { recordSignal } = await api<{ recordSignal: { id: string } }>(
    'mutation($i: SignalInput!) { recordSignal(input: $i) { id } }',
    { i: { source: 'FACEBOOK', needsReply: true, body } },
  );
  return recordSignal.id;
}

async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.planbord-loading').length === 0);
}

describe('the newsroom crisis view', () => {
  it('counts a new crisis signal in its hour and among the waiting, and copies a holding statement', async () => {
    const editor = await apiAs('editor@planbord.local');
    const word = uniqueWord();
    const { crisis } = await editor<{ crisis: { active: boolean } }>('{ crisis { active } }');
    if (!crisis.active)
      await editor('mutation($r: String!) { setCrisisMode(active: true, reason: $r) { active } }', {
        r: `Brand bij de haven ${word}`,
      });
    try {
      const name = `Wachtbericht ${word}`;
      const body = `We weten van de brand bij de haven en houden u op de hoogte (${word}).`;
      await editor(
        'mutation($n: String!, $b: String!) { createReplyTemplate(name: $n, body: $b, active: true) { id } }',
        {
          n: name,
          b: body,
        },
      );

      const page = await newPage(browser);
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await login(page, 'editor@planbord.local');
      // The inbox points to the crisis view while crisis mode is on.
      await page.goto('/nieuwsroom');
      await settled(page);
      await page.getByRole('link', { name: 'Naar het crisisoverzicht' }).click();
      await page.getByRole('heading', { level: 1, name: 'Crisis' }).waitFor();
      await settled(page);
      await page.getByTestId('crisis-waiting').waitFor();
      const shownBefore = Number((await page.getByTestId('crisis-waiting').textContent())?.replace(/\D/g, ''));
      const before = await overviewOf(editor);
      expect(shownBefore).toBe(before.waiting);

      // A signal arrives: the page follows without a reload.
      const id = await recordSignal(editor, `Rook boven de haven ${word}`);
      const { signal } = await editor<{ signal: { crisis: boolean } }>(
        'query($id: ID!) { signal(id: $id) { crisis } }',
        {
          id,
        },
      );
      expect(signal.crisis).toBe(true);
      const after = await overviewOf(editor);
      expect(after.waiting).toBe(before.waiting + 1);
      await page.waitForFunction(
        (expected) =>
          document.querySelector('[data-testid="crisis-waiting"]')?.textContent?.replace(/\D/g, '') ===
          String(expected),
        after.waiting,
      );
      // The hour it arrived in counts it, in the table as in the chart.
      const last = after.perHour.at(-1)!;
      const previous = before.perHour.find((hour) => hour.hour === last.hour)?.count ?? 0;
      expect(last.count).toBe(previous + 1);
      const lastRow = page.getByRole('table').getByRole('row').last();
      await page.waitForFunction((expected) => {
        const rows = document.querySelectorAll('main table tbody tr');
        return rows[rows.length - 1]?.querySelectorAll('td')[1]?.textContent === String(expected);
      }, last.count);
      expect(await lastRow.getByRole('cell').last().textContent()).toBe(String(last.count));

      // A holding statement is copied as it is.
      await page.getByRole('button', { name: `Kopieer "${name}"` }).click();
      await page.getByText('Gekopieerd.').first().waitFor();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(body);

      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 320, height: 640 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await page.context().close();
    } finally {
      if (!crisis.active)
        await editor('mutation { setCrisisMode(active: false, reason: "Einde van de proef") { active } }');
    }
  });

  it('adds a signal to an existing open topic from its drawer', async () => {
    const member = await apiAs('member@planbord.local');
    const word = uniqueWord();
    const title = `Onderwerp ${word}`;
    const first = await recordSignal(member, `Stoeptegels los ${word}`);
    const { createTopic } = await member<{ createTopic: { id: string } }>(
      'mutation($t: String!, $s: [ID!]!) { createTopic(title: $t, signalIds: $s) { id } }',
      { t: title, s: [first] },
    );
    const id = await recordSignal(member, `Losse stoeptegel ${word}`);

    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`/nieuwsroom?status=alle&signaal=${id}`);
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('heading', { name: 'Aan een onderwerp toevoegen' }).waitFor();
    // Without a choice the field says what is missing.
    await drawer.getByRole('button', { name: 'Aan onderwerp toevoegen' }).click();
    await drawer.getByText('Kies een onderwerp.').first().waitFor();
    await drawer.getByLabel('Open onderwerp').selectOption({ label: title });
    await drawer.getByRole('button', { name: 'Aan onderwerp toevoegen' }).click();
    await drawer.getByText(`Toegevoegd aan "${title}".`).waitFor();
    const { signal } = await member<{ signal: { topic: { id: string } | null } }>(
      'query($id: ID!) { signal(id: $id) { topic { id } } }',
      { id },
    );
    expect(signal.topic?.id).toBe(createTopic.id);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // The topics page counts both signals of the topic.
    await page.goto('/nieuwsroom/onderwerpen');
    await settled(page);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: title }) });
    await item.getByText('2 signalen').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});
