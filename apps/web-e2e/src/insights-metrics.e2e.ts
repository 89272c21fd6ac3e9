import type { Browser } from 'playwright-core';
import { apiAs, launchBrowser, login, newPage, seriousA11yViolations } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

interface Versioned {
  id: string;
  version: number;
}

/** A Facebook post taken all the way to published, with a permalink of its own. */
async function publishedFacebookPost(tag: string): Promise<{ id: string; url: string }> {
  const member = await apiAs('member@planbord.local');
  const editor = await apiAs('editor@planbord.local');
  const { channels } = await member<{ channels: { id: string; kind: string }[] }>('{ channels { id kind } }');
  const channelId = channels.find((c) => c.kind === 'FACEBOOK')!.id;
  const plannedAt = '2031-09-01T08:00:00Z';
  let post = (
    await member<{ createPost: Versioned }>('mutation($i: PostInput!) { createPost(input: $i) { id version } }', {
      i: { channelId, title: `Cijfers ${tag}`, body: 'Kom naar de markt!', plannedAt },
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
  post = (
    await member<{ schedulePost: Versioned }>(
      'mutation($id: ID!, $v: Int!, $t: DateTime!) { schedulePost(id: $id, expectedVersion: $v, plannedAt: $t) { id version } }',
      { id: post.id, v: post.version, t: plannedAt },
    )
  ).schedulePost;
  const url = `https://www.facebook.com/gemeentelindeveld/posts/pfbid0E2e${tag}`;
  await member(
    'mutation($id: ID!, $v: Int!, $u: String) { markPostPublished(id: $id, expectedVersion: $v, url: $u) { id } }',
    {
      id: post.id,
      v: post.version,
      u: url,
    },
  );
  return { id: post.id, url };
}

describe('the figures of a published post', () => {
  it('are entered in the post editor with validation at the field, then updated from a Facebook export', async () => {
    const tag = `${Date.now() % 1_000_000}`;
    const post = await publishedFacebookPost(tag);
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.goto(`/berichten/${post.id}`);
    const panel = page.getByRole('region', { name: 'Cijfers' });
    await panel.getByText('Er zijn nog geen cijfers van dit bericht.').waitFor();
    await panel.getByRole('button', { name: 'Cijfers invullen' }).click();
    await panel.getByLabel('Bereik').fill('-5');
    await panel.getByLabel('Reacties en likes').fill('42');
    await panel.getByRole('button', { name: 'Cijfers opslaan' }).click();
    await panel.getByText('Kies een getal van 0 tot en met 2147483647.').waitFor();
    await panel.getByLabel('Bereik').fill('1.250');
    await panel.getByRole('button', { name: 'Cijfers opslaan' }).click();
    await panel.getByText('De cijfers zijn opgeslagen.').waitFor();
    await panel.getByText('1.250').waitFor();
    await panel.getByText(/^Ingevuld; geteld op/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await panel.getByRole('link', { name: 'Cijfers importeren' }).click();
    await page.getByRole('heading', { name: 'Cijfers importeren' }).waitFor();
    const csv = [
      'Post ID,Page ID,Permalink,Publish time,Views,Reach,Reactions,Comments,Shares,Total clicks',
      `1_${tag},1,${post.url},09/01/2031 10:00,3000,2400,77,9,4,31`,
      `2_${tag},1,https://www.facebook.com/gemeentelindeveld/posts/pfbid0Onbekend${tag},01/02/2001 10:00,1,1,1,1,1,1`,
    ].join('\r\n');
    await page.getByLabel('Exportbestand').setInputFiles({
      name: 'facebook.csv',
      mimeType: 'text/csv',
      buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]),
    });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page
      .getByText(
        'Facebook (Meta Business Suite): 2 rijen gelezen, 1 bij een bericht gevonden, 1 met nieuwe cijfers, 1 niet geplaatst.',
      )
      .waitFor();
    const unmatched = page.getByRole('table', { name: 'Rijen zonder bericht' });
    expect(await unmatched.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe('3');
    await unmatched.getByText(/Geen gepubliceerd bericht met deze link/).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.goto(`/berichten/${post.id}`);
    await page.getByRole('region', { name: 'Cijfers' }).getByText('2.400').waitFor();
    await page
      .getByRole('region', { name: 'Cijfers' })
      .getByText(/^Uit een export; geteld op/)
      .waitFor();
    await page.context().close();
  }, 120_000);

  it('ask for the columns of a file they do not recognise, and the pages fit a phone', async () => {
    const page = await newPage(browser);
    await login(page, 'member@planbord.local');
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/rapportages/importeren');
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByText('Kies een bestand.').waitFor();
    await page.getByLabel('Exportbestand').setInputFiles({
      name: 'onbekend.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Wanneer;Hoeveel\n01-01-2001;3\n'),
    });
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page.getByRole('heading', { name: 'Kolommen kiezen' }).waitFor();
    await page.getByLabel('Platform').selectOption('META_FACEBOOK');
    await page.getByLabel('Publicatietijd (verplicht)').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

    await page.getByRole('link', { name: 'Volgers per kanaal' }).click();
    await page.getByRole('heading', { name: 'Volgers per kanaal' }).waitFor();
    await page.getByRole('table', { name: 'Volgers per maand' }).waitFor();
    await page.getByLabel('Volgers', { exact: true }).fill('veel');
    await page.getByRole('button', { name: 'Volgers opslaan' }).click();
    await page.getByText('Kies een getal van 0 tot en met 2147483647.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  }, 120_000);
});
