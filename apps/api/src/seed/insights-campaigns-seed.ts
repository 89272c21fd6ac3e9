import type { DataSource } from 'typeorm';
import { localDateOf } from '@planbord/domain';
import { User } from '@planbord/api-identity';
import { AdsBudget, Campaign, Evaluation } from '@planbord/api-insights';
import { Rubric } from '@planbord/api-planning';
import { Post } from '@planbord/api-publishing';

/**
 * The demo's paid reach and what the team learned: this year's ads budget of €5,000, a campaign boosting published
 * demo posts with what it spent, and evaluations on published posts and on a rubric. Only into a database that has
 * none of these yet, and only when the demo's posts and people are there.
 */
export async function seedCampaignsDemo(db: DataSource, orgTimeZone: string, now = new Date()): Promise<void> {
  const [campaigns, budgets, evaluations] = await Promise.all([
    db.getRepository(Campaign).count({ withDeleted: true }),
    db.getRepository(AdsBudget).count({ withDeleted: true }),
    db.getRepository(Evaluation).count({ withDeleted: true }),
  ]);
  if (campaigns + budgets + evaluations > 0) return;
  const editor = await db.getRepository(User).findOneBy({ email: 'editor@planbord.local' });
  const published = await db
    .getRepository(Post)
    .find({ where: { status: 'PUBLISHED' }, order: { publishedAt: 'DESC' }, take: 20 });
  const rubric = (await db.getRepository(Rubric).find({ order: { name: 'ASC' }, take: 1 }))[0];
  if (!editor || published.length === 0) return;
  const member = (await db.getRepository(User).findOneBy({ email: 'member@planbord.local' })) ?? editor;
  const today = localDateOf(now, orgTimeZone);
  const year = Number(today.slice(0, 4));

  await db.transaction(async (em) => {
    await em.save(em.create(AdsBudget, { year, budgetCents: 500_000 }));
    // The campaign boosts the channel with the most recent published posts: two of them at most.
    const channelId = published[0].channelId;
    const boosted = published.filter((post) => post.channelId === channelId).slice(0, 2);
    const days = boosted.map((post) => localDateOf(post.publishedAt ?? now, orgTimeZone)).sort();
    const campaign = await em.save(
      em.create(Campaign, {
        name: 'Zichtbaarheid wijkagenda',
        channelId,
        startsOn: days[0] < `${year}-01-01` ? `${year}-01-01` : days[0],
        endsOn: today,
        budgetCents: 75_000,
        spentCents: 42_350,
        results: 'Twee keer zoveel bereik als zonder promotie, vooral bij inwoners tussen 25 en 45.',
        createdById: editor.id,
      }),
    );
    if (days[0] >= `${year}-01-01`)
      for (const post of boosted)
        await em.query('INSERT INTO campaign_posts (campaign_id, post_id) VALUES ($1, $2)', [campaign.id, post.id]);

    const notes: [Post | undefined, string, string | null][] = [
      [published[0], 'De foto’s van de eigen medewerkers kregen veel reacties.', 'Een dag eerder aankondigen.'],
      [published[1], 'Een korte vraag aan het eind leverde gesprekken in de reacties op.', null],
      [published[2], 'Het filmpje werd vaak gedeeld.', 'Ondertitels toevoegen: veel mensen kijken zonder geluid.'],
    ];
    for (const [post, worked, different] of notes)
      if (post) await em.save(em.create(Evaluation, { postId: post.id, worked, different, authorId: member.id }));
    if (rubric)
      await em.save(
        em.create(Evaluation, {
          rubricId: rubric.id,
          worked: 'Vaste dag en tijd: volgers weten wanneer de rubriek komt.',
          different: 'Vaker een inwoner aan het woord laten.',
          authorId: editor.id,
        }),
      );
  });
}
