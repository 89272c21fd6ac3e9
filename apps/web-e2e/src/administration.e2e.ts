import type { Browser, Page } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
type Call = Awaited<ReturnType<typeof apiAs>>;

async function makePerson(admin: Call, name: string, weeklyHours = 32): Promise<string> {
  const { createUser } = await admin<{ createUser: { id: string } }>(
    'mutation($i: UserInput!) { createUser(input: $i) { id } }',
    {
      i: {
        name,
        email: `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@lindeveld.test`,
        role: 'MEMBER',
        password: 'een-goed-wachtwoord',
        weeklyHours,
      },
    },
  );
  return createUser.id;
}

async function makeEvent(editor: Call, title: string, startsAt: string, endsAt: string): Promise<string> {
  return (
    await editor<{ createEvent: { id: string } }>('mutation($i: EventInput!) { createEvent(input: $i) { id } }', {
      i: { title, startsAt, endsAt },
    })
  ).createEvent.id;
}

describe('channels', () => {
  it('a new channel needs its kind chosen, and can be a Mastodon account', async () => {
    const name = `Mastodon Lindeveld ${unique()}`;
    const page = await newPage(browser);
    await login(page, 'admin@planbord.local');
    await page.goto('/beheer/kanalen');
    await page.getByRole('button', { name: 'Nieuw kanaal' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuw kanaal' });
    await dialog.getByLabel('Naam').fill(name);
    expect(await dialog.getByLabel(/^Soort/).inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Vul dit veld in.').waitFor();
    await dialog.getByLabel(/^Soort/).selectOption({ label: 'Mastodon' });
    await dialog.getByLabel('Account of adres').fill('@lindeveld@social.overheid.nl');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByText('Mastodon', { exact: true }).waitFor();
    await page.context().close();
  });

  it('a liaison proposes a channel, an editor approves it with a note, and the liaison sees it approved', async () => {
    const name = `Bluesky Bibliotheek ${unique()}`;
    const liaison = await newPage(browser);
    await login(liaison, 'liaison@planbord.local');
    await nav(liaison).getByRole('link', { name: 'Kanaal voorstellen' }).click();
    await liaison.getByRole('heading', { name: 'Kanaal voorstellen', level: 1 }).waitFor();
    await liaison.getByRole('button', { name: 'Nieuw kanaal voorstellen' }).click();
    const form = liaison.getByRole('dialog', { name: 'Nieuw kanaal voorstellen' });
    await form.getByLabel('Naam').fill(name);
    await form.getByRole('button', { name: 'Voorstel versturen' }).click();
    await form.getByText('Vul dit veld in.').first().waitFor();
    await form.getByLabel(/^Soort/).selectOption({ label: 'Bluesky' });
    await form.getByLabel(/^Waarom dit kanaal/).fill('Jongeren die van X vertrokken, vinden we op Bluesky.');
    expect(await seriousA11yViolations(liaison)).toEqual([]);
    await form.getByRole('button', { name: 'Voorstel versturen' }).click();
    await liaison.getByText(`Je voorstel voor ‘${name}’ is verstuurd.`, { exact: false }).waitFor();
    await liaison.getByRole('row').filter({ hasText: name }).getByText('Wacht op besluit').waitFor();
    expect(await seriousA11yViolations(liaison)).toEqual([]);

    const editor = await newPage(browser);
    await login(editor, 'editor@planbord.local');
    await nav(editor).getByRole('link', { name: 'Beheer' }).click();
    await editor.getByRole('heading', { name: 'Kanaalvoorstellen', level: 1 }).waitFor();
    // The demo's own proposals wait there too.
    await editor
      .getByRole('row')
      .filter({ hasText: 'Pinterest Bibliotheek Lindeveld' })
      .getByText('Marieke Janssen')
      .waitFor();
    const row = editor.getByRole('row').filter({ hasText: name });
    await row.getByText('Jongeren die van X vertrokken').waitFor();
    expect(await seriousA11yViolations(editor)).toEqual([]);
    await row.getByRole('button', { name: `Goedkeuren ${name}` }).click();
    const decision = editor.getByRole('dialog', { name: `‘${name}’ goedkeuren` });
    await decision.getByLabel('Toelichting').fill('Goed idee; de bibliotheek beheert het.');
    expect(await seriousA11yViolations(editor)).toEqual([]);
    await decision.getByRole('button', { name: 'Goedkeuren' }).click();
    await editor.getByText(`‘${name}’ is goedgekeurd en kan nu worden gepland.`).waitFor();

    await liaison.reload();
    const mine = liaison.getByRole('row').filter({ hasText: name });
    await mine.getByText('Goedgekeurd').waitFor();
    await mine.getByText('Goed idee; de bibliotheek beheert het.').waitFor();
    await liaison.context().close();
    await editor.context().close();
  });
});

describe('deactivating a person', () => {
  it('asks first, lists their open jobs with a link, and lets the admin hand one over before deactivating', async () => {
    const admin = await apiAs('admin@planbord.local');
    const editor = await apiAs('editor@planbord.local');
    const name = `Tess Vos ${unique()}`;
    const userId = await makePerson(admin, name);
    const { users } = await admin<{ users: { id: string; name: string }[] }>(
      '{ users(search: "Daan Smit") { id name } }',
    );
    const daan = users.find((u) => u.name === 'Daan Smit')!;
    const title = `Lentemarkt ${unique()}`;
    const eventId = await makeEvent(editor, title, '2031-04-05T10:00:00+02:00', '2031-04-05T15:00:00+02:00');
    await editor('mutation($i: AssignInput!) { assign(input: $i) { id } }', { i: { eventId, userId, role: 'COVER' } });

    const page = await newPage(browser);
    await login(page, 'admin@planbord.local');
    await page.goto('/beheer/personen');
    await page.getByLabel('Zoeken').fill(name);
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: `Deactiveren ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `${name} deactiveren?` });
    await dialog.getByRole('heading', { name: 'Open taken (1)' }).waitFor();
    expect(await dialog.getByRole('link', { name: title }).getAttribute('href')).toBe(
      `/kalender?item=event:${eventId}`,
    );
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByLabel('Overdragen aan').selectOption(daan.id);
    await dialog.getByRole('button', { name: 'Overdragen' }).click();
    await dialog.getByText(`‘${title}’ is overgedragen aan Daan Smit.`).waitFor();
    await dialog.getByText('Deze persoon heeft vanaf nu geen open taken.').waitFor();
    await dialog.getByRole('button', { name: 'Deactiveren' }).click();
    await page.getByText(`${name} is gedeactiveerd.`).waitFor();

    const { event } = await editor<{ event: { assignments: { role: string; user: { id: string } }[] } }>(
      'query($id: ID!) { event(id: $id) { assignments { role user { id } } } }',
      { id: eventId },
    );
    expect(event.assignments).toEqual([{ role: 'COVER', user: { id: daan.id } }]);
    await page.context().close();
  });

  it('keeps the person active when the admin cancels', async () => {
    const admin = await apiAs('admin@planbord.local');
    const name = `Joep Kok ${unique()}`;
    await makePerson(admin, name);
    const page = await newPage(browser);
    await login(page, 'admin@planbord.local');
    await page.goto('/beheer/personen');
    await page.getByLabel('Zoeken').fill(name);
    const row = page.getByRole('row').filter({ hasText: name });
    await row.getByRole('button', { name: `Deactiveren ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `${name} deactiveren?` });
    await dialog.getByText('Deze persoon heeft vanaf nu geen open taken.').waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText('Actief', { exact: true }).waitFor();
    await page.context().close();
  });
});

describe('assigning', () => {
  it('shows the week total with the new job before saving: 3 hours more on 5 of 6 is "8 u van 6 u", over capacity', async () => {
    const admin = await apiAs('admin@planbord.local');
    const editor = await apiAs('editor@planbord.local');
    const name = `Ilse Dekker ${unique()}`;
    const userId = await makePerson(admin, name, 6);
    const busy = await makeEvent(
      editor,
      `Raadsinformatieavond ${unique()}`,
      '2031-03-11T18:00:00+01:00',
      '2031-03-11T22:00:00+01:00',
    );
    await editor('mutation($i: AssignInput!) { assign(input: $i) { id } }', {
      i: { eventId: busy, userId, role: 'COVER', estimatedMinutes: 300 },
    });
    const title = `Opening fietsenstalling ${unique()}`;
    const eventId = await makeEvent(editor, title, '2031-03-13T10:00:00+01:00', '2031-03-13T12:00:00+01:00');

    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    await page.goto(`/kalender?item=event:${eventId}`);
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.getByLabel('Rol', { exact: true }).selectOption({ label: 'Verslag maken' });
    await drawer.getByLabel('Persoon', { exact: true }).selectOption(userId);
    const preview = drawer.getByTestId('workload-after');
    await preview.getByText(/8 u van 6 u: boven capaciteit/).waitFor();
    expect(await preview.textContent()).toContain(name);
    await drawer.getByLabel('Geschatte minuten').fill('30');
    await preview.getByText(/5 u 30 min van 6 u\.$/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('rubrics', () => {
  it('warns before saving a second rubric with the same name and rule, and saves it when confirmed', async () => {
    const name = `Bibliotheektip ${unique()}`;
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await nav(page).getByRole('link', { name: 'Rubrieken' }).click();
    const fill = async () => {
      await page.getByRole('button', { name: 'Nieuwe rubriek' }).click();
      const dialog = page.getByRole('dialog', { name: 'Nieuwe rubriek' });
      await dialog.getByLabel('Naam').fill(name);
      await dialog.getByRole('radio', { name: 'Maandelijks op de zoveelste weekdag' }).check();
      await dialog.getByLabel('Weekdag', { exact: true }).selectOption({ label: 'vrijdag' });
      await dialog.getByLabel('Tijd', { exact: true }).fill('10:00');
      await dialog.getByRole('checkbox').first().check();
      return dialog;
    };
    const first = await fill();
    await first.getByRole('button', { name: 'Opslaan' }).click();
    await first.waitFor({ state: 'hidden' });

    const second = await fill();
    await second.getByRole('button', { name: 'Opslaan' }).click();
    await second
      .getByText(`Er bestaat al een rubriek met deze naam en herhaalregel: ‘${name}’.`, { exact: false })
      .waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await second.getByRole('button', { name: 'Toch opslaan' }).click();
    await second.waitFor({ state: 'hidden' });
    // The list loads again after saving: both rubrics are in it.
    await page.getByRole('row').filter({ hasText: name }).nth(1).waitFor();
    expect(await page.getByRole('row').filter({ hasText: name }).count()).toBe(2);
    await page.context().close();
  });
});
