import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { apiAs, DEMO_PASSWORD, launchBrowser, login, newPage, startApp, type RunningApp } from './harness';

// Bonaire, in the Caribbean Netherlands, keeps UTC−4 all year: 14:00 UTC is 10:00 there on any date.
const ZONE = 'America/Kralendijk';

let app: RunningApp;
let browser: Browser;
beforeAll(async () => {
  [app, browser] = await Promise.all([startApp({ ORG_TIME_ZONE: ZONE, SEED_DEMO: 'true' }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  if (app) {
    await app.stop();
    rmSync(app.dataDir, { recursive: true, force: true });
  }
});

describe('an organisation in another time zone', () => {
  it('shows the calendar, the event drawer, the post editor and the requests on its own clock', async () => {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date(Date.now() + 30 * 86400_000));
    const startsAt = `${day}T14:00:00.000Z`;
    const endsAt = `${day}T16:00:00.000Z`;
    const suffix = Date.now() % 100000;
    const member = await apiAs('member@planbord.local', DEMO_PASSWORD, app.url);
    const { createEvent } = await member<{ createEvent: { id: string } }>(
      'mutation($input: EventInput!) { createEvent(input: $input) { id } }',
      { input: { title: `Natuurdag ${suffix}`, startsAt, endsAt } },
    );
    const { channels } = await member<{ channels: { id: string }[] }>('{ channels { id } }');
    const { createPost } = await member<{ createPost: { id: string } }>(
      'mutation($input: PostInput!) { createPost(input: $input) { id } }',
      {
        input: {
          title: `Natuurdag bericht ${suffix}`,
          body: 'Kom naar de natuurdag.',
          channelId: channels[0].id,
          eventId: createEvent.id,
          plannedAt: startsAt,
        },
      },
    );
    const liaison = await apiAs('liaison@planbord.local', DEMO_PASSWORD, app.url);
    await liaison('mutation($input: EventRequestInput!) { submitEventRequest(input: $input) { id } }', {
      input: { title: `Strandschoonmaak ${suffix}`, startsAt, endsAt },
    });

    const page = await newPage(browser, 'nl-NL', app.url);
    await login(page, 'member@planbord.local');
    await page.goto(`/kalender?weergave=week&datum=${day}`);
    await page.getByRole('button', { name: new RegExp(`^10:00 Natuurdag ${suffix},`) }).waitFor();

    await page.goto(`/kalender?weergave=week&datum=${day}&item=event:${createEvent.id}`);
    await page
      .getByRole('dialog', { name: `Natuurdag ${suffix}` })
      .getByText(', 10:00 tot 12:00', { exact: false })
      .waitFor();

    await page.goto(`/berichten/${createPost.id}`);
    const plannedAt = page.getByLabel('Gepland op');
    await plannedAt.waitFor();
    expect(await plannedAt.inputValue()).toBe(`${day}T10:00`);
    await page.getByText(`Datum en tijd in de tijdzone van de organisatie (${ZONE}).`).waitFor();
    await page.context().close();

    const requests = await newPage(browser, 'nl-NL', app.url);
    await login(requests, 'liaison@planbord.local');
    await requests.goto('/aanvragen');
    await requests
      .getByRole('article', { name: `Strandschoonmaak ${suffix}` })
      .getByText(', 10:00–12:00', { exact: false })
      .waitFor();
    await requests.context().close();
  });
});
