import type { Browser, Page } from 'playwright-core';
import { apiAs, appUrl, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

type Api = Awaited<ReturnType<typeof apiAs>>;
/** A word no other test (nor the demo) uses, so a search finds this test's signals only. */
const uniqueWord = () => `proef${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

interface SignalState {
  id: string;
  status: string;
  assignee: { id: string } | null;
  replies: { body: string }[];
  actions: { kind: string; answer: string | null }[];
}
const SIGNAL_STATE = 'id status assignee { id } replies { body } actions { kind answer }';

async function recordSignal(api: Api, input: Record<string, unknown>): Promise<string> {
  const { recordSignal } = await api<{ recordSignal: { id: string } }>(
    'mutation($i: SignalInput!) { recordSignal(input: $i) { id } }',
    { i: { source: 'FACEBOOK', needsReply: true, ...input } },
  );
  return recordSignal.id;
}

async function signalState(api: Api, id: string): Promise<SignalState> {
  const { signal } = await api<{ signal: SignalState }>(`query($id: ID!) { signal(id: $id) { ${SIGNAL_STATE} } }`, {
    id,
  });
  return signal;
}

/** The keyboard is on a row of the inbox: the focused element is the row of this signal. */
async function focusedSignal(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-signal-id') ?? null);
}

async function waitForFocusedDialog(page: Page, name: string) {
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await page.waitForFunction((title) => {
    const active = document.activeElement;
    const open = [...document.querySelectorAll('dialog[open]')].at(-1);
    return !!open && open.contains(active) && open.textContent?.includes(title);
  }, name);
  return dialog;
}

/** Presses Tab until the focused element's text or label matches, then presses Enter; keyboard only. */
async function tabToAndPress(page: Page, name: string, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const text = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (text === name) {
      await page.keyboard.press('Enter');
      return;
    }
  }
  throw new Error(`No "${name}" within ${limit} Tab presses`);
}

async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.planbord-loading').length === 0);
}

describe('the newsroom inbox', () => {
  it('lets a member assign, decide, reply to and dismiss signals by keyboard alone', async () => {
    const api = await apiAs('member@planbord.local');
    const { me } = await api<{ me: { id: string } }>('{ me { id } }');
    const word = uniqueWord();
    // Oldest first, so the inbox (newest first) lists them in the order of `ids`.
    const ids: string[] = [];
    for (const [index, text] of [
      'De stoeptegel bij de Kerkstraat ligt los',
      'De containers aan de Molenweg worden al twee weken niet geleegd',
      'Waarom is de Dorpsweg afgesloten?',
      'Goedkoop spul kopen, klik hier',
    ].entries()) {
      const receivedAt = new Date(Date.now() - (10 - index) * 60_000).toISOString();
      ids.unshift(await recordSignal(api, { body: `${text} ${word}`, authorName: `Bewoner ${index}`, receivedAt }));
    }
    const [spam, diversion, containers, paving] = ids;

    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`/nieuwsroom?zoek=${word}`);
    await page.getByRole('list', { name: 'Signalen' }).getByRole('listitem').nth(3).waitFor();
    await page.getByText('Sneltoetsen').waitFor();

    // j onto the first signal; e, then Enter on "Aan mij".
    await page.keyboard.press('j');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-signal-id') === id, spam);
    await page.keyboard.press('j');
    expect(await focusedSignal(page)).toBe(diversion);
    await page.keyboard.press('k');
    expect(await focusedSignal(page)).toBe(spam);
    await page.keyboard.press('j');
    await page.keyboard.press('e');
    await waitForFocusedDialog(page, 'Toewijzen');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Toewijzen' }).waitFor({ state: 'hidden' });
    // The dialog closes once the server has the change.
    expect((await signalState(api, diversion)).assignee?.id).toBe(me.id);

    // d: a decision to a department, chosen and sent with the keyboard.
    await page.keyboard.press('j');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-signal-id') === id, containers);
    await page.keyboard.press('d');
    await waitForFocusedDialog(page, 'Besluiten');
    await page.keyboard.press('ArrowDown'); // Data opvragen
    await page.keyboard.press('Tab'); // the owner
    await page.keyboard.press('ArrowDown');
    await tabToAndPress(page, 'Besluit vastleggen');
    await page.getByRole('dialog', { name: 'Besluiten' }).waitFor({ state: 'hidden' });
    expect((await signalState(api, containers)).actions.map((a) => a.kind)).toEqual(['REQUEST_DATA']);

    // r: the drawer opens with the focus in the answer; Enter in the address field records it.
    await page.keyboard.press('j');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-signal-id') === id, paving);
    await page.keyboard.press('r');
    await page.getByRole('dialog', { name: 'Signaal' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type('Dank voor uw melding, de tegel wordt deze week vastgelegd.');
    await tabToAndPress(page, 'Antwoord vastleggen');
    await page
      .getByRole('dialog', { name: 'Signaal' })
      .locator('.planbord-reply-list')
      .getByText('Dank voor uw melding, de tegel wordt deze week vastgelegd.')
      .waitFor();
    expect((await signalState(api, paving)).replies.map((r) => r.body)).toEqual([
      'Dank voor uw melding, de tegel wordt deze week vastgelegd.',
    ]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Signaal' }).waitFor({ state: 'hidden' });

    // x on the spam: a reason, Enter; it leaves the open inbox and the keyboard stays in the list.
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-signal-id') === id, spam);
    await page.keyboard.press('x');
    await waitForFocusedDialog(page, 'Terzijde leggen');
    await page.keyboard.type('Reclame');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Terzijde leggen' }).waitFor({ state: 'hidden' });
    expect((await signalState(api, spam)).status).toBe('DISMISSED');
    await page.locator(`[data-signal-id="${spam}"]`).waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-signal-id'));

    // Typing in the search field never triggers a shortcut.
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'newsroom-search');
    await page.keyboard.type('jkdrx');
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByLabel('Zoeken', { exact: true }).inputValue()).toBe(`${word}jkdrx`);
    await page.context().close();
  });

  it('lets a member work through ten signals by keyboard alone: five taken on, five set aside', async () => {
    const api = await apiAs('member@planbord.local');
    const { me } = await api<{ me: { id: string } }>('{ me { id } }');
    const word = uniqueWord();
    const ids: string[] = [];
    for (let index = 0; index < 10; index++) {
      const receivedAt = new Date(Date.now() - (20 - index) * 60_000).toISOString();
      ids.unshift(await recordSignal(api, { body: `Melding ${index + 1} over de Molenweg ${word}`, receivedAt }));
    }

    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`/nieuwsroom?zoek=${word}`);
    await page.getByRole('list', { name: 'Signalen' }).getByRole('listitem').nth(9).waitFor();

    const waitForFocus = (id: string) =>
      page.waitForFunction((want) => document.activeElement?.getAttribute('data-signal-id') === want, id);
    // Take the first on, set the next aside, and so on.
    await page.keyboard.press('j');
    for (const [index, id] of ids.entries()) {
      await waitForFocus(id);
      if (index % 2 === 0) {
        await page.keyboard.press('e');
        await waitForFocusedDialog(page, 'Toewijzen');
        await page.keyboard.press('Enter');
        await page.getByRole('dialog', { name: 'Toewijzen' }).waitFor({ state: 'hidden' });
        await page.keyboard.press('j');
      } else {
        await page.keyboard.press('x');
        await waitForFocusedDialog(page, 'Terzijde leggen');
        await page.keyboard.type('Dubbele melding');
        await page.keyboard.press('Enter');
        await page.getByRole('dialog', { name: 'Terzijde leggen' }).waitFor({ state: 'hidden' });
        // The keyboard stays in its place: the next signal moves up under it.
        await page.locator(`[data-signal-id="${id}"]`).waitFor({ state: 'detached' });
      }
    }

    const states = await Promise.all(ids.map((id) => signalState(api, id)));
    expect(states.map((state, index) => (index % 2 === 0 ? state.assignee?.id : state.status))).toEqual(
      ids.map((_, index) => (index % 2 === 0 ? me.id : 'DISMISSED')),
    );
    await page.context().close();
  });

  it('puts a post it decides on into free ad-hoc room chosen in the calendar', async () => {
    const api = await apiAs('member@planbord.local');
    const word = uniqueWord();
    // Room for any channel a few days ahead, at a whole hour, so it lies in the dialog's coming four weeks.
    const startsAt = new Date(Math.ceil((Date.now() + 3 * 86_400_000) / 3_600_000) * 3_600_000).toISOString();
    const title = `Ruimte ${word}`;
    const { createAdHocSlot } = await api<{ createAdHocSlot: { id: string } }>(
      'mutation($i: AdHocSlotInput!) { createAdHocSlot(input: $i) { id } }',
      { i: { startsAt, title } },
    );
    const id = await recordSignal(api, { body: `De omleiding bij de Dorpsweg ${word}` });

    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`/nieuwsroom?zoek=${word}`);
    await page.getByRole('list', { name: 'Signalen' }).getByRole('listitem').first().waitFor();
    await page.keyboard.press('j');
    await page.keyboard.press('d');
    const dialog = await waitForFocusedDialog(page, 'Besluiten');
    await dialog.getByLabel('Bericht op sociale media').check();
    await dialog.getByLabel('Kanaal').selectOption({ index: 1 });
    const room = dialog.getByLabel('Ruimte in de kalender');
    await room.locator('option', { hasText: title }).waitFor({ state: 'attached' });
    await room.selectOption({ label: (await room.locator('option', { hasText: title }).textContent()) ?? '' });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const { signal } = await api<{
      signal: { actions: { post: { plannedAt: string; slot: { id: string } } | null }[] };
    }>('query($id: ID!) { signal(id: $id) { actions { post { plannedAt slot { id } } } } }', { id });
    expect(
      signal.actions.map(
        (action) => action.post && { at: Date.parse(action.post.plannedAt), slot: action.post.slot.id },
      ),
    ).toEqual([{ at: Date.parse(startsAt), slot: createAdHocSlot.id }]);
    await page.context().close();
  });

  it('keeps its filters in the address, so a reload shows the same signals', async () => {
    const api = await apiAs('member@planbord.local');
    const word = uniqueWord();
    await recordSignal(api, { body: `Compliment voor de bibliotheek ${word}`, source: 'INSTAGRAM', needsReply: false });
    await recordSignal(api, { body: `De bibliotheek is te vroeg dicht ${word}`, source: 'EMAIL' });
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto('/nieuwsroom');
    await page.getByLabel('Zoeken', { exact: true }).fill(word);
    await page.getByLabel('Zoeken', { exact: true }).press('Enter');
    await page.getByLabel('Bron').selectOption('EMAIL');
    await page.waitForFunction((word) => {
      const params = new URLSearchParams(window.location.search);
      return params.get('bron') === 'EMAIL' && params.get('zoek') === word;
    }, word);
    await page.reload();
    const list = page.getByRole('list', { name: 'Signalen' });
    await list.getByText('te vroeg dicht').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(1);
    await page.context().close();
  });
});

describe('webcare on a phone', () => {
  it('shows the queue with its clocks and records a reply on a 390 px screen', async () => {
    const api = await apiAs('member@planbord.local');
    const word = uniqueWord();
    const body = `Wanneer wordt het grofvuil opgehaald? ${word}`;
    const id = await recordSignal(api, { body, authorName: 'Mevrouw Jansen', url: 'https://example.org/post/1' });
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'nl-NL',
      baseURL: appUrl(),
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await login(page, 'member@planbord.local');
    await page.goto('/nieuwsroom/webcare');
    const item = page.getByRole('listitem').filter({ hasText: word });
    await item.waitFor();
    // The clock says it in words, not by colour alone.
    await item.getByText(/^(Op tijd|Bijna te laat|Te laat)/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await item.getByRole('button', { name: 'Reageren op Mevrouw Jansen' }).click();
    const drawer = page.getByRole('dialog', { name: 'Signaal' });
    await drawer.getByLabel('Antwoord', { exact: true }).fill('Beste mevrouw Jansen, dinsdag komt de wagen langs.');
    await drawer.getByRole('link', { name: 'Open het bericht om te plakken' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await drawer.getByRole('button', { name: 'Antwoord vastleggen' }).click();
    await drawer
      .locator('.planbord-reply-list')
      .getByText('Beste mevrouw Jansen, dinsdag komt de wagen langs.')
      .waitFor();
    expect((await signalState(api, id)).replies.length).toBe(1);
    await drawer.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('listitem').filter({ hasText: word }).waitFor({ state: 'detached' });
    await context.close();
  });
});

describe('a question to a department', () => {
  it('reaches the liaison without the resident’s name, and the answer comes back on the signal', async () => {
    const member = await apiAs('member@planbord.local');
    const liaison = await apiAs('liaison@planbord.local');
    const { me: liaisonMe } = await liaison<{ me: { department: { id: string } } }>('{ me { department { id } } }');
    const word = uniqueWord();
    const resident = `Henk Tegelaar ${word}`;
    const id = await recordSignal(member, {
      body: `Er ligt een losse stoeptegel voor nummer 12 ${word}`,
      authorName: resident,
      authorHandle: `@henk${word}`,
    });
    const question = `Wanneer wordt de tegel bij nummer 12 hersteld? ${word}`;
    await member('mutation($i: DecisionInput!) { decide(input: $i) { id } }', {
      i: {
        signalId: id,
        kind: 'INFORM_COLLEAGUE',
        departmentId: liaisonMe.department.id,
        dueAt: '2031-03-04T10:00:00Z',
        note: question,
      },
    });
    expect((await signalState(member, id)).status).toBe('WAITING_FOR_DEPARTMENT');

    const page = await newPage(browser);
    await login(page, 'liaison@planbord.local');
    // Liaisons never see the newsroom itself.
    expect(
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Nieuwsroom' }).count(),
    ).toBe(0);
    await page.goto('/aanvragen');
    const questions = page.getByRole('region', { name: 'Vragen van de newsroom' });
    const item = questions.getByRole('listitem').filter({ hasText: question });
    await item.waitFor();
    expect(await page.getByText(resident).count()).toBe(0);
    expect(await page.getByText(`@henk${word}`).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await item.getByLabel('Je antwoord').fill('Donderdag legt de aannemer hem vast.');
    await item.getByRole('button', { name: 'Antwoord versturen' }).click();
    // The form gives way to the answer once the server has it.
    await item.getByLabel('Je antwoord').waitFor({ state: 'detached' });
    await questions.getByText(/Antwoord: Donderdag legt de aannemer hem vast\./).waitFor();
    expect((await signalState(member, id)).status).toBe('IN_PROGRESS');
    expect((await signalState(member, id)).actions[0].answer).toBe('Donderdag legt de aannemer hem vast.');

    await page.goto('/nieuwsroom');
    await page.getByRole('heading', { level: 1, name: 'Pagina niet gevonden' }).waitFor();
    await page.context().close();
  });
});

describe('the newsroom pages', () => {
  it('have nothing serious or critical for axe, with the drawer and the decide dialog open too', async () => {
    const api = await apiAs('editor@planbord.local');
    const word = uniqueWord();
    const id = await recordSignal(api, { body: `De containers bij het station zijn vol ${word}` });
    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    const failures: string[] = [];
    const pages = [
      '/nieuwsroom',
      '/nieuwsroom/webcare',
      '/nieuwsroom/onderwerpen',
      '/nieuwsroom/besluitenlijst',
      '/nieuwsroom/nieuw',
      ...['normen', 'kantooruren', 'piket', 'sjablonen', 'themaregels', 'bronnen'].map(
        (section) => `/nieuwsroom/instellingen/${section}`,
      ),
    ];
    for (const path of pages) {
      await page.goto(path);
      await settled(page);
      failures.push(...(await seriousA11yViolations(page)));
    }
    await page.goto(`/nieuwsroom?zoek=${word}&signaal=${id}`);
    const drawer = page.getByRole('dialog', { name: 'Signaal' });
    await drawer.getByText(`De containers bij het station zijn vol ${word}`).first().waitFor();
    failures.push(...(await seriousA11yViolations(page)));
    await drawer.getByRole('button', { name: 'Besluiten (d)' }).click();
    await page.getByRole('dialog', { name: 'Besluiten' }).waitFor();
    failures.push(...(await seriousA11yViolations(page)));
    expect(failures).toEqual([]);
    await page.context().close();
  });

  it('give the focus back to the topic’s decide button when its dialog closes', async () => {
    const api = await apiAs('member@planbord.local');
    const word = uniqueWord();
    const id = await recordSignal(api, { body: `Lantaarnpaal kapot ${word}` });
    const title = `Straatverlichting ${word}`;
    await api('mutation($t: String!, $s: [ID!]!) { createTopic(title: $t, signalIds: $s) { id } }', {
      t: title,
      s: [id],
    });
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto('/nieuwsroom/onderwerpen');
    const decide = page.getByRole('button', { name: `Besluiten over "${title}"` });
    await decide.focus();
    await page.keyboard.press('Enter');
    await waitForFocusedDialog(page, 'Besluiten');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Besluiten' }).waitFor({ state: 'hidden' });
    expect(await decide.evaluate((button) => button === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('show a webhook source’s secret once, with a copy button and an example request', async () => {
    const page = await newPage(browser);
    await login(page, 'admin@planbord.local');
    await page.goto('/nieuwsroom/instellingen/bronnen');
    const name = `Monitoringtool ${uniqueWord()}`;
    await page.getByLabel('Naam', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Bron toevoegen' }).click();
    await page.getByText(`Het geheim van "${name}"`).waitFor();
    await page.getByRole('button', { name: 'Geheim kopiëren' }).waitFor();
    await page.getByText(/curl -X POST/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.reload();
    await page.getByText(name).first().waitFor();
    expect(await page.getByText(`Het geheim van "${name}"`).count()).toBe(0);
    await page.context().close();
  });
});
