import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

type Api = Awaited<ReturnType<typeof apiAs>>;
interface Versioned {
  id: string;
  version: number;
}

// November 2012: far from today and from the demo's months, in the past because signals cannot come from the future.
const MONTH = '2012-11';
const word = `${Date.now() % 100000}`;
let browser: Browser;
let themeName: string;
let printDir: string;

async function recordSignal(api: Api, themeId: string, receivedAt: string): Promise<Versioned> {
  const { recordSignal } = await api<{ recordSignal: Versioned }>(
    'mutation($i: SignalInput!) { recordSignal(input: $i) { id version } }',
    {
      i: {
        source: 'FACEBOOK',
        body: `Drukte bij de school ${word}`,
        authorHandle: `bewoner-${receivedAt.slice(8, 10)}-${word}`,
        receivedAt,
        themeIds: [themeId],
      },
    },
  );
  return recordSignal;
}

async function publishPost(member: Api, editor: Api, channelId: string, themeId: string, publishedAt: string) {
  let post = (
    await member<{ createPost: Versioned }>('mutation($i: PostInput!) { createPost(input: $i) { id version } }', {
      i: { channelId, title: `Fietsstraat open ${word}`, body: 'De fietsstraat is open.', themeIds: [themeId] },
    })
  ).createPost;
  post = (
    await member<{ submitPostForReview: Versioned }>(
      'mutation($id: ID!, $v: Int!) { submitPostForReview(id: $id, expectedVersion: $v) { id version } }',
      { id: post.id, v: post.version },
    )
  ).submitPostForReview;
  post = (
    await editor<{ reviewPost: Versioned }>(
      'mutation($id: ID!, $v: Int!) { reviewPost(id: $id, expectedVersion: $v, decision: APPROVE) { id version } }',
      { id: post.id, v: post.version },
    )
  ).reviewPost;
  // Scheduled for any later moment (it is not asserted on), then recorded as published in the report's month.
  post = (
    await member<{ schedulePost: Versioned }>(
      'mutation($id: ID!, $v: Int!, $t: DateTime!) { schedulePost(id: $id, expectedVersion: $v, plannedAt: $t) { id version } }',
      { id: post.id, v: post.version, t: new Date(Date.now() + 5 * 86400_000).toISOString() },
    )
  ).schedulePost;
  await member(
    'mutation($id: ID!, $v: Int!, $p: DateTime) { markPostPublished(id: $id, expectedVersion: $v, publishedAt: $p) { id } }',
    {
      id: post.id,
      v: post.version,
      p: publishedAt,
    },
  );
}

beforeAll(async () => {
  browser = await launchBrowser();
  printDir = mkdtempSync(join(tmpdir(), 'planbord-month-report-'));
  const admin = await apiAs('admin@planbord.local');
  const editor = await apiAs('editor@planbord.local');
  const member = await apiAs('member@planbord.local');
  themeName = `Verkeer ${word}`;
  const { createTheme } = await admin<{ createTheme: { id: string } }>(
    'mutation($i: ThemeInput!) { createTheme(input: $i) { id } }',
    { i: { name: themeName, color: '#154273' } },
  );
  const { channels } = await member<{ channels: { id: string; kind: string }[] }>('{ channels { id kind } }');
  // Three residents in November, one answered within half an hour; none in October, the month it is compared with.
  const first = await recordSignal(member, createTheme.id, '2012-11-05T10:00:00+01:00');
  await recordSignal(member, createTheme.id, '2012-11-12T14:00:00+01:00');
  await recordSignal(member, createTheme.id, '2012-11-20T09:00:00+01:00');
  await member(
    'mutation($id: ID!, $v: Int!, $s: DateTime) { replyToSignal(id: $id, expectedVersion: $v, body: "Dank, we kijken ernaar.", sentAt: $s) { id } }',
    { id: first.id, v: first.version, s: '2012-11-05T10:30:00+01:00' },
  );
  await publishPost(member, editor, channels[0].id, createTheme.id, '2012-11-10T12:00:00+01:00');
}, 60_000);

afterAll(async () => {
  await browser.close();
});

/** Every chart on the page has its table and its summary in the same report. */
async function expectEveryChartExplained(page: Page): Promise<number> {
  const reports = page.locator('section.planbord-report');
  await page.locator('section[data-report="themes"] svg[role="img"]').waitFor();
  await page.locator('section[data-report="webcare"] svg[role="img"]').waitFor();
  await page.locator('section[data-report="growth"] svg[role="img"]').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.planbord-report [role="status"]').length === 0);
  let charts = 0;
  for (const report of await reports.all()) {
    const count = await report.locator('svg[role="img"]').count();
    if (count === 0) continue;
    charts += count;
    expect(await report.locator('table caption').count()).toBeGreaterThan(0);
    expect(await report.locator('table th[scope="col"]').count()).toBeGreaterThan(0);
    expect((await report.locator('.planbord-report__summary').textContent())?.length).toBeGreaterThan(20);
    const chart = report.locator('svg[role="img"]').first();
    expect(await chart.getAttribute('tabindex')).toBe('0');
    expect(await chart.locator('title').textContent()).toBeTruthy();
  }
  return charts;
}

describe('Rapportages', () => {
  it('shows every report of a month with chart, table and summary, compares periods, downloads and reflows to 320 px', async () => {
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
    await page.goto(`/rapportages?periode=${MONTH}`);
    expect(await expectEveryChartExplained(page)).toBeGreaterThanOrEqual(5);
    const themes = page.locator('section[data-report="themes"]');
    await themes.getByText(`In november 2012 ging 100% van wat inwoners meldden over ${themeName}`).waitFor();
    await themes.getByRole('cell', { name: '100%' }).first().waitFor();
    await page
      .locator('section[data-report="webcare"] .planbord-report__summary')
      .getByText('In november 2012 kwamen 3 signalen binnen; we beantwoordden er 1, waarvan 1 binnen de norm.')
      .waitFor();

    // The comparison: October had none of these signals.
    const key = page.locator('section[data-report="key"]');
    const signals = key.getByRole('row').filter({ hasText: 'Signalen binnengekomen' });
    await signals.getByRole('cell', { name: '3 meer' }).waitFor();
    await key.getByText(/in de vorige periode \(oktober 2012\) waren dat er 0 en/).waitFor();

    // A download answers a file.
    const csv = themes.getByRole('link', { name: 'Themabalans als CSV downloaden' });
    const response = await page.request.get((await csv.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/csv/);
    expect(await response.text()).toContain(themeName);

    // The engagement switch asks again by theme, and the chart follows.
    const engagement = page.locator('section[data-report="engagement"]');
    await engagement.getByRole('button', { name: 'Thema' }).click();
    await engagement.getByRole('columnheader', { name: 'Thema' }).waitFor();

    expect(await seriousA11yViolations(page)).toEqual([]);

    // The period picker by keyboard: a quarter, the one before it, then back to the month by its field.
    const kind = page.getByLabel('Soort periode');
    await kind.focus();
    await kind.selectOption('quarter');
    await page.waitForURL(/periode=2012-K4/);
    await page.getByText('Getoond: 4e kwartaal van 2012, vergeleken met 3e kwartaal van 2012.').waitFor();
    await page.getByRole('button', { name: 'Vorige periode' }).press('Enter');
    await page.waitForURL(/periode=2012-K3/);
    // The address changes before the page renders the new period; the old picker still holds the quarter before.
    await page.getByText('Getoond: 3e kwartaal van 2012, vergeleken met 2e kwartaal van 2012.').waitFor();
    await page.getByLabel('Soort periode').selectOption('month');
    await page.waitForURL(/periode=2012-07/);
    await page.getByText('Getoond: juli 2012, vergeleken met juni 2012.').waitFor();
    const month = page.getByLabel('Maand', { exact: true });
    await month.fill(MONTH);
    await month.press('Enter');
    await page.waitForURL(new RegExp(`periode=${MONTH}`));
    await page.reload();
    await page.getByText('Getoond: november 2012, vergeleken met oktober 2012.').waitFor();
    await page.getByLabel('Soort periode').selectOption('custom');
    await page.getByLabel('Tot en met').fill('2012-10-01');
    await page.getByRole('button', { name: 'Toon periode' }).click();
    await page.getByText('De einddatum ligt voor de begindatum.').waitFor();

    // 320 px: nothing scrolls sideways, the charts draw for the narrow room.
    await page.goto(`/rapportages?periode=${MONTH}`);
    await page.setViewportSize({ width: 320, height: 800 });
    await expectEveryChartExplained(page);
    await page.waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth);

    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('link', { name: /^Maandrapportage voor de raad: november 2012$/ }).click();
    await page.waitForURL(`**/rapportages/maand/${MONTH}`);
    await page.getByRole('heading', { level: 1, name: 'Maandrapportage november 2012' }).waitFor();
    await page.context().close();
  });

  it('prints the month for the council on A4 pages with no chart split across pages', async () => {
    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    // The width of an A4 page less its margins (180 mm), so the layout measured is the one printed.
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.goto(`/rapportages/maand/${MONTH}`);
    await page.getByRole('heading', { level: 1, name: 'Maandrapportage november 2012' }).waitFor();
    await page.getByRole('button', { name: 'Afdrukken' }).waitFor();
    expect(await expectEveryChartExplained(page)).toBeGreaterThanOrEqual(5);
    await page.locator('section[data-report="posts"]').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    // A4 is 297 mm high; the page's margins leave 264 mm, at 96 CSS pixels to 25.4 mm.
    const pageHeight = (264 * 96) / 25.4;
    // Each chart with its table (or, for a long table, the chart alone) is kept whole (`break-inside: avoid`),
    // which holds only for a block no taller than a page; each table row is kept whole too.
    const blocks = await page.locator('.planbord-report__block').evaluateAll((elements) =>
      elements.map((element) => ({
        block: element.getAttribute('data-block'),
        long: element.classList.contains('planbord-report__block--long'),
        height: element.getBoundingClientRect().height,
        width: element.getBoundingClientRect().width,
        unbroken: getComputedStyle(element).breakInside,
      })),
    );
    expect(blocks.length).toBeGreaterThanOrEqual(6);
    for (const block of blocks.filter((b) => !b.long)) {
      expect({ block: block.block, fits: block.height <= pageHeight, unbroken: block.unbroken }).toEqual({
        block: block.block,
        fits: true,
        unbroken: 'avoid',
      });
      expect(block.width).toBeLessThanOrEqual(681);
    }
    const charts = await page
      .locator('.planbord-chart')
      .evaluateAll((elements) => elements.map((element) => getComputedStyle(element).breakInside));
    expect(charts.every((value) => value === 'avoid')).toBe(true);
    expect(await page.locator('.planbord-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()).toBe(false);

    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(blocks.length + 4);
    writeFileSync(join(printDir, `maand-${MONTH}.pdf`), pdf);
    await page.screenshot({ path: join(printDir, `maand-${MONTH}.png`), fullPage: true });
    process.stdout.write(`The month report is in ${printDir}\n`);

    await page.emulateMedia({ media: 'screen' });
    await page.goto('/rapportages/maand/2012-13');
    await page.getByRole('heading', { level: 1, name: 'Geen geldige maand' }).waitFor();
    await page.context().close();
  });

  it('is not there for a liaison', async () => {
    const page = await newPage(browser);
    await login(page, 'liaison@planbord.local');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Rapportages' }).count(),
    ).toBe(0);
    await page.context().close();
  });
});
