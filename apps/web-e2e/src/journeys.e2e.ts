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
const localDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(d);

describe('planning an event', () => {
  it('a member assigns COVER and PUBLISH from the drawer; the badge turns covered, also in a second open browser', async () => {
    const api = await apiAs('member@planbord.local');
    const starts = new Date(Date.now() + 9 * 86400_000);
    starts.setUTCHours(13, 0, 0, 0);
    const title = `Persmoment ${Date.now() % 100000}`;
    const { createEvent } = await api<{ createEvent: { id: string } }>(
      'mutation($s: DateTime!, $e: DateTime!, $t: String!) { createEvent(input: { title: $t, startsAt: $s, endsAt: $e }) { id } }',
      { s: starts.toISOString(), e: new Date(starts.getTime() + 3600_000).toISOString(), t: title },
    );
    const calendarUrl = `/kalender?datum=${localDate(starts)}`;

    const watcher = await newPage(browser);
    await login(watcher, 'editor@planbord.local');
    await watcher.goto(calendarUrl);
    const watched = watcher.getByRole('button', { name: new RegExp(`${title}, Niet gedekt`) });
    await watched.waitFor();

    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`${calendarUrl}&item=event:${createEvent.id}`);
    const drawer = page.getByRole('dialog', { name: title });
    await drawer.waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    for (const [role, person] of [
      ['Verslag maken', 'Daan Smit'],
      ['Publiceren', 'Eva de Jong'],
    ]) {
      const disclosure = drawer.locator('details', { hasText: 'Iemand toewijzen' });
      if (!(await disclosure.evaluate((el) => (el as HTMLDetailsElement).open)))
        await drawer.getByText('Iemand toewijzen').click();
      await drawer.getByLabel('Rol', { exact: true }).selectOption({ label: role });
      const people = drawer.getByLabel('Persoon', { exact: true });
      const option = (await people.locator('option').allTextContents()).find((o) => o.startsWith(person))!;
      await people.selectOption({ label: option });
      await drawer.getByRole('button', { name: 'Toewijzen', exact: true }).click();
      await drawer.getByText(person).first().waitFor();
    }
    await drawer.getByText('Gedekt', { exact: true }).first().waitFor();
    await drawer.getByRole('button', { name: 'Sluiten' }).click();
    await page.getByRole('button', { name: new RegExp(`${title}, Gedekt`) }).waitFor();

    // The editor's page was never reloaded.
    await watcher.getByRole('button', { name: new RegExp(`${title}, Gedekt`) }).waitFor({ timeout: 15_000 });
    await page.context().close();
    await watcher.context().close();
  });

  it('shows a liaison the calendar read-only, and the planning board only to the team', async () => {
    const page = await newPage(browser);
    await login(page, 'liaison@planbord.local');
    await nav(page).getByRole('link', { name: 'Kalender' }).click();
    await page.getByRole('group', { name: 'Weergave' }).waitFor();
    expect(await nav(page).getByRole('link', { name: 'Planning' }).count()).toBe(0);
    expect(await nav(page).getByRole('link', { name: 'Rubrieken' }).count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.context().close();

    const member = await newPage(browser);
    await login(member, 'member@planbord.local');
    await nav(member).getByRole('link', { name: 'Planning' }).click();
    await member.getByRole('heading', { name: 'Planning', level: 1 }).waitFor();
    await member.getByRole('heading', { name: 'Balans per week' }).waitFor();
    expect(await seriousA11yViolations(member)).toEqual([]);
    await member.context().close();
  });
});

/** The bell's unread count as its name says it; other tests may have left notifications for the same person. */
async function unreadCount(page: Page): Promise<number> {
  const label = (await page.getByRole('button', { name: /^Meldingen, / }).getAttribute('aria-label')) ?? '';
  return /geen ongelezen/.test(label) ? 0 : Number(/(\d+) ongelezen/.exec(label)?.[1] ?? Number.NaN);
}

const bellName = (count: number) => new RegExp(`^Meldingen, ${count} ongelezen`);

describe('publishing a post', () => {
  it('a new post saved again after its answer was lost is created once', async () => {
    const title = `Bericht ${Date.now() % 100000} opnieuw`;
    const page = await newPage(browser);
    await login(page, 'editor@planbord.local');
    const api = await apiAs('editor@planbord.local');
    const { channels } = await api<{ channels: { id: string; kind: string }[] }>('{ channels { id kind } }');
    await page.goto('/berichten/nieuw');
    await page.getByLabel('Kanaal', { exact: true }).selectOption({ value: channels[0].id });
    await page.getByLabel('Titel', { exact: true }).fill(title);
    await page.getByLabel('Tekst', { exact: true }).fill('De markt gaat door, ook als het regent.');
    await page.getByLabel('Gepland op').fill('2031-05-14T10:00');
    // The first save reaches the server, but its answer never reaches the browser.
    let lost = false;
    await page.route('**/graphql', async (route) => {
      if (!lost && route.request().postData()?.includes('CreatePost')) {
        lost = true;
        await route.fetch();
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByRole('alert').filter({ hasText: 'Planbord is nu niet bereikbaar.' }).first().waitFor();
    expect(lost).toBe(true);
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await page.getByText('Concept', { exact: true }).waitFor();
    const { calendar } = await api<{ calendar: { posts: { title: string }[] } }>(
      '{ calendar(from: "2031-05-14T00:00:00+02:00", to: "2031-05-15T00:00:00+02:00") { posts { title } } }',
    );
    expect(calendar.posts.filter((post) => post.title === title)).toHaveLength(1);
    await page.context().close();
  });

  it('goes from writer to editor and back until approved and scheduled, and a crisis holds it', async () => {
    const api = await apiAs('member@planbord.local');
    const { channels } = await api<{ channels: { id: string; name: string; kind: string }[] }>(
      '{ channels { id name kind } }',
    );
    const facebook = channels.find((c) => c.kind === 'FACEBOOK')!;
    const title = `Bericht ${Date.now() % 100000}`;

    const member = await newPage(browser);
    await login(member, 'member@planbord.local');
    await member.goto('/berichten/nieuw');
    await member.getByLabel('Kanaal', { exact: true }).selectOption({ value: facebook.id });
    await member.getByLabel('Titel', { exact: true }).fill(title);
    await member.getByLabel('Tekst', { exact: true }).fill('De bibliotheek is zaterdag open. #lindeveld');
    const planned = new Date(Date.now() + 5 * 86400_000);
    await member.getByLabel('Gepland op').fill(`${localDate(planned)}T10:00`);
    await member.getByRole('button', { name: 'Opslaan als concept' }).click();
    await member.getByText('Concept', { exact: true }).waitFor();
    await member.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await member.getByText('Ingediend ter beoordeling.', { exact: false }).waitFor();
    expect(await seriousA11yViolations(member)).toEqual([]);

    const unreadBefore = await unreadCount(member);
    const editor = await newPage(browser);
    await login(editor, 'editor@planbord.local');
    await nav(editor)
      .getByRole('link', { name: /^Goedkeuren/ })
      .click();
    await editor.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    expect(await seriousA11yViolations(editor)).toEqual([]);
    await editor.getByRole('button', { name: 'Aanpassingen vragen' }).click();
    await editor.getByLabel('Wat moet er anders?').fill('Noem de openingstijden.');
    await editor.getByRole('button', { name: 'Verzoek om aanpassingen versturen' }).click();
    await editor.getByText(`Je vroeg om aanpassingen aan ‘${title}’.`).waitFor();

    await member.getByRole('button', { name: bellName(unreadBefore + 1) }).waitFor({ timeout: 15_000 });
    await member.reload();
    await member
      .getByLabel('Tekst', { exact: true })
      .fill('De bibliotheek is zaterdag open, van 10 tot 17 uur. #lindeveld');
    await member.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await member.getByText('Ingediend ter beoordeling.', { exact: false }).waitFor();

    await editor.reload();
    await editor.getByRole('button', { name: new RegExp(`^${title}`) }).click();
    await editor.getByRole('button', { name: 'Goedkeuren', exact: true }).click();
    await editor.getByText(`‘${title}’ is goedgekeurd.`).waitFor();

    await member.reload();
    await member.getByRole('button', { name: 'Inplannen' }).click();
    await member.getByText('Ingepland voor', { exact: false }).first().waitFor();

    // Crisis: the editor switches it on; the member's open page shows the banner; off again.
    await editor.getByRole('button', { name: 'Crisismodus inschakelen' }).click();
    const dialog = editor.getByRole('dialog', { name: 'Crisismodus aanzetten' });
    await dialog.getByLabel('Reden').fill('Stroomstoring in de hele gemeente');
    await dialog.getByRole('button', { name: 'Crisismodus aanzetten' }).click();
    await member.getByText('Crisismodus staat aan: Stroomstoring in de hele gemeente').waitFor({ timeout: 15_000 });
    const { post } = await api<{ post: { onHold: boolean } | null }>('query($id: ID!) { post(id: $id) { onHold } }', {
      id: new URL(member.url()).pathname.split('/').pop(),
    });
    expect(post?.onHold).toBe(true);
    // The banner's count leads to the held posts.
    await member.getByRole('link', { name: /(bericht wordt|berichten worden) vastgehouden/ }).click();
    await member.getByRole('heading', { name: 'Vastgehouden berichten' }).waitFor();
    await member.getByRole('link', { name: title }).waitFor();
    // While it is on, the switch is still a red action that says what it does, not a status.
    expect(await editor.getByRole('button', { name: 'Crisismodus uitschakelen' }).getAttribute('class')).toContain(
      'utrecht-button--danger',
    );
    await editor.getByRole('button', { name: 'Crisismodus uitschakelen' }).click();
    const off = editor.getByRole('dialog', { name: 'Crisismodus uitzetten' });
    await off.getByLabel('Reden').fill('Stroom is terug');
    await off.getByRole('button', { name: 'Crisismodus uitzetten' }).click();
    await member.getByText('Crisismodus staat aan', { exact: false }).waitFor({ state: 'detached', timeout: 15_000 });
    await member.context().close();
    await editor.context().close();
  });

  it('warns in the editor when an X post is longer than 280 characters', async () => {
    const api = await apiAs('member@planbord.local');
    const { channels } = await api<{ channels: { id: string; name: string; kind: string }[] }>(
      '{ channels { id name kind } }',
    );
    const x = channels.find((c) => c.kind === 'X')!;
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto('/berichten/nieuw');
    await page.getByLabel('Kanaal', { exact: true }).selectOption({ value: x.id });
    await page.getByLabel('Titel', { exact: true }).fill('Te lang');
    await page.getByLabel('Tekst', { exact: true }).fill('a'.repeat(300));
    await page.getByText(`Te lang voor ${x.name}: 300 van maximaal 280 tekens.`).first().waitFor();
    await page.context().close();
  });
});
