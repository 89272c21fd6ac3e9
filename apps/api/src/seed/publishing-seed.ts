import { Not, type DataSource } from 'typeorm';
import { addDays, atLocalTime, localDateOf, type PostStatus } from '@planbord/domain';
import { Channel, Theme, User } from '@planbord/api-identity';
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
  /** Where a published post lives on its platform: the permalink an export file names it by. */
  url?: string;
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
    url: 'https://www.facebook.com/gemeentelindeveld/posts/pfbid0StationswegDicht',
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
    url: 'https://www.instagram.com/p/DSintLindeveld/',
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

/** What went out in the past year, for the reports: channel, theme, months ago, day of the month and time. */
interface HistoryPost {
  channel: string;
  theme: string;
  title: string;
  body: string;
  monthsAgo: number;
  day: number;
  time: string;
  url: string;
}

const FB = 'Facebook Gemeente Lindeveld';
const IG = 'Instagram @lindeveld';
const X = 'X @gemeentelindeveld';
const LI = 'LinkedIn Gemeente Lindeveld';
const HISTORY: HistoryPost[] = [
  [FB, 'Afval', 'Nieuwe afvalkalender', 'De afvalkalender voor het nieuwe jaar staat online.', 11, 6, '09:00'],
  [IG, 'Cultuur', 'Lichtjesavond in het centrum', 'Wat was het mooi gisteravond! ✨ #lindeveld', 11, 18, '19:30'],
  [X, 'Verkeer', 'Gladheid: strooiroutes', 'Onze strooiwagens rijden vanaf 04.00 uur de hoofdroutes.', 10, 9, '07:15'],
  [
    FB,
    'Participatie',
    'Praat mee over het Stadspark',
    'Denk mee over het nieuwe Stadspark op 3 bewonersavonden.',
    10,
    21,
    '12:00',
  ],
  [
    LI,
    'Werk & Economie',
    'Ondernemersontbijt',
    'Ruim 80 ondernemers bij het ondernemersontbijt. Dank!',
    9,
    12,
    '08:30',
  ],
  [IG, 'Sport', 'Sportpark Noord open', 'De nieuwe kunstgrasvelden zijn open! ⚽', 9, 24, '16:00'],
  [FB, 'Zorg', 'Mantelzorgwaardering', 'Bent u mantelzorger? Vraag de mantelzorgwaardering aan.', 8, 4, '10:00'],
  [
    X,
    'Veiligheid',
    'Brand Industrieweg',
    'Brand Industrieweg onder controle. Houd ramen en deuren dicht.',
    8,
    17,
    '14:40',
  ],
  [
    FB,
    'Wonen',
    'Starterswoningen De Hoven',
    'Inschrijving voor 40 starterswoningen in De Hoven is open.',
    7,
    8,
    '09:30',
  ],
  [IG, 'Duurzaamheid', 'Geveltuintjes', 'Maak uw straat groener met een geveltuin 🌱', 7, 22, '11:00'],
  [LI, 'Werk & Economie', 'Vacature: beleidsadviseur', 'Wij zoeken een beleidsadviseur economie.', 6, 10, '09:00'],
  [FB, 'Verkeer', 'Fietspad Parklaan klaar', 'Het fietspad langs de Parklaan is klaar en weer open.', 6, 26, '15:00'],
  [X, 'Afval', 'Container vol?', 'Container vol? Meld het via de app of lindeveld.nl/melding.', 5, 13, '10:30'],
  [IG, 'Cultuur', 'Zomerfestival', 'Drie dagen muziek in het park. Tot dan! 🎶', 4, 5, '18:00'],
  [
    FB,
    'Participatie',
    'Uitslag buurtbudget',
    'Dit zijn de 12 buurtideeën die het buurtbudget krijgen.',
    4,
    19,
    '12:30',
  ],
  [FB, 'Sport', 'Zwembad zomertijden', 'Vanaf maandag is De Wetering langer open.', 3, 7, '08:45'],
  [LI, 'Duurzaamheid', 'Zonnepanelen op scholen', 'Acht scholen liggen nu vol zonnepanelen.', 3, 20, '10:00'],
  [
    IG,
    'Wonen',
    'Open huis Westkwartier',
    'Kijk binnen in de nieuwe huurwoningen in het Westkwartier 🏡',
    2,
    11,
    '13:00',
  ],
  [X, 'Verkeer', 'Brug Westkwartier dicht', 'Brug Westkwartier vannacht dicht voor onderhoud.', 2, 25, '20:00'],
  [FB, 'Zorg', 'Griepprik', 'Ook dit jaar de griepprik in het gemeentehuis.', 1, 9, '09:15'],
  [IG, 'Afval', 'Kledinginzameling', 'Oude kleding? Lever het in bij de milieustraat. ♻️', 1, 23, '17:00'],
].map(([channel, theme, title, body, monthsAgo, day, time], i) => ({
  channel: channel as string,
  theme: theme as string,
  title: title as string,
  body: body as string,
  monthsAgo: monthsAgo as number,
  day: day as number,
  time: time as string,
  url: historyUrl(channel as string, i + 1),
}));

function historyUrl(channel: string, n: number): string {
  if (channel === FB) return `https://www.facebook.com/gemeentelindeveld/posts/pfbid0Lindeveld${n}`;
  if (channel === IG) return `https://www.instagram.com/p/DLindeveld${n}/`;
  if (channel === X) return `https://x.com/gemeentelindeveld/status/18${String(n).padStart(17, '0')}`;
  return `https://www.linkedin.com/feed/update/urn:li:activity:72${String(n).padStart(17, '0')}/`;
}

/** The first day of the month `monthsAgo` before `today`'s, then `day` (kept within the month), at `time`. */
function pastMoment(today: string, monthsAgo: number, day: number, time: string, timeZone: string): Date {
  const [year, month] = today.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 - monthsAgo, 1));
  const date = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(Math.min(day, 28)).padStart(2, '0')}`;
  return atLocalTime(date, time, timeZone);
}

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
          publishedUrl: published ? (demo.url ?? null) : null,
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
    const themes = new Map((await em.getRepository(Theme).find()).map((t) => [t.name, t]));
    for (const past of HISTORY) {
      const publishedAt = pastMoment(today, past.monthsAgo, past.day, past.time, timeZone);
      const post = await em.save(
        em.create(Post, {
          title: past.title,
          body: past.body,
          channelId: channels.get(past.channel)!.id,
          plannedAt: publishedAt,
          status: 'PUBLISHED',
          authorId: people.get('member@planbord.local')!.id,
          siblingGroupId: randomUUID(),
          mediaUrls: past.channel === IG ? ['https://beeldbank.lindeveld.nl/demo.jpg'] : [],
          submittedAt: new Date(publishedAt.getTime() - 86400_000),
          publishedAt,
          publishedUrl: past.url,
        }),
      );
      const theme = themes.get(past.theme);
      if (theme) await em.query('INSERT INTO post_themes (post_id, theme_id) VALUES ($1, $2)', [post.id, theme.id]);
    }
  });
}
