import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('public holidays', () => {
  it('are marked in the rule preview of a new rubric', async () => {
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto('/rubrieken');
    await page.getByRole('button', { name: 'Nieuwe rubriek' }).click();
    await page.getByLabel(/^Begindatum/).fill('2031-12-25');
    await page.getByLabel('Maandelijks op een vaste dag').check();
    await page.getByRole('spinbutton', { name: 'Dag van de maand' }).fill('25');
    await page.getByLabel(/^Tijd( \(verplicht\))?$/).fill('10:00');
    const preview = page.getByRole('region', { name: 'Volgende 10 datums' });
    const christmas = preview.getByRole('listitem').filter({ hasText: 'donderdag 25 december 2031' });
    await christmas.getByText('feestdag: Kerstmis').waitFor();
    // January the 25th is no holiday.
    expect(
      await preview
        .getByRole('listitem')
        .filter({ hasText: '25 januari 2032' })
        .getByText(/feestdag/)
        .count(),
    ).toBe(0);
    await page.context().close();
  });

  it('are marked on their day in the calendar', async () => {
    const page = await newPage(browser);
    await login(page, 'liaison@planbord.local');
    await page.goto('/kalender?datum=2031-12-01');
    const day = page.locator('[data-date="2031-12-25"]');
    await day.getByText('Kerstmis', { exact: true }).waitFor();
    expect(await day.getByText('feestdag: Kerstmis').count()).toBe(1);
    expect(await page.locator('[data-date="2031-12-24"]').getByText(/Kerst/).count()).toBe(0);
    await page.context().close();
  });

  it('are marked beside the date in the list view', async () => {
    const editor = await apiAs('editor@planbord.local');
    const title = `Kerstconcert ${Date.now() % 100000}`;
    await editor(
      'mutation($t: String!) { createEvent(input: { title: $t, startsAt: "2031-12-25T15:00:00+01:00", endsAt: "2031-12-25T17:00:00+01:00" }) { id } }',
      { t: title },
    );
    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    await page.goto('/kalender?datum=2031-12-01&weergave=list');
    await page.getByRole('button', { name: title }).waitFor();
    const dates = page.getByRole('rowheader');
    expect(await dates.filter({ hasText: 'Kerstmis' }).allTextContents()).toEqual([
      expect.stringMatching(/25 december 2031.*Kerstmis/),
    ]);
    await page.context().close();
  });
});

describe('the rubric year view', () => {
  it('shows the coming twelve months, from the month asked across the new year, with no count cut off', async () => {
    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    await page.goto('/rubrieken/jaar');
    const thisMonth = new Intl.DateTimeFormat('nl-NL', {
      timeZone: 'Europe/Amsterdam',
      month: 'long',
      year: 'numeric',
    }).format(new Date());
    const headers = page.locator('thead th');
    await headers.nth(1).waitFor();
    expect(await headers.nth(1).locator('.planbord-visually-hidden').textContent()).toBe(thisMonth);
    expect(await headers.count()).toBe(13);
    // Every count fits its cell.
    const clipped = await page
      .locator('.planbord-year__count')
      .evaluateAll((counts) => counts.filter((c) => c.scrollWidth > c.clientWidth + 1).map((c) => c.textContent));
    expect(clipped).toEqual([]);

    await page.goto('/rubrieken/jaar?vanaf=2031-12');
    await page.getByRole('heading', { name: 'december 2031 tot en met november 2032' }).waitFor();
    await page.locator('thead th .planbord-visually-hidden', { hasText: 'december 2031' }).waitFor();
    const months = await page.locator('thead th .planbord-visually-hidden').allTextContents();
    expect(months.slice(0, 2)).toEqual(['december 2031', 'januari 2032']);
    await page.context().close();
  });
});

describe('all-day events', () => {
  it('are shown by their day in Goedkeuren, never as midnight', async () => {
    const member = await apiAs('member@planbord.local');
    const { channels } = await member<{ channels: { id: string; kind: string }[] }>('{ channels { id kind } }');
    const { createEvent } = await member<{ createEvent: { id: string } }>(
      'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
      {
        i: {
          title: `Koningsdag ${Date.now() % 100000}`,
          startsAt: '2031-04-26T22:00:00Z',
          endsAt: '2031-04-27T22:00:00Z',
          allDay: true,
        },
      },
    );
    const { createPost } = await member<{ createPost: { id: string; version: number; title: string } }>(
      'mutation($i: PostInput!) { createPost(input: $i) { id version title } }',
      {
        i: {
          channelId: channels.find((c) => c.kind === 'FACEBOOK')!.id,
          title: `Oranje in de stad ${Date.now() % 100000}`,
          body: 'Fijne Koningsdag!',
          eventId: createEvent.id,
        },
      },
    );
    await member('mutation($id: ID!, $v: Int!) { submitPostForReview(id: $id, expectedVersion: $v) { id } }', {
      id: createPost.id,
      v: createPost.version,
    });

    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    await page.goto(`/goedkeuren?bericht=${createPost.id}`);
    await page.getByRole('heading', { level: 2, name: createPost.title }).waitFor();
    const detail = page.locator('.planbord-approvals-detail');
    await detail.getByText('(27 april 2031)', { exact: false }).waitFor();
    expect(await detail.getByText('00:00', { exact: false }).count()).toBe(0);
    await page.context().close();
  });
});
