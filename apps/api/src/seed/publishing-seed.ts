import { Not, type DataSource } from 'typeorm';
import { addDays, atLocalTime, localDateOf, type PostStatus } from '@planbord/domain';
import { Channel, User } from '@planbord/api-identity';
import { Event, Slot } from '@planbord/api-planning';
import { Comment, Post, Review } from '@planbord/api-publishing';
import { randomUUID } from 'node:crypto';

interface DemoPost {
  event?: string;
  rubric?: string;
  channel: string;
  title: string;
  body: string;
  status: PostStatus;
  author: string;
  reviewer?: string;
  changes?: string;
  day?: number;
  time?: string;
  comment?: [string, string, string?];
}

const POSTS: DemoPost[] = [
  {
    event: 'Opening skatepark De Hoven',
    channel: 'Instagram @lindeveld',
    title: 'Skatepark De Hoven is open!',
    body: 'Het vernieuwde skatepark De Hoven is open! 🛹 Kom zaterdag kijken naar de demo van Skateclub Lindeveld. #lindeveld #skatepark',
    status: 'SCHEDULED',
    author: 'member@planbord.local',
    reviewer: 'editor@planbord.local',
  },
  {
    event: 'Opening skatepark De Hoven',
    channel: 'TikTok @lindeveld',
    title: 'Skatepark: video van de opening',
    body: 'De eerste trucs op het nieuwe skatepark 🔥',
    status: 'DRAFT',
    author: 'member@planbord.local',
  },
  {
    event: 'Afsluiting Stationsweg (rioolwerk)',
    channel: 'Facebook Gemeente Lindeveld',
    title: 'Stationsweg een week dicht',
    body: 'Van maandag tot en met vrijdag is de Stationsweg afgesloten voor vervanging van het riool.\nVolg de omleiding via de Ringweg. Bussen rijden via de Kerklaan.\nMeer informatie: https://www.lindeveld.nl/werkzaamheden',
    status: 'PUBLISHED',
    author: 'joris.vandijk@planbord.local',
    reviewer: 'editor@planbord.local',
  },
  {
    event: 'Afsluiting Stationsweg (rioolwerk)',
    channel: 'X @gemeentelindeveld',
    title: 'Stationsweg dicht (X)',
    body: 'Let op: de Stationsweg is van maandag t/m vrijdag dicht wegens rioolwerk. Omleiding via de Ringweg. Fietsers kunnen er langs. Meer informatie over de werkzaamheden, de omleidingsroutes voor auto, bus en vrachtverkeer en de planning van de volgende fase vindt u op onze website: https://www.lindeveld.nl/werkzaamheden #lindeveld #verkeer',
    status: 'IN_REVIEW',
    author: 'joris.vandijk@planbord.local',
  },
  {
    event: 'Raadsvergadering: begroting',
    channel: 'Website lindeveld.nl',
    title: 'Raad stelt begroting vast',
    body: 'De gemeenteraad heeft de begroting voor volgend jaar vastgesteld. Dit zijn de belangrijkste keuzes.',
    status: 'APPROVED',
    author: 'mohamed.ouali@planbord.local',
    reviewer: 'sanne.vermeulen@planbord.local',
  },
  {
    event: 'Veiligheidsmarkt',
    channel: 'Facebook Gemeente Lindeveld',
    title: 'Tips tegen inbraak op de Veiligheidsmarkt',
    body: 'Zaterdag op het Marktplein: brandweer, politie en wijkagenten met tips tegen inbraak.',
    status: 'CHANGES_REQUESTED',
    author: 'sanne.vermeulen@planbord.local',
    reviewer: 'editor@planbord.local',
    changes: 'Noem ook de tijden (11–15 uur) en voeg een foto toe.',
    comment: ['editor@planbord.local', 'Kun jij een foto van vorig jaar zoeken?', 'member@planbord.local'],
  },
  {
    event: 'Uitreiking vrijwilligersprijs',
    channel: 'LinkedIn Gemeente Lindeveld',
    title: 'Vrijwilligersprijs uitgereikt',
    body: 'Trots op alle vrijwilligers in Lindeveld.',
    status: 'DRAFT',
    author: 'editor@planbord.local',
  },
  {
    event: 'Kerstmarkt Lindeveld',
    channel: 'Nieuwsbrief Lindeveld Nu',
    title: 'Kerstmarkt: 80 kramen in het centrum',
    body: 'Twee dagen kerstsfeer in het centrum, met muziek en een ijsbaan.',
    status: 'IN_REVIEW',
    author: 'lotte.hendriks@planbord.local',
  },
  {
    event: 'Oefening rampenbestrijding',
    channel: 'X @gemeentelindeveld',
    title: 'Oefening: u hoort sirenes',
    body: 'Zaterdagochtend oefenen brandweer en GHOR op bedrijventerrein Oost. U kunt sirenes horen; er is niets aan de hand.',
    status: 'APPROVED',
    author: 'sanne.vermeulen@planbord.local',
    reviewer: 'editor@planbord.local',
  },
  {
    event: 'Sinterklaasintocht',
    channel: 'Instagram @lindeveld',
    title: 'De Sint is in Lindeveld!',
    body: 'Wat een feest in de haven! 🎉 #sinterklaas',
    status: 'PUBLISHED',
    author: 'member@planbord.local',
    reviewer: 'editor@planbord.local',
  },
  {
    event: 'Zwerfafvalactie basisscholen',
    channel: 'Facebook Gemeente Lindeveld',
    title: 'Scholen ruimen op',
    body: 'Meer dan 300 leerlingen ruimden zwerfafval op.',
    status: 'CANCELLED',
    author: 'member@planbord.local',
  },
  {
    rubric: 'Afvaltip van de week',
    channel: 'X @gemeentelindeveld',
    title: 'Afvaltip: piepschuim',
    body: 'Piepschuim hoort bij het restafval, behalve verpakkingspiepschuim van grote apparaten: dat kan naar de milieustraat. #afvaltip',
    status: 'SCHEDULED',
    author: 'member@planbord.local',
    reviewer: 'mohamed.ouali@planbord.local',
  },
  {
    rubric: 'Werk in uitvoering',
    channel: 'Facebook Gemeente Lindeveld',
    title: 'Werk in uitvoering deze week',
    body: 'Deze week werken we aan:\n- Stationsweg (riool)\n- Fietspad Parklaan (nieuw asfalt)\n- Brug Westkwartier (onderhoud)',
    status: 'IN_REVIEW',
    author: 'joris.vandijk@planbord.local',
  },
  {
    rubric: 'Nieuw in de bibliotheek',
    channel: 'Instagram @lindeveld',
    title: 'Nieuw: de leestafel',
    body: 'Elke zaterdag een leestafel met de nieuwste romans. 📚',
    status: 'DRAFT',
    author: 'lotte.hendriks@planbord.local',
  },
];

/** Posts in every state across channels for this month and next, with reviews and comments. */
export async function seedPublishingDemo(db: DataSource, timeZone: string): Promise<void> {
  const people = new Map((await db.getRepository(User).find()).map((u) => [u.email, u]));
  const channels = new Map((await db.getRepository(Channel).find()).map((c) => [c.name, c]));
  const events = new Map((await db.getRepository(Event).find()).map((e) => [e.title, e]));
  const today = localDateOf(new Date(), timeZone);
  const now = Date.now();
  await db.transaction(async (em) => {
    for (const demo of POSTS) {
      let eventId: string | null = null;
      let slotId: string | null = null;
      let plannedAt: Date;
      if (demo.event) {
        const event = events.get(demo.event)!;
        eventId = event.id;
        plannedAt = event.allDay
          ? atLocalTime(localDateOf(event.startsAt, timeZone), '09:00', timeZone)
          : new Date(event.startsAt.getTime() + 30 * 60_000);
      } else {
        const slot = await em
          .getRepository(Slot)
          .createQueryBuilder('s')
          .innerJoin('rubrics', 'r', 'r.id = s.rubric_id')
          .where('r.name = :name AND s.starts_at > now() AND s.status = :open', { name: demo.rubric, open: 'OPEN' })
          .orderBy('s.starts_at')
          .getOne();
        if (!slot) continue;
        slotId = slot.id;
        plannedAt = slot.startsAt;
      }
      const published = demo.status === 'PUBLISHED';
      if (!published && plannedAt.getTime() < now) plannedAt = atLocalTime(addDays(today, 2), '10:00', timeZone);
      const author = people.get(demo.author)!;
      const post = await em.save(
        em.create(Post, {
          title: demo.title,
          body: demo.body,
          channelId: channels.get(demo.channel)!.id,
          plannedAt,
          status: demo.status,
          authorId: author.id,
          eventId,
          slotId,
          siblingGroupId: randomUUID(),
          mediaUrls:
            demo.channel.startsWith('Instagram') || demo.channel.startsWith('TikTok')
              ? ['https://beeldbank.lindeveld.nl/demo.jpg']
              : [],
          submittedAt: demo.status === 'DRAFT' ? null : new Date(now - 2 * 86400_000),
          publishedAt: published ? plannedAt : null,
          publishedUrl: published ? 'https://www.facebook.com/gemeentelindeveld/posts/demo' : null,
          cancelReason: demo.status === 'CANCELLED' ? 'Dubbel met de nieuwsbrief' : null,
        }),
      );
      if (demo.reviewer) {
        const reviewer = people.get(demo.reviewer)!;
        if (demo.changes)
          await em.save(
            em.create(Review, {
              postId: post.id,
              reviewerId: reviewer.id,
              decision: 'REQUEST_CHANGES',
              comment: demo.changes,
            }),
          );
        else
          await em.save(
            em.create(Review, { postId: post.id, reviewerId: reviewer.id, decision: 'APPROVE', comment: null }),
          );
      }
      if (demo.comment) {
        const [from, body, mention] = demo.comment;
        await em.save(
          em.create(Comment, {
            authorId: people.get(from)!.id,
            postId: post.id,
            body,
            mentionIds: mention ? [people.get(mention)!.id] : [],
          }),
        );
      }
      // A live post fills its slot, as the running app records it when a post is made.
      if (slotId && demo.status !== 'CANCELLED')
        await em.update(Slot, { id: slotId, status: Not('SKIPPED') }, { status: 'FILLED' });
    }
  });
}
