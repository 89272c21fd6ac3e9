import type { Browser, Page } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const card = (page: Page, heading: string) => page.getByRole('region', { name: heading });

/** The page after login is the overview, with nothing that says it is not ready yet. */
async function landOnOverview(page: Page, email: string): Promise<void> {
  await login(page, email);
  await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  expect(await page.getByText(/binnenkort/i).count()).toBe(0);
}

describe('the overview after login', () => {
  it('shows a liaison their requests and what became of them, each leading to the request', async () => {
    const api = await apiAs('liaison@planbord.local');
    const { eventRequests } = await api<{ eventRequests: { id: string; title: string; status: string }[] }>(
      '{ eventRequests(mine: true) { id title status } }',
    );
    const declined = eventRequests.find((r) => r.status === 'DECLINED')!;
    const page = await newPage(browser);
    await landOnOverview(page, 'liaison@planbord.local');
    const mine = card(page, 'Mijn aanvragen');
    await mine.getByRole('link', { name: declined.title }).waitFor();
    for (const request of eventRequests) await mine.getByRole('link', { name: request.title, exact: true }).waitFor();
    expect(await page.getByRole('region', { name: 'Aanvragen die op antwoord wachten' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await mine.getByRole('link', { name: declined.title }).click();
    await page.waitForURL(`**/aanvragen?aanvraag=${declined.id}`);
    await page.waitForFunction((id) => document.activeElement?.id === `aanvraag-${id}`, declined.id);
    await page.context().close();
  });

  it('shows a member the requests waiting for an answer with their deadline, the gaps ahead and this week, all linked', async () => {
    const api = await apiAs('member@planbord.local');
    const { eventRequests } = await api<{ eventRequests: { id: string; title: string }[] }>(
      '{ eventRequests(status: [REQUESTED]) { id title } }',
    );
    expect(eventRequests.length).toBeGreaterThan(0);
    // A job of today: an all-day event on today's date (the server puts it on the organisation's day), mine to cover.
    const { me } = await api<{ me: { id: string } }>('{ me { id } }');
    const today = `Wijkschouw ${Date.now() % 100000}`;
    const now = new Date();
    const { createEvent } = await api<{ createEvent: { id: string } }>(
      'mutation($i: EventInput!) { createEvent(input: $i) { id } }',
      {
        i: {
          title: today,
          startsAt: now.toISOString(),
          endsAt: new Date(now.getTime() + 60_000).toISOString(),
          allDay: true,
        },
      },
    );
    await api('mutation($i: AssignInput!) { assign(input: $i) { id } }', {
      i: { eventId: createEvent.id, userId: me.id, role: 'COVER' },
    });
    const page = await newPage(browser);
    await landOnOverview(page, 'member@planbord.local');
    const jobs = card(page, 'Mijn werk');
    const job = jobs.getByRole('listitem').filter({ hasText: today });
    await job.getByText('Verslag maken').waitFor();
    expect(await job.getByText('00:00').count()).toBe(0);
    await job.getByRole('link', { name: today }).click();
    await page.getByRole('dialog', { name: today }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    const waiting = card(page, 'Aanvragen die op antwoord wachten');
    const first = waiting.getByRole('listitem').filter({ hasText: eventRequests[0].title });
    await first.waitFor();
    await first.getByText(/^(Antwoord uiterlijk|Te laat: antwoord was uiterlijk) \S+dag \d+ \S+ \d{4}$/).waitFor();
    for (const heading of ['Mijn werk', 'Nog niet gedekt, komende vier weken', 'Vrije ruimte deze week', 'Crisismodus'])
      await card(page, heading).waitFor();
    expect(await page.getByRole('region', { name: 'Berichten die op mijn beoordeling wachten' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Nog in te richten' }).count()).toBe(0);
    await card(page, 'Vrije ruimte deze week')
      .getByText(/vrije plekken voor actuele onderwerpen/)
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // A coverage gap, when the next four weeks have one, opens its event in the calendar.
    const gaps = card(page, 'Nog niet gedekt, komende vier weken');
    await gaps.getByRole('link', { name: 'Naar de planning' }).waitFor();
    const gapLinks = gaps.getByRole('listitem').getByRole('link');
    if ((await gapLinks.count()) > 0) {
      const title = (await gapLinks.first().textContent())!;
      await gapLinks.first().click();
      await page.getByRole('dialog', { name: title }).waitFor();
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    } else {
      await gaps.getByText('Alle geplande activiteiten van de komende vier weken zijn gedekt.').waitFor();
    }

    await waiting.getByRole('link', { name: eventRequests[0].title, exact: true }).click();
    await page.waitForURL(`**/aanvragen?aanvraag=${eventRequests[0].id}`);
    await page.waitForFunction((id) => document.activeElement?.id === `aanvraag-${id}`, eventRequests[0].id);
    await page.context().close();
  });

  it('shows an editor the posts waiting for their review, never their own, and opens one in Goedkeuren', async () => {
    const api = await apiAs('editor@planbord.local');
    const { approvalQueue, me } = await api<{
      approvalQueue: { id: string; title: string; author: { id: string } }[];
      me: { id: string };
    }>('{ me { id } approvalQueue { id title author { id } } }');
    const others = approvalQueue.filter((post) => post.author.id !== me.id);
    expect(others.length).toBeGreaterThan(0);
    const page = await newPage(browser);
    await landOnOverview(page, 'editor@planbord.local');
    const reviews = card(page, 'Berichten die op mijn beoordeling wachten');
    const post = others[others.length - 1];
    await reviews.getByRole('link', { name: post.title }).click();
    await page.waitForURL(`**/goedkeuren?bericht=${post.id}`);
    await page.getByRole('heading', { level: 2, name: post.title }).waitFor();
    await page.context().close();
  });

  it('shows an administrator who has no department yet, leading to their form, besides the team view', async () => {
    const api = await apiAs('admin@planbord.local');
    const name = `Nieuwe collega ${Date.now() % 100000}`;
    const { createUser } = await api<{ createUser: { id: string } }>(
      'mutation($i: UserInput!) { createUser(input: $i) { id } }',
      {
        i: { name, email: `collega-${Date.now()}@lindeveld.test`, role: 'MEMBER', password: 'een-lang-wachtwoord' },
      },
    );
    const page = await newPage(browser);
    await landOnOverview(page, 'admin@planbord.local');
    const setup = card(page, 'Nog in te richten');
    await setup.getByRole('heading', { name: /^Personen zonder afdeling \(\d+\)$/ }).waitFor();
    await card(page, 'Aanvragen die op antwoord wachten').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await setup.getByRole('link', { name }).click();
    await page.waitForURL(`**/beheer/personen?bewerk=${createUser.id}`);
    await page.getByRole('dialog', { name: new RegExp(name) }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === '/beheer/personen' && !url.searchParams.has('bewerk'));
    await api('mutation($id: ID!) { setUserActive(id: $id, active: false) { id } }', { id: createUser.id });
    await page.context().close();
  });
});
