import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Api = Awaited<ReturnType<typeof apiAs>>;
/** 2031 is winter time in Amsterdam in these months: 10:00 there is 09:00 UTC. */
const amsterdam = (date: string, hour: number, minute = 0) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+01:00`).toISOString();

async function createEvent(api: Api, title: string, startsAt: string): Promise<string> {
  const { createEvent } = await api<{ createEvent: { id: string } }>(
    'mutation($s: DateTime!, $e: DateTime!, $t: String!) { createEvent(input: { title: $t, startsAt: $s, endsAt: $e }) { id } }',
    { s: startsAt, e: new Date(Date.parse(startsAt) + 30 * 60_000).toISOString(), t: title },
  );
  return createEvent.id;
}

describe('the order of the calendar', () => {
  it('lists events, slots and posts of a day in time order in the week and list views', async () => {
    const api = await apiAs('member@planbord.local');
    const day = '2031-02-11';
    const tag = `${Date.now() % 100000}`;
    const { channels } = await api<{ channels: { id: string }[] }>('{ channels { id } }');
    await createEvent(api, `Om elf ${tag}`, amsterdam(day, 11));
    await api(
      'mutation($s: DateTime!, $t: String!, $c: ID!) { createAdHocSlot(input: { title: $t, startsAt: $s, channelId: $c }) { id } }',
      { s: amsterdam(day, 12), t: `Om twaalf ${tag}`, c: channels[0].id },
    );
    await api(
      'mutation($c: ID!, $t: String!, $p: DateTime!) { createPost(input: { channelId: $c, title: $t, body: "Vroeg.", plannedAt: $p }) { id } }',
      { c: channels[0].id, t: `Om negen ${tag}`, p: amsterdam(day, 9) },
    );
    const expected = [`Om negen ${tag}`, `Om elf ${tag}`, `Om twaalf ${tag}`];

    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`/kalender?datum=${day}&weergave=week`);
    const cell = page.locator(`[role=gridcell][data-date="${day}"]`);
    await cell.getByText(`Om elf ${tag}`).waitFor();
    const inWeek = (await cell.locator('.planbord-calendar-item__title').allTextContents()).filter((title) =>
      title.endsWith(tag),
    );
    expect(inWeek).toEqual(expected);

    await page.goto(`/kalender?datum=${day}&weergave=list`);
    const table = page.getByRole('table');
    await table.getByText(`Om elf ${tag}`).waitFor();
    const rows = (await table.locator('tbody tr').allTextContents()).filter((row) => row.includes(tag));
    expect(rows.map((row) => expected.find((title) => row.includes(title)))).toEqual(expected);
    await page.context().close();
  });
});

describe('"+n meer" in the month', () => {
  it('opens the rest of the day in place, with a new event that was hidden, without leaving the month', async () => {
    const api = await apiAs('member@planbord.local');
    const day = '2031-03-19';
    const tag = `${Date.now() % 100000}`;
    for (const hour of [8, 9, 10, 11]) await createEvent(api, `Vroeg ${hour} ${tag}`, amsterdam(day, hour));
    const late = `Nieuw en laat ${tag}`;
    await createEvent(api, late, amsterdam(day, 21));

    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`/kalender?datum=${day}`);
    const cell = page.locator(`[role=gridcell][data-date="${day}"]`);
    await cell.getByText(`Vroeg 8 ${tag}`).waitFor();
    const newEvent = cell.getByRole('button', { name: new RegExp(late) });
    expect(await newEvent.count()).toBe(0);

    const more = cell.locator('button.planbord-calendar__more');
    expect(await more.textContent()).toMatch(/^\+\d+ meer/);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await cell.focus();
    await more.click();
    await newEvent.waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await more.textContent()).toMatch(/^Minder tonen/);
    expect(new URL(page.url()).searchParams.get('weergave')).toBeNull();
    expect(await page.getByRole('grid').locator('[role=row]').count()).toBeGreaterThan(4);
    // The focus lands on the first item that was hidden.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-item'))).toMatch(/^event:/);

    await newEvent.click();
    await page.getByRole('dialog', { name: late }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^Minder tonen/ }).click();
    await newEvent.waitFor({ state: 'detached' });
    await page.context().close();
  });
});
